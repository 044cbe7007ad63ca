"""A count written in dozens ("Two dozen patients were enrolled", "three dozen adults"):
the number of people is the dozens times twelve, not the first word. Shown by holdout258
28800006 (a conference abstract, "Two dozen patients ... were enrolled", read as 2 and
then as its 15 women). Session 26, round 71, c71b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Two dozen adults with major depression on sertraline were enrolled.", 24),
        ("We recruited three dozen outpatients taking escitalopram.", 36),
        ("Four dozen participants (29 women) on venlafaxine entered the study.", 48),
    ],
)
def test_dozens_are_twelve_each(sentence: str, n: int) -> None:
    abstract = (
        f"Methods: {sentence} Naltrexone was titrated to 3 mg nightly for 8 weeks.\n"
        "Results: MADRS fell by 9 points; 3 stopped early."
    )
    f = facts("Low-dose naltrexone added to antidepressants: an open-label study", abstract, TRIAL)
    assert f.n == n


def test_plain_number_words_unchanged() -> None:
    """Near miss: number words without dozens read as before."""
    f = facts(
        "Low-dose naltrexone added to antidepressants: an open-label study",
        "Methods: Twenty-two adults with major depression on sertraline were enrolled. "
        "Naltrexone was titrated to 3 mg nightly for 8 weeks.\nResults: MADRS fell.",
        TRIAL,
    )
    assert f.n == 22
