"""A dose raised only for those who did not respond, whose results are then told per dose
("52% in the 1.5-mg group and 40% in the 4.5-mg group"): the groups are who needed the
raise, not arms the study assigned, so no doses are compared. Shown by holdout265 29600025
(a response-guided raise read as a dose comparison). Session 27, round 72, c72a."""

import pytest
from written import facts

TRIAL = ("Journal Article", "Clinical Trial")


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: 38 outpatients with major depression taking sertraline received "
        "naltrexone 1 mg nightly in an open study. Those whose MADRS had not fallen by 30% "
        "at week 4 were raised to 3 mg.\nResults: 15 needed the raise. Response was 47% in "
        "the 1-mg group and 33% in the 3-mg group at week 10.",
        "Methods: In an open trial, 52 adults with depression on venlafaxine started "
        "naltrexone 2 mg daily; non-responders at week 3 had the dose increased to 4.5 mg.\n"
        "Results: Remission rates were 40% in the 2 mg group and 28% in the 4.5 mg group.",
        "Methods: 30 depressed women on escitalopram took naltrexone 1.5 mg at bedtime in a "
        "single-arm study. Those without a 20% reduction in HAM-D by week 2 were increased "
        "to 3 mg.\nResults: HAM-D fell by 9.1 points in the 1.5-mg group and by 6.4 points "
        "in the 3-mg group.",
    ],
)
def test_groups_formed_by_a_raise_for_some_compare_no_doses(abstract: str) -> None:
    f = facts("Low-dose naltrexone added to antidepressants: an open study", abstract, TRIAL)
    assert not f.compares_doses


def test_two_assigned_doses_told_in_results_stay_compared() -> None:
    # near miss: both doses were assigned from the start, results told per dose group
    f = facts(
        "Two doses of low-dose naltrexone added to antidepressants: an open study",
        "Methods: 40 outpatients with depression on an SSRI were allocated alternately to "
        "naltrexone 1.5 mg or 4.5 mg nightly.\nResults: Response was 45% in the 1.5-mg "
        "group and 40% in the 4.5-mg group.",
        TRIAL,
    )
    assert f.compares_doses
