"""A derived report whose results open on a pool of its parent's people and then the part of
it the report is about, counted with the arms that add up to it ("Of 96 participants with
stored plasma, 38 had an IL-6 above 2 pg/mL (naltrexone, n = 20; placebo, n = 18). In this
group, ..."), counts that part: the pool is where the part came from, not the report's
sample. A pool followed by a part without arms (what befell some of the analysed people)
keeps the pool. Shown by holdout373 42000031 (a post hoc analysis of 44 with raised CRP read
as 112, the participants with usable samples). Session 34, round 89, c89a."""

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Interleukin-6 and response to low-dose naltrexone added to antidepressants: a "
    "secondary analysis of a randomized trial"
)


def _abstract(results: str) -> str:
    return (
        "Background: In a randomized trial, 160 adults with major depression on an SSRI "
        "received naltrexone 4.5 mg or placebo for 8 weeks.\n"
        "Methods: This secondary analysis took participants whose stored plasma showed an "
        "interleukin-6 above 2 pg/mL at baseline and compared change in HAM-D between arms.\n"
        f"Results: {results}\n"
        "Conclusions: Inflammation may mark those who respond."
    )


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Of 96 participants with complete baseline samples, 38 had an interleukin-6 above 2 pg/mL "
            "(naltrexone, n = 20; placebo, n = 18). In this group, HAM-D fell 6 points more "
            "on naltrexone.",
            38,
        ),
        (
            "Of 131 patients with usable assays, 42 showed an interleukin-6 above 2 pg/mL "
            "(LDN 22, placebo 20). Among them, response was 59% vs 25%.",
            42,
        ),
    ],
)
def test_framed_pool_then_armed_part(results: str, n: int) -> None:
    f = facts(TITLE, _abstract(results), RCT)
    assert f.n == n
    assert "larger-trials" not in gaps(TITLE, _abstract(results), RCT)


def test_framed_pool_then_part_without_arms_keeps_pool() -> None:
    # near miss: the part after the pool is what befell some of them, with no arms
    results = (
        "Of 96 participants with complete baseline samples, 38 had an interleukin-6 above "
        "2 pg/mL. "
        "HAM-D fell 3 points more on naltrexone overall."
    )
    assert facts(TITLE, _abstract(results), RCT).n == 96
