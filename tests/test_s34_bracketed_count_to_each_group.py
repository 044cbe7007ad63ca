"""The participants said as the size of each group, the count in brackets before its verb:
"Half of the sample (30 participants) was assigned to each group" is a group's size, so the
sample is that times the arms (60), not the 30. A bracketed count followed by a verb of its
own, not "to each group", keeps its reading.
Shown by holdout366 41300029 (an RCT of 2 x 28 = 56 read as 28: larger-trials lost).
Session 34, round 88, c88a."""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone added to bupropion for anhedonic depression: a randomised trial"


def _abstract(sizes: str) -> str:
    return (
        "Background: Opioid antagonism may act on reward.\n"
        "Methods: Adults with major depressive disorder taking bupropion without remission "
        f"were randomised to LDN 4.5 mg or placebo for 10 weeks. {sizes} Other "
        "antidepressants were not allowed.\n"
        "Results: Anhedonia improved more with LDN than with placebo."
    )


@pytest.mark.parametrize(
    "sizes",
    [
        "Half of the sample (30 participants) was assigned to each group.",
        "Half of the participants (30 adults) were allocated to each arm.",
    ],
)
def test_bracketed_group_size_times_arms(sizes: str) -> None:
    f = facts(TITLE, _abstract(sizes), RCT)
    assert f.n == 60
    assert gaps(TITLE, _abstract(sizes), RCT)["larger-trials"] == "addressed"


def test_bracketed_total_keeps_its_count() -> None:
    # near miss: the bracketed count is the whole sample, randomised; no group size
    abstract = _abstract("The whole sample (30 participants) was randomised in one block.")
    assert facts(TITLE, abstract, RCT).n == 30
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)
