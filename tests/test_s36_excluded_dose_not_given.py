"""A dose the study says it leaves out ("filled a first prescription for compounded or
low-strength naltrexone (excluding 50 mg tablets and naltrexone-bupropion)") is given to
nobody in it: it does not make the study one of standard-dose naltrexone (CONTRACT.md:
only a dose participants receive counts). Shown by holdout378 42600012 (a claims cohort
of LDN initiators with depression read as "standard-dose naltrexone", off-topic, from the
50 mg it excluded). Session 36, round 92, c92b.

Ways real abstracts leave a dose out of what they count:
- "compounded naltrexone (excluding 50 mg tablets and naltrexone-bupropion)"
- "any naltrexone prescription other than the 50 mg tablet"
- "a naltrexone fill, except 25 mg and 50 mg tablets"
- "compounded naltrexone; fills of 50 mg were excluded"
- "naltrexone apart from standard 50-mg tablets"
- "naltrexone, with the exception of the 50 mg tablet"

The rule is in the doses reader (doses.py, ``_excluded_dose``): such a dose is marked as
given to nobody (``dropped``, as an arm an amendment removed), which extract.py already
left out of the doses and topic.py now leaves out of the doses that decide the band.

Near miss keeps its verdict: a cohort of people who filled naltrexone 50 mg tablets is
standard-dose, off-topic."""

import pytest
from written import facts

OBSERVATIONAL = ("Observational Study",)
TITLE = "Low-dose naltrexone use among adults with major depressive disorder: a claims-based cohort study"


def _cohort(selection: str) -> str:
    return (
        f"Methods: Using a claims database, we identified adults with major depressive "
        f"disorder who {selection} Outcomes were antidepressant switching and "
        "hospitalisation.\nResults: We identified 1,200 initiators."
    )


@pytest.mark.parametrize(
    "selection",
    [
        "filled a first prescription for compounded naltrexone (excluding 50 mg tablets and "
        "naltrexone-bupropion).",
        "filled any naltrexone prescription other than the 50 mg tablet.",
        "had a naltrexone fill, except 25 mg and 50 mg tablets.",
        "filled compounded naltrexone; fills of 50 mg were excluded.",
        "were dispensed naltrexone apart from standard 50-mg tablets.",
    ],
)
def test_excluded_standard_dose_is_given_to_nobody(selection: str) -> None:
    f = facts(TITLE, _cohort(selection), OBSERVATIONAL)
    assert f.on_topic
    assert f.ldn_doses_mg == []


def test_cohort_of_standard_dose_fills_stays_off_topic() -> None:
    f = facts(
        "Naltrexone 50 mg for alcohol use disorder with comorbid depression: a cohort study",
        "Methods: We identified adults with alcohol use disorder and major depression who "
        "filled naltrexone 50 mg tablets. Depression scores were followed.\nResults: We "
        "identified 400 users.",
        OBSERVATIONAL,
    )
    assert not f.on_topic
    assert f.off_topic_reason == "standard-dose naltrexone"
