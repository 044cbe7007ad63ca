"""A derived report that names its own analysis and its people together ("In this
secondary analysis of those 61 participants, we examined ..."), after the parent trial's
size: n is the analysis's people. Shown by holdout242 27000037 (n 154 for 61). Session
25, round 68, c68b."""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone and anhedonia in chronic pain: secondary analysis of a randomised trial"
)
PARENT = (
    "In a 10-week randomised trial of naltrexone 4.5 mg/day or placebo in 140 adults with "
    "chronic low back pain, {sub} {own} Anhedonia improved more with naltrexone (p = 0.03)."
)


@pytest.mark.parametrize(
    ("sub", "own", "n"),
    [
        (
            "52 met criteria for major depression.",
            "In this post hoc analysis of those 52 patients, we compared SHAPS scores.",
            52,
        ),
        (
            "a depressive episode was found in 47.",
            "In this exploratory analysis of the 47 participants, we examined anhedonia.",
            47,
        ),
        (
            "58 had a PHQ-9 of 10 or more.",
            "In our secondary analysis of these 58 adults, we looked at anhedonia.",
            58,
        ),
    ],
)
def test_analysis_of_those(sub: str, own: str, n: int) -> None:
    assert facts(TITLE, PARENT.format(sub=sub, own=own), RCT).n == n


def test_analysis_of_all_randomised() -> None:
    # near miss: the analysis takes all the parent's people
    abstract = PARENT.format(
        sub="all were followed to week 10.",
        own="In this secondary analysis of all 140 participants, we compared SHAPS scores.",
    )
    assert facts(TITLE, abstract, RCT).n == 140
