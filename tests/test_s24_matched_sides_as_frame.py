"""A matched cohort's two groups given as the frame of a results clause ("Among 3412 LDN
initiators and 16 924 matched non-initiators, hospitalisation occurred in 4.1% vs 5.0%"): the
frame is the whole sample, both sides summed, not a part of it and not the comparators
alone. Shown by holdout71 34100023 (n 16 924 for 20 336). Session 24, round 66, c66a."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")
TITLE = "Low-dose naltrexone added to SSRIs and self-harm: a register-based matched cohort"
METHODS = (
    "Methods: Adults with depression who started LDN while taking an SSRI were matched to "
    "SSRI users who did not, using national registers.\n"
)


@pytest.mark.parametrize(
    ("result", "n"),
    [
        (
            "Among 2105 new LDN users and 6315 matched non-users, self-harm occurred in "
            "1.2% vs 1.5% within two years.",
            8420,
        ),
        (
            "In 880 LDN users and 1760 matched patients, antidepressant switching was less "
            "frequent with LDN (HR 0.81).",
            2640,
        ),
        (
            "Among the 1 204 initiators and the 4 816 matched controls, hospital admission "
            "rates were 3.0% and 3.9%.",
            6020,
        ),
    ],
)
def test_matched_sides_framing_a_result_are_summed(result: str, n: int) -> None:
    assert facts(TITLE, f"{METHODS}Results: {result}", OBS).n == n


def test_stated_total_still_wins() -> None:
    """Near miss: a total stated in the methods keeps its count."""
    f = facts(
        TITLE,
        "Methods: A total of 9,000 adults were included, LDN starters matched 1:2 to SSRI "
        "users.\nResults: Among 3000 LDN starters and 6000 matched non-starters, self-harm "
        "occurred in 1.2% vs 1.5%.",
        OBS,
    )
    assert f.n == 9000
