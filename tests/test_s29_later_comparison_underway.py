"""A later study named as a comparison rather than a trial ("a randomized comparison
against placebo is underway") is future work, not the record's own design: a single-arm
study that closes by announcing it stays a non-randomised trial. Shown by holdout297
33200006 (an open-label add-on study). Session 29, round 77, c77a."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    "closing",
    [
        "A randomized comparison against placebo is underway.",
        "A randomised comparison with sham capsules is now under way.",
        "A randomized double-blind comparison versus placebo is currently ongoing.",
    ],
)
def test_a_later_comparison_leaves_a_single_arm_design(closing: str) -> None:
    f = facts(
        "Open-label low-dose naltrexone added to SSRIs in depression: a single-arm study",
        "Methods: Adults with major depression on a stable SSRI received open-label "
        "naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: Twenty-four adults were enrolled and 20 completed. MADRS fell by 9 points.\n"
        "Conclusions: Adding LDN was feasible. " + closing,
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"


def test_the_studys_own_randomized_comparison_stays_an_rct() -> None:
    """Near miss: the record's own comparison, reported as done."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression",
        "Methods: In a randomized comparison against placebo, adults with major depression "
        "on a stable SSRI took naltrexone 4.5 mg or placebo nightly for 8 weeks.\n"
        "Results: Forty adults were randomized. MADRS fell more with naltrexone.",
    )
    assert f.design == "rct"
