"""A participant flow written as slashed columns under a header of stages ("Participant
flow (screened / randomised / completed / analysed): LDN -- / 27 / 24 / 26; placebo -- / 26
/ 23 / 26; total 140 / 53 / 47 / 52"): n is the column of people taken in (randomised),
its total row or its arms added, never a later or earlier column nor a count of events
elsewhere. Shown by holdout236 26400016 (n 4 for 53). Session 25, round 67, c67b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to escitalopram in major depression: a randomised trial"
METHODS = (
    "Methods: Adults with major depression and a MADRS of 22 or more on escitalopram were "
    "randomised to add naltrexone 1.5 mg daily or placebo for 10 weeks. {flow}\n"
    "Results: MADRS fell by 11.2 with naltrexone and 7.9 with placebo; 6 and 3 participants "
    "remitted."
)


@pytest.mark.parametrize(
    ("flow", "n"),
    [
        (
            "Flow (screened / randomised / completed): naltrexone -- / 31 / 28; placebo -- / "
            "30 / 27; total 118 / 61 / 55.",
            61,
        ),
        (
            "Participants (assessed / enrolled / analysed): LDN - / 22 / 20; placebo - / 21 / 21.",
            43,
        ),
        (
            "Numbers (randomised / finished / analysed): naltrexone 40 / 36 / 39; placebo 41 / "
            "37 / 40; all 81 / 73 / 79.",
            81,
        ),
    ],
)
def test_the_taken_in_column(flow: str, n: int) -> None:
    assert facts(TITLE, METHODS.format(flow=flow), RCT).n == n


def test_a_slashed_dose_list_is_no_flow() -> None:
    """Near miss: slashes between doses or scores are no flow; the stated count stays."""
    f = facts(
        TITLE,
        "Methods: Sixty-two adults were randomised to naltrexone 1.5 / 3 / 4.5 mg or placebo "
        "(MADRS 30 / 29 / 31 / 30 at baseline).\nResults: MADRS fell most with 4.5 mg.",
        RCT,
    )
    assert f.n == 62
