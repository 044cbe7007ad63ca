"""A capsule's or tablet's content told with when the one unit is taken ("LDN capsules,
1.5 mg, were taken at bedtime", "tablets of 2 mg taken each evening"): one unit a day, so
the content is the day's dose, kept beside a later raise for some, not a strength of the
product dropped for it. Shown by holdout296 33000027 (a pharmacist-initiated single-arm
trial whose starting 1.5 mg was lost to the raise to 3 mg). Session 29, round 77, c77b."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to an SSRI in chronic depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Adults with depression on sertraline took naltrexone capsules, 2 mg, at "
            "bedtime. Non-responders at week 6 had the dose raised to 4 mg.",
            [2.0, 4.0],
        ),
        (
            "Methods: Participants on escitalopram received LDN tablets of 1 mg, taken once "
            "daily; those whose MADRS had fallen by less than 20% at week 4 were increased "
            "to 3 mg.",
            [1.0, 3.0],
        ),
        (
            "Methods: LDN capsules, 1.5 mg, were swallowed each evening alongside the "
            "participants' antidepressant. If there was no response by week 5 the dose was "
            "increased to 4.5 mg.",
            [1.5, 4.5],
        ),
    ],
)
def test_unit_taken_once_a_day_is_the_dose(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Depression scores fell over twelve weeks."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == expected


def test_product_strength_without_when_taken_stays_out() -> None:
    """Near miss: the strength the pharmacy made the product in, not said to be taken as
    one unit a day, is how the titrated dose was made up."""
    abstract = (
        "Methods: Adults on sertraline received LDN compounded into 0.5 mg capsules; the dose "
        "was titrated to 4.5 mg nightly over three weeks.\n"
        "Results: Depression scores fell over twelve weeks."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [4.5]
