"""Round 64, c64b: a fixed titration written in German ("1,5 mg abends, nach zwei Wochen
auf 4,5 mg gesteigert") lists only its target dose (CONTRACT: "for a fixed titration ...
only the target"). The German words of the schedule ("nach", the weeks, "auf", the raise
verbs) were not in the glossary, so the start step stood as an arm of its own; a raise
only in non-responders still lists both levels. Shown by holdout225 25200005 (LDN added
to sertraline, a German case report)."""

from __future__ import annotations

import pytest
from written import CASE, RCT, TRIAL, facts

CASE_TITLE = "Niedrig dosiertes Naltrexon bei therapieresistenter Depression: ein Fallbericht"
TRIAL_TITLE = "Niedrig dosiertes Naltrexon bei depressiver Störung: eine offene Studie"


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses"),
    [
        # holdout225 25200005, the record's own words (unlabelled abstract)
        (
            "[Low-dose naltrexone as augmentation of sertraline in treatment-resistant "
            "depression: a case report]",
            "Wir berichten über eine 58-jährige Patientin mit therapieresistenter "
            "rezidivierender depressiver Störung (aktuelle Episode schwer, HAMD-17 = 27) nach "
            "drei erfolglosen Antidepressiva-Versuchen. Zusätzlich zu Sertralin 150 mg/Tag "
            "wurde Naltrexon in niedriger Dosis (LDN) begonnen: 1,5 mg abends, nach zwei "
            "Wochen auf 4,5 mg gesteigert. Nach acht Wochen betrug der HAMD-17 11 Punkte.",
            CASE,
            [4.5],
        ),
        # probe: "erhöht", one week, the start as its own clause
        (
            CASE_TITLE,
            "Wir berichten über eine 47-jährige Patientin mit therapieresistenter depressiver "
            "Störung. Naltrexon wurde mit 1 mg begonnen und nach einer Woche auf 3 mg erhöht. "
            "Der HAMD-17 sank von 24 auf 9.",
            CASE,
            [3.0],
        ),
        # probe: the schedule in the title only
        (
            "Naltrexon 2 mg, nach vier Wochen auf 4,5 mg gesteigert, bei therapieresistenter "
            "Depression: ein Fallbericht",
            "Wir berichten über eine 61-jährige Patientin mit rezidivierender depressiver "
            "Störung. Der HAMD-17 sank von 26 auf 12.",
            CASE,
            [4.5],
        ),
        # probe: a labelled methods section of a trial, "drei Wochen"
        (
            TRIAL_TITLE,
            "Methoden: 40 Patienten mit depressiver Störung erhielten Naltrexon 1,5 mg, nach "
            "drei Wochen auf 4,5 mg gesteigert, für acht Wochen.\n"
            "Ergebnisse: Der HAMD-17 sank.",
            TRIAL,
            [4.5],
        ),
        # probe: the schedule stated in the results
        (
            TRIAL_TITLE,
            "Methoden: 40 Patienten mit depressiver Störung erhielten Naltrexon.\n"
            "Ergebnisse: Die Dosis wurde von 1 mg nach zwei Wochen auf 4 mg erhöht; der "
            "HAMD-17 sank.",
            TRIAL,
            [4.0],
        ),
    ],
)
def test_a_german_fixed_titration_lists_its_target(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float]
) -> None:
    assert facts(title, abstract, types).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("abstract", "types", "doses", "compares"),
    [
        # near miss: a raise only in non-responders keeps both levels
        (
            "Methoden: 40 Patienten mit depressiver Störung erhielten Naltrexon 1,5 mg; bei "
            "Nichtansprechen wurde die Dosis nach vier Wochen auf 4,5 mg erhöht.\n"
            "Ergebnisse: Der HAMD-17 sank.",
            TRIAL,
            [1.5, 4.5],
            None,
        ),
        # near miss: a flexible range keeps both ends
        (
            "Methoden: 40 Patienten mit depressiver Störung erhielten Naltrexon 1,5 mg bis "
            "4,5 mg nach Verträglichkeit.\n"
            "Ergebnisse: Der HAMD-17 sank.",
            TRIAL,
            [1.5, 4.5],
            None,
        ),
        # near miss: two randomised arms stay two arms, compared
        (
            "Methoden: 40 Patienten mit depressiver Störung erhielten randomisiert Naltrexon "
            "1,5 mg oder 4,5 mg.\n"
            "Ergebnisse: Der HAMD-17 sank.",
            RCT,
            [1.5, 4.5],
            True,
        ),
    ],
)
def test_near_misses_keep_their_doses(
    abstract: str, types: tuple[str, ...], doses: list[float], compares: bool | None
) -> None:
    f = facts(TRIAL_TITLE, abstract, types)
    assert f.ldn_doses_mg == doses
    if compares is not None:
        assert f.compares_doses is compares
