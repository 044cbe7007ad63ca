"""German methods written with the words of giving, of residents and of a solution.

Kind: a German abstract tells its own study as "<N> Pflegeheimbewohner ... erhielten
(zusätzlich) Naltrexon-Lösung 1 mg/ml, 3 ml abends": the people are residents of a care
home (Pflegeheimbewohner, Heimbewohner, Bewohnerinnen und Bewohner), "erhielten" is
"received", "Lösung" (also written "Loesung") a solution whose mL the stated
concentration turns into mg, "abends"/"morgens" the time of day and "zusätzlich" an
add-on. The glossary reads them in English, so the count and the dose are read as in an
English abstract; a standard dose in the same words stays off-topic.

Round 52, c52c. The record that showed it: holdout178 19700037 ("[Low-dose naltrexone as
oral solution added to mirtazapine in depressed nursing-home residents: an open study]",
"18 Pflegeheimbewohner ... erhielten zusaetzlich Naltrexon-Loesung 1 mg/ml, 3 ml abends").
"""

from __future__ import annotations

import pytest
from written import facts

RECORD_TITLE = (
    "[Low-dose naltrexone as oral solution added to mirtazapine in depressed nursing-home "
    "residents: an open study]"
)
RECORD = (
    "Hintergrund: Niedrig dosiertes Naltrexon (LDN) wird in Deutschland haeufig als Rezeptur "
    "verordnet.\n"
    "Methodik: 18 Pflegeheimbewohner mit mittelgradiger depressiver Episode (ICD-10 F32.1) "
    "unter Mirtazapin 15-30 mg erhielten zusaetzlich Naltrexon-Loesung 1 mg/ml, 3 ml abends, "
    "ueber 8 Wochen.\n"
    "Ergebnisse: Die GDS-15 sank von 10,2 auf 6,9.\n"
    "Schlussfolgerung: Die Kombination war gut vertraeglich."
)


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD)
    assert f.on_topic
    assert f.n == 18
    assert f.ldn_doses_mg == [3.0]
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


@pytest.mark.parametrize(
    ("title", "abstract", "n", "doses"),
    [
        (
            "[Naltrexone oral solution in depressed residents of care homes: an open study]",
            "Methodik: 30 Bewohnerinnen und Bewohner mit depressiver Episode erhielten "
            "Naltrexon-Lösung 0,5 mg/ml, 3 ml morgens über 6 Wochen.\n"
            "Ergebnisse: Die GDS-15 sank.",
            30,
            [1.5],
        ),
        (
            "[Low-dose naltrexone in depressed nursing-home residents: an open study]",
            "Methodik: 22 Heimbewohner mit depressiver Episode erhielten Naltrexon 2 mg abends.\n"
            "Ergebnisse: Die GDS-15 sank.",
            22,
            [2.0],
        ),
        (
            "[Low-dose naltrexone added to sertraline in recurrent depression: an open study]",
            "Methodik: 24 Patienten mit rezidivierender depressiver Störung unter Sertralin "
            "erhielten zusätzlich Naltrexon 4,5 mg abends über 12 Wochen.\n"
            "Ergebnisse: Die MADRS sank.",
            24,
            [4.5],
        ),
    ],
)
def test_residents_given_the_drug(title: str, abstract: str, n: int, doses: list[float]) -> None:
    f = facts(title, abstract)
    assert f.on_topic
    assert f.n == n
    assert f.ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a solution whose mL make a standard dose
        (
            "[Naltrexone oral solution in depressed nursing-home residents: an open study]",
            "Methodik: 18 Pflegeheimbewohner mit depressiver Episode erhielten "
            "Naltrexon-Lösung 5 mg/ml, 10 ml abends über 8 Wochen.\n"
            "Ergebnisse: Die GDS-15 sank.",
        ),
        # the standard dose for another condition, mood a side outcome
        (
            "[Naltrexone in alcohol dependence and depressive symptoms: an open study]",
            "Methodik: 40 Patienten mit Alkoholabhängigkeit erhielten Naltrexon 50 mg morgens "
            "über 12 Wochen.\n"
            "Ergebnisse: Die Trinkmenge und die depressive Symptomatik sanken.",
        ),
    ],
)
def test_a_standard_dose_stays_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert not f.on_topic
    assert f.ldn_doses_mg == []
