"""Round 38 (c38c): LDN doses read from titration and history, from holdout115-119 and
preprints32 once they were opened. Each kind is said here in several wordings, not only
the record's."""

from __future__ import annotations

import pytest
from written import CASE, facts

CASE_TITLE = "Low-dose naltrexone added to sertraline in persistent depression: a case report"
HISTORY = "Case presentation: A woman with major depressive disorder took sertraline 150 mg/day. "
AFTER = "\nResults: At 8 weeks her depression score had fallen by half."


# -- the product named as what was given, then its start raised: the target (holdout116)


@pytest.mark.parametrize(
    ("given", "target"),
    [
        # the record's wording: the capsules added, "starting at" the lower dose, titrating
        (
            "After discussion, naltrexone 4.5 mg compounded capsules were added at bedtime, "
            "starting at 1.5 mg and titrating over three weeks.",
            4.5,
        ),
        # probes: another strength, "beginning at", "titrated up"
        (
            "Compounded LDN 3 mg capsules were prescribed nightly, beginning at 1 mg and "
            "titrated up over ten days.",
            3.0,
        ),
        # the start in a clause of its own, "initiated at ... increased gradually"
        (
            "She was prescribed naltrexone 4.5 mg tablets; treatment was initiated at 0.5 mg "
            "and increased gradually over a month.",
            4.5,
        ),
        # "supplied as" the capsules, "a starting dose of" raised by steps
        (
            "Low-dose naltrexone was supplied as 4.5 mg capsules, with a starting dose of "
            "1.5 mg raised by 1.5 mg each week.",
            4.5,
        ),
    ],
)
def test_a_product_given_whose_start_is_raised_is_the_titration_target(
    given: str, target: float
) -> None:
    assert facts(CASE_TITLE, HISTORY + given + AFTER, CASE).ldn_doses_mg == [target]


def test_a_strength_beside_a_written_target_stays_how_the_dose_was_made_up() -> None:
    given = (
        "Naltrexone was compounded into 0.5 mg capsules, started at 0.5 mg and increased to 2 mg."
    )
    assert facts(CASE_TITLE, HISTORY + given + AFTER, CASE).ldn_doses_mg == [2.0]
