"""A higher dose named right after the starting dose with the people it is for after it,
no verb of raising ("X (3 mg/day; 4.5 mg/day for partial responders at week 4)", "1.5 mg,
or 3 mg in those not improving by week 6"): a raise for some, both levels listed, no arm of
its own, so no dose comparison. Shown by holdout318 35700009 (a conference abstract of LDN
against sertraline whose raise for partial responders was read as a second arm).
Session 31, round 80, c80a."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "levels"),
    [
        (
            "Naltrexone at a low dose or escitalopram in young adults with depression",
            "Methods: an open randomised trial allotted depressed students to low-dose "
            "naltrexone (1.5 mg/day; 3 mg/day for non-responders at week 3) or escitalopram "
            "10 mg/day. Results: 40 students were randomised; MADRS fell in both arms.",
            [1.5, 3.0],
        ),
        (
            "Low-dose naltrexone for depressed older adults: an open-label trial",
            "Methods: patients with major depression took naltrexone 3 mg nightly, or 4.5 "
            "mg nightly in those not improving by week 4. Results: 26 patients enrolled; "
            "HAM-D fell by 8 points.",
            [3.0, 4.5],
        ),
        (
            "Add-on low-dose naltrexone or placebo in treatment-resistant depression",
            "Methods: adults on an SSRI were randomised to naltrexone 2 mg daily (4 mg daily "
            "for partial responders after one month) or placebo. Results: 62 adults were "
            "randomised; response 38% vs 20%.",
            [2.0, 4.0],
        ),
    ],
)
def test_dose_for_some_named_after_is_no_arm(
    title: str, abstract: str, levels: list[float]
) -> None:
    f = facts(title, abstract, RCT if "random" in abstract else TRIAL)
    assert f.ldn_doses_mg == levels
    assert not f.compares_doses


def test_two_doses_each_for_a_group_still_compared() -> None:
    # near miss: two doses allotted to two arms, no one's response deciding it
    f = facts(
        "Two doses of low-dose naltrexone in major depression: a randomised trial",
        "Methods: adults with major depression were randomised to naltrexone 1.5 mg/day "
        "or 4.5 mg/day for 8 weeks. Results: 60 adults were randomised; MADRS fell more "
        "with 4.5 mg.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses
