"""A derived report that tells its parent trial and its own question in one sentence with
"we asked" ("In a randomised trial (n=120) adding X 3 mg or placebo to SSRIs, we asked
whether ...") takes the parent's dose as its own, as with "we examined". Shown by
holdout163 17900013 (a post-hoc subgroup analysis lost the parent's 4.5 mg). Session 24,
round 65, c65c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "In a randomised trial (n=120) adding naltrexone 3 mg or placebo to SSRIs, we asked "
            "whether response depended on baseline anhedonia.",
            [3.0],
        ),
        (
            "In a placebo-controlled trial of naltrexone 1.5 mg in adults with depression, we "
            "asked which symptoms changed first.",
            [1.5],
        ),
        (
            "Within a double-blind trial comparing naltrexone 2 mg with placebo added to "
            "antidepressants, we asked if inflammation moderated the effect.",
            [2.0],
        ),
    ],
)
def test_parent_dose_of_a_derived_report(opening: str, expected: list[float]) -> None:
    f = facts(
        "Anhedonia and response to low-dose naltrexone: secondary analysis of a randomized trial",
        f"Background: {opening}\nMethods: Post-hoc analysis of the 64 participants with "
        "complete ratings.\nResults: The effect was larger in those with high anhedonia.",
        RCT,
    )
    assert f.ldn_doses_mg == expected


def test_own_trial_keeps_its_own_dose() -> None:
    """Near miss: a trial of its own (no derived report) lists only the doses it gave."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: a randomized trial",
        "Background: In a pilot trial adding naltrexone 1 mg to SSRIs, we asked whether mood "
        "improved.\nMethods: Here 90 adults with depression on an SSRI were randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\nResults: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
