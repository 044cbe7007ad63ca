"""A derived report's own sample said as the frame of its sentence, "Of the 62 participants
in this subgroup (LDN 33, placebo 29), 44 were taking an SSRI": the people of its own
subgroup, named as such, are its sample (62), not a count it leaves unstated. The parent
trial's people counted the same way ("Of the 150 participants in the trial, ...") are not
the report's.
Shown by holdout356 39900013 (a post hoc subgroup of 57 read as stating no n). Session 34,
round 88, c88a."""

from written import RCT, facts

TITLE = (
    "Does comorbid depression change the response to low-dose naltrexone in chronic pain? "
    "A secondary analysis of a randomized trial"
)


def _abstract(frame: str) -> str:
    return (
        "We examined whether participants with chronic pain and depressive symptoms "
        "responded differently to low-dose naltrexone (LDN) in a completed 12-week trial of "
        "LDN 4.5 mg versus placebo. In this post hoc analysis we defined a depression "
        f"subgroup as those with a baseline PHQ-9 of 10 or more. {frame}, 44 were taking an "
        "SSRI at entry. In the subgroup, LDN reduced pain more than placebo."
    )


def test_frame_of_own_subgroup() -> None:
    assert (
        facts(
            TITLE, _abstract("Of the 62 participants in this subgroup (LDN 33, placebo 29)"), RCT
        ).n
        == 62
    )


def test_frame_of_parent_trial_is_not_own() -> None:
    # near miss: the frame is the parent trial's people, not the subgroup's
    assert facts(TITLE, _abstract("Of the 150 participants in the trial"), RCT).n != 62
