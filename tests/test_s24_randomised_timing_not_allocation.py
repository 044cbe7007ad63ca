"""A single-case experimental design that randomises only when treatment starts (a
"randomized multiple-baseline design", baseline lengths drawn at random, a randomization
test over the start points) allocates nobody to an arm: every participant gets the drug, so
it is a non-randomised trial, not an rct. Shown by holdout17 88100042 (a randomized
multiple-baseline SCED of LDN added to an SSRI). Session 24, round 66, c66b."""

import pytest
from written import facts

TRIAL = ("Journal Article", "Clinical Trial")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 2 mg in older adults with dysthymia: a randomised multiple-baseline design",
            "Five adults with persistent depressive disorder rated their mood each evening. "
            "After a baseline of three to six weeks, naltrexone 2 mg nightly was started and "
            "continued for ten weeks. Evening mood improved in four of five.",
        ),
        (
            "Naltrexone at low dose for depression: a single-case experimental study",
            "Methods: Three women with major depression kept daily mood diaries. The length of "
            "each woman's baseline (two, three or four weeks) was randomly assigned before "
            "naltrexone 3 mg a day was begun.\n"
            "Results: Mood improved in all three once naltrexone began.",
        ),
        (
            "Naltrexone at low dose for depression: a multiple-baseline single-case experimental design",
            "Methods: Four men with major depression started naltrexone 1.5 mg at staggered "
            "points after daily baseline ratings. Effects were tested with a randomization "
            "test over the possible start points.\n"
            "Results: Daily mood improved after the start in all four (p = 0.03).",
        ),
    ],
)
def test_randomised_timing_is_not_an_rct(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_randomised_allocation_stays_rct() -> None:
    """Near miss: the baseline is named before a real allocation to arms."""
    f = facts(
        "Naltrexone at low dose for depression",
        "Methods: After a baseline of two weeks, sixty adults with major depression were "
        "randomly assigned to naltrexone 4.5 mg or placebo; the length of treatment was eight "
        "weeks.\n"
        "Results: Depression scores fell more on naltrexone.",
        TRIAL,
    )
    assert f.design == "rct"
