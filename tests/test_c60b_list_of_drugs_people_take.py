"""Every drug of a list the people already take ("MDD on bupropion XL or a
psychostimulant", "taking sertraline, escitalopram or fluoxetine") says who takes part:
the next sentence's dose with no drug named is still the study drug's, wherever the
sentences stand (methods, opening, unlabelled abstract).

Round 60, c60b; shown by holdout213 23800008 ("... 45 randomised (15 per arm), MDD on
bupropion XL or a psychostimulant. Doses: 0.5 mg / 2 mg / 4.5 mg once daily": doses [],
dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import RCT, RULES, facts

from ldn_watch.assess.gaps import verdicts

TAKEN = [
    "bupropion XL or a psychostimulant",
    "sertraline, escitalopram or fluoxetine",
    "venlafaxine and mirtazapine",
    "duloxetine/bupropion",
]
DOSES = "Doses were 0.5 mg, 2 mg and 4.5 mg once daily for 8 weeks."


def _places(taken: str) -> dict[str, tuple[str, str]]:
    return {
        "methods": (
            "Three doses of low-dose naltrexone in major depressive disorder",
            "Background: Low-dose naltrexone may help depression.\n"
            f"Methods: Forty-five adults with MDD on {taken} were randomised. {DOSES}\n"
            "Results: Response rose with dose.",
        ),
        "opening": (
            "Three doses of low-dose naltrexone in major depressive disorder",
            f"Forty-five adults with MDD taking {taken} were randomised. {DOSES} "
            "Response rose with dose.",
        ),
        "unlabelled": (
            "Low-dose naltrexone dose comparison in major depressive disorder",
            f"We randomised adults with major depression receiving {taken}. {DOSES}",
        ),
    }


@pytest.mark.parametrize("taken", TAKEN)
@pytest.mark.parametrize("place", list(_places("x")))
def test_dose_after_a_list_taken_is_the_study_drug(place: str, taken: str) -> None:
    got = facts(*_places(taken)[place], RCT)
    assert got.ldn_doses_mg == [0.5, 2.0, 4.5], place
    assert got.compares_doses is True


# near misses: a list whose later item is given with its own dose, or a dose sentence after
# a list of drugs the study gave, stays those drugs'
def test_a_dose_after_drugs_given_is_not_the_study_drugs() -> None:
    got = facts(
        "Low-dose naltrexone in major depressive disorder",
        "Methods: Sixty adults with MDD were randomised to naltrexone 4.5 mg or placebo. "
        "All then received sertraline or escitalopram. Doses were 50 mg and 100 mg.\n"
        "Results: MADRS fell.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]
    assert verdicts(got, RULES)["dose-finding"].value == "no"


def test_a_listed_drug_with_its_own_dose_is_no_taken_list() -> None:
    got = facts(
        "Low-dose naltrexone in major depressive disorder",
        "Methods: Sixty adults with MDD on sertraline or bupropion 150 mg were randomised. "
        "Doses were 1 mg and 2 mg.\nResults: MADRS fell.",
        RCT,
    )
    assert got.compares_doses is False
