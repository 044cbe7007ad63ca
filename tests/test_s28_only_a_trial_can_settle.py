"""A sentence naming the only kind of study that could settle a question ("only a
randomised comparison of doses can settle which is preferable") calls for another study:
its "randomised" is not this study's design. Shown by holdout279 31200011 (a single-arm
open-label pilot read as an RCT). Session 28, round 74, c74d."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    "closing",
    [
        "Only a randomised comparison of the two doses can settle which to use.",
        "Only a randomised, blinded comparison will show how large the gain is.",
        "Only randomised comparisons could answer which dose is better.",
    ],
)
def test_only_a_randomised_study_can_settle_is_not_own(closing: str) -> None:
    f = facts(
        "Naltrexone 2 mg in dysthymia: an open pilot study",
        "Methods: Twenty adults with dysthymia received naltrexone 2 mg nightly for ten "
        "weeks. Results: Twenty adults were enrolled; eight responded. Conclusions: The "
        f"dose was well tolerated. {closing}",
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"


def test_own_randomised_comparison_stays_rct() -> None:
    """Near miss: a study that itself randomised keeps its design."""
    f = facts(
        "Naltrexone 2 mg versus placebo in dysthymia",
        "Methods: Forty adults with dysthymia were randomised to naltrexone 2 mg nightly or "
        "placebo for ten weeks. Results: Eight of twenty responded on naltrexone. Only "
        "this comparison can tell us little about other doses.",
        TRIAL,
    )
    assert f.design == "rct"
