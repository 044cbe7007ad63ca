"""The sample said only as a flow: the people screened open the sentence as its frame ("Of
240 adults assessed, 170 were excluded or declined; the rest were randomised"), those turned
away are counted, and "the remainder" or "the rest" were taken in: the sample is the pool
less those turned away, never the pool. A frame whose remainder is not said to be taken in
("...; the remainder were placed on a waiting list") gives no sample.
Shown by holdout366 41300002 (a randomised trial of 124 read as stating no n: larger-trials
lost). Session 34, round 88, c88a."""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone added to an SSRI for depression: a randomised trial"


def _abstract(flow: str) -> str:
    return (
        "Objective: To test naltrexone added to an SSRI in depression.\n"
        "Design, setting, and participants: Double-blind, placebo-controlled trial at two "
        f"psychiatric services. {flow} Participants kept their sertraline or escitalopram "
        "at an unchanged dose.\n"
        "Interventions: Naltrexone 4.5 mg at night or identical placebo for 12 weeks.\n"
        "Results: The MADRS fell more with naltrexone (difference -2.9 points)."
    )


@pytest.mark.parametrize(
    ("flow", "n"),
    [
        ("Of 240 adults assessed, 170 were excluded or declined; the rest were randomised.", 70),
        ("Of 300 people screened, 236 were ineligible; the remainder were randomised 1:1.", 64),
        (
            "Of the 205 patients who were screened, 129 were not eligible, and the remainder "
            "were enrolled.",
            76,
        ),
    ],
)
def test_pool_less_turned_away(flow: str, n: int) -> None:
    f = facts(TITLE, _abstract(flow), RCT)
    assert f.n == n
    assert gaps(TITLE, _abstract(flow), RCT)["larger-trials"] == "addressed"


def test_remainder_not_taken_in() -> None:
    # near miss: the remainder went on a waiting list, nobody is said to be randomised
    flow = "Of 240 adults assessed, 170 were excluded; the remainder were placed on a waiting list."
    f = facts(TITLE, _abstract(flow), RCT)
    assert f.n is None
    assert "larger-trials" not in gaps(TITLE, _abstract(flow), RCT)
