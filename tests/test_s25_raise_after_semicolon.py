"""Kind: a dose raised in a clause of its own after a semicolon, with no drug named in that
clause, after the watched drug's dose was written with the base drug it was added to
("X 1.5 mg/day added to sertraline; increased to 4.5 mg/day in those not improved"): the
raise is the watched drug's, not the base drug's and not nobody's, so a raise for
non-improvers lists both levels and a fixed titration its target. A base drug named in the
raise's clause, or given a dose of its own, keeps today's answer. Shown by registry59
NCT03500022 (doses [1.5] for [1.5, 4.5]). Session 25, round 67, c67e."""

import pytest
from written import TRIAL, facts

TITLE = "Adjunctive low-dose naltrexone in depression: an open-label study"


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        (
            "Patients took naltrexone 2 mg nightly alongside escitalopram; raised to 4 mg "
            "nightly at week 3 for those whose HAM-D had fallen by less than a quarter.",
            [2.0, 4.0],
        ),
        (
            "Naltrexone 1 mg/day was given with fluoxetine; increased to 3 mg/day after six "
            "weeks in non-responders.",
            [1.0, 3.0],
        ),
        (
            "Women received naltrexone 1.5 mg daily added to their sertraline; stepped up to "
            "4.5 mg daily at week 4 if the EPDS had not improved by 25%.",
            [1.5, 4.5],
        ),
        # a fixed titration for everyone: its target only
        (
            "Naltrexone 1.5 mg/day was added to citalopram; increased to 4.5 mg/day at week 2.",
            [4.5],
        ),
    ],
)
def test_raise_is_the_watched_drugs(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    "text",
    [
        # the base drug has its own dose before the raise: the raise is not in the band
        "Naltrexone 1.5 mg/day was added to sertraline 50 mg; increased to 100 mg in "
        "non-responders.",
        # the base drug is named in the raise's clause: its raise
        "Naltrexone 4.5 mg was added to escitalopram; in non-responders escitalopram was "
        "increased to 20 mg.",
    ],
)
def test_near_misses_keep_one_dose(text: str) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg in ([1.5], [4.5])
