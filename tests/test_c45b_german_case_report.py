"""A German case report reads as one: design, one patient, the antidepressant's class.

Kind: a German abstract ("Wir berichten über eine 54-jährige Patientin ..., ein
Fallbericht", "Mirtazapin", "depressiver Störung") is read through the config's
[language] glossary: the case report, its one patient and the German spelling of the
antidepressant taken with the drug (CONTRACT.md: n counts persons; mirtazapine is
serotonergic + noradrenergic; a case report closes no gap). Round 45, c45b; shown by
preprints43 PPR5600027 ("Niedrig dosiertes Naltrexon als Augmentation von Mirtazapin bei
therapieresistenter Depression: ein Fallbericht").
"""

from __future__ import annotations

import pytest
from written import facts, judge_preprint, preprint

RECORD = preprint(
    "Niedrig dosiertes Naltrexon als Augmentation von Mirtazapin bei therapieresistenter "
    "Depression: ein Fallbericht",
    "Wir berichten über eine 54-jährige Patientin mit rezidivierender depressiver Störung, die "
    "unter Mirtazapin 45 mg nur teilweise ansprach. Nach Zugabe von Naltrexon 4,5 mg zur Nacht "
    "besserte sich der MADRS-Wert innerhalb von sechs Wochen von 28 auf 12. Nebenwirkungen "
    "traten nicht auf.",
)


def test_record() -> None:
    f, g = judge_preprint(RECORD)
    assert f.on_topic
    assert f.design == "case_report"
    assert f.n == 1
    assert f.ldn_doses_mg == [4.5]
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]
    assert g == {}


PROBES = [
    (
        "Naltrexon in niedriger Dosis zu Sertralin bei Depression: Kasuistik",
        "Wir berichten über eine 38-jährige Patientin mit rezidivierender depressiver Störung "
        "unter Sertralin 150 mg. Nach Zugabe von Naltrexon 3 mg zur Nacht besserte sich die "
        "Stimmung.",
        ["serotonergic"],
    ),
    (
        "Niedrig dosiertes Naltrexon und Venlafaxin: ein Fallbericht",
        "Wir berichten über eine 47-jährige Patientin mit therapieresistenter Depression, die "
        "unter Venlafaxin 225 mg nicht ansprach. Nach Zugabe von Naltrexon 1,5 mg zur Nacht "
        "fiel der HAMD-Wert von 24 auf 10.",
        ["noradrenergic", "serotonergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "classes"), PROBES)
def test_german_case_reports(title: str, abstract: str, classes: list[str]) -> None:
    f = facts(title, abstract)
    assert f.on_topic
    assert f.design == "case_report"
    assert f.n == 1
    assert sorted(f.concomitant_classes) == classes


def test_german_standard_dose_stays_off() -> None:
    f = facts(
        "Naltrexon bei Alkoholabhängigkeit und Depression: ein Fallbericht",
        "Wir berichten über eine 50-jährige Patientin mit Alkoholabhängigkeit und "
        "depressiver Störung unter Mirtazapin 30 mg. Naltrexon 50 mg täglich wurde begonnen.",
    )
    assert not f.on_topic
