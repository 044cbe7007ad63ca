"""The participants said only as one arm's size and the allocation ratio: "randomised 2:1
to naltrexone or placebo ... The placebo group comprised 20 participants" is 20 x 3 = 60,
"3:1 ... the naltrexone arm included 45 patients" is 60. Where the ratio does not give a
whole number of people, or the arm is not one of the allocation's, the arm's size stays no
more than what it is.
Shown by holdout366 41300017 (an RCT of 63 read as its placebo group's 21: larger-trials
lost). Session 34, round 88, c88a."""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone alone in major depression: a randomised placebo-controlled trial"


def _abstract(ratio: str, arm: str) -> str:
    return (
        "Background: Whether naltrexone acts on depression alone is untested.\n"
        "Methods: Adults with major depressive disorder and no current antidepressant were "
        f"randomised {ratio} to naltrexone 2 mg twice daily or placebo for eight weeks. {arm} "
        "The primary outcome was the HAM-D-17 at week 8.\n"
        "Results: Naltrexone improved the HAM-D-17 by 2.6 points more than placebo."
    )


@pytest.mark.parametrize(
    ("ratio", "arm", "n"),
    [
        ("2:1", "The placebo group comprised 20 participants.", 60),
        ("3:1", "The naltrexone arm included 45 patients.", 60),
        ("1:2", "The LDN group numbered 26.", 78),
    ],
)
def test_arm_times_ratio(ratio: str, arm: str, n: int) -> None:
    f = facts(TITLE, _abstract(ratio, arm), RCT)
    assert f.n == n
    assert gaps(TITLE, _abstract(ratio, arm), RCT)["larger-trials"] == "addressed"


def test_ratio_without_whole_people_keeps_no_total() -> None:
    # near miss: 2:1 with 25 in the active arm gives no whole sample; nothing reaches 50
    abstract = _abstract("2:1", "The naltrexone group comprised 25 participants.")
    assert facts(TITLE, abstract, RCT).n != 37
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)
