"""A report of an ongoing trial whose results tell only how its conduct changed (a blinded
sample-size re-estimation: "the target sample size was increased from 200 to 240") and
which says its results are still to come has no results: a figure that moved there is the
plan's, not an outcome in the participants, so its gaps are in progress, not addressed.
Shown by holdout357 40200015 (a congress abstract of a three-arm trial's blinded
re-estimation read as the trial's results). Session 33, round 86, c86c."""

import pytest
from written import facts

CONGRESS = ("Congress",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Re-estimating the sample size of BRIGHT, a trial of low-dose naltrexone added to "
            "SSRIs in depression",
            "Background: BRIGHT randomises adults with major depression on an SSRI to "
            "naltrexone 2 mg/day, naltrexone 4 mg/day or placebo for 8 weeks.\n"
            "Methods: After 100 participants finished week 8, a blinded statistician "
            "recomputed the sample size from the pooled variance.\n"
            "Results: The pooled SD was 8.7. The target sample size was increased from 210 "
            "to 252 participants (84 per arm). Recruitment continues at 9 sites.\n"
            "Conclusions: Results are expected in 2027.",
        ),
        (
            "Sample size re-estimation in ASTER, a trial of low-dose naltrexone with "
            "venlafaxine in depression",
            "Background: The double-blind ASTER trial randomises adults with major "
            "depressive disorder taking venlafaxine to naltrexone 4.5 mg or placebo.\n"
            "Methods: The pooled variance was estimated blind to allocation at half the "
            "information.\n"
            "Results: The planned sample size rose from 120 to 150 participants.\n"
            "Conclusions: Results are expected late in 2027.",
        ),
    ],
)
def test_size_change_alone_is_no_result(title: str, abstract: str) -> None:
    f = facts(title, abstract, CONGRESS)
    assert f.on_topic
    assert f.design == "rct"
    assert not f.has_results


def test_outcome_beside_a_size_change_is_a_result() -> None:
    # near miss: an interim report that tells an outcome as well keeps its results
    f = facts(
        "Interim results of a trial of low-dose naltrexone added to SSRIs in depression",
        "Background: Adults with major depression on an SSRI were randomised to naltrexone "
        "4.5 mg or placebo.\n"
        "Results: At the interim analysis of 80 participants, MADRS fell by 11.2 points on "
        "naltrexone and by 6.0 on placebo (p = 0.01). The target sample size was increased "
        "from 120 to 140.\n"
        "Conclusions: Final results are expected in 2027.",
        CONGRESS,
    )
    assert f.has_results
