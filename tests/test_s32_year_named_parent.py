"""A derived report (a post hoc or secondary analysis) whose background opens with its
parent trial named by its year and told by what it did ("The 2017 proof-of-concept
trial randomized 12 adults ... to naltrexone 1 mg twice daily or placebo") describes its
own trial: the parent's doses are the report's, not earlier work. Shown by holdout339
38000018 (a post hoc EEG analysis whose dose was lost). Session 32, round 84, c84a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("background", "doses"),
    [
        (
            "The 2020 pilot trial randomised 30 adults with major depression taking an "
            "SSRI to naltrexone 1.5 mg nightly or placebo for 6 weeks.",
            [1.5],
        ),
        (
            "The 2019 crossover RCT allocated 24 outpatients with treatment-resistant "
            "depression to naltrexone 2 mg twice daily and placebo in random order.",
            [4.0],
        ),
        (
            "The 2022 double-blind trial enrolled 40 adults with bipolar depression on "
            "lithium and gave them naltrexone 3 mg or placebo.",
            [3.0],
        ),
    ],
)
def test_post_hoc_analysis_keeps_its_parent_dose(background: str, doses: list[float]) -> None:
    f = facts(
        "Inflammatory markers and response to low-dose naltrexone: a post hoc analysis",
        f"Background: {background} Blood samples were stored but never analysed.\n"
        "Methods: In this post hoc analysis we measured CRP and IL-6 at baseline and end "
        "point. Samples were available for 20 participants.\n"
        "Results: Baseline CRP predicted response (r = 0.41).",
        RCT,
    )
    assert f.ldn_doses_mg == doses
    assert f.n == 20


def test_own_trial_background_citing_a_year_named_trial_is_earlier_work() -> None:
    """Near miss: a trial of its own citing an earlier trial by its year keeps its dose."""
    f = facts(
        "Low-dose naltrexone 4.5 mg added to SSRIs: a randomised trial",
        "Background: The 2017 pilot trial randomised 12 adults to naltrexone 1 mg twice "
        "daily or placebo.\nMethods: We randomised 90 adults with major depression on an "
        "SSRI to naltrexone 4.5 mg or placebo for 8 weeks.\nResults: MADRS fell more with "
        "naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert f.n == 90
