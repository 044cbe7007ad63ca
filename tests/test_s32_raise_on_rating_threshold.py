"""A dose raised only where a rating stays at or beyond a threshold ("increased to 4.5 mg at
week 4 if the CGI-I was 3 or worse", "if the MADRS was still above 20"): a raise for those
who did not respond, said as a score, not as the word "response", so both levels count
(CONTRACT.md: a dose raised only in non-responders, both levels). Shown by registry75
NCT01700019 (its arm's "1.5 mg nightly; increased to 4.5 mg at week 4 if CGI-I was 3 or
worse" read as a fixed titration: [4.5]). Session 32, round 83, c83d."""

import pytest
from written import RCT, facts

TITLE = "Naltrexone at a low dose added to antidepressants in major depression"


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Naltrexone was begun at 1 mg each night; it was increased to 3 mg at week 3 "
            "if the MADRS score was 18 or higher.",
            [1.0, 3.0],
        ),
        (
            "The active arm took naltrexone 2 mg nightly; raised to 4 mg after four weeks if "
            "CGI-S was 4 or worse.",
            [2.0, 4.0],
        ),
        (
            "Naltrexone 1.5 mg at bedtime was given first, and the dose went up to 4.5 mg at "
            "week 6 when the HAM-D remained above 14.",
            [1.5, 4.5],
        ),
        (
            "Naltrexone 0.5 mg nightly was prescribed; it was raised to 2 mg at week 2 if the "
            "PHQ-9 was ≥ 10.",
            [0.5, 2.0],
        ),
    ],
)
def test_raise_on_a_rating_threshold_keeps_both_levels(told: str, expected: list[float]) -> None:
    abstract = (
        "Methods: Sixty adults with major depression on a stable SSRI were randomised to "
        f"naltrexone or placebo for 10 weeks. {told}\nResults: Depression scores fell more "
        "with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == expected


@pytest.mark.parametrize(
    "told",
    [
        # a fixed titration for everyone: the target only
        "The active arm took naltrexone 1.5 mg nightly, increased to 4.5 mg at week 2.",
        # a threshold that selects who takes part, the raise a fixed step
        "Naltrexone was begun at 1.5 mg each night and increased to 4.5 mg at week 2; "
        "participants were eligible if the MADRS score was 20 or higher.",
    ],
)
def test_fixed_titration_keeps_the_target(told: str) -> None:
    abstract = (
        "Methods: Sixty adults with major depression on a stable SSRI were randomised to "
        f"naltrexone or placebo for 10 weeks. {told}\nResults: Depression scores fell more "
        "with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [4.5]
