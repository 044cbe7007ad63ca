"""A record with no review publication type whose own methods say it performed a
meta-analysis ("we searched ... and performed a random-effects meta-analysis of randomised
trials", a congress abstract of a trial sequential analysis) is a meta-analysis: the trials
it pools (their arms, doses and co-medication) are not its own. Shown by holdout271
30300021 (a congress abstract of a meta-analysis read as an RCT, closing the
serotonergic-combination gap from an included trial's SSRI arm). Session 27, round 73,
c73b."""

import pytest
from written import JOURNAL, RCT, facts, gaps

CONGRESS = ("Journal Article", "Congress")


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone as an add-on for depression: how strong is the evidence?",
            "Methods: Drawing on an updated database search, we carried out a "
            "fixed-effect meta-analysis of placebo-controlled randomised trials of "
            "naltrexone 1-6 mg added to an SSRI or SNRI.\nResults: Four trials with 310 "
            "participants were included, one of them comparing 2 mg with 4.5 mg in "
            "patients taking sertraline. The pooled response ratio was 1.3 (95% CI "
            "1.0-1.7).",
            CONGRESS,
        ),
        (
            "Naltrexone at low dose in treatment-resistant depression: cumulative evidence",
            "Background: Several small trials have tested low-dose naltrexone added to "
            "antidepressants.\nMethods: Randomised trials were identified in three "
            "databases and we conducted a Bayesian meta-analysis of remission.\nResults: "
            "Three trials comparing naltrexone 4.5 mg with placebo in patients on "
            "escitalopram or venlafaxine were pooled; the posterior odds ratio was 1.6.",
            JOURNAL,
        ),
        (
            "Low-dose naltrexone augmentation in major depression",
            "Methods: We performed a meta-analysis of randomised trials of naltrexone "
            "at 6 mg/day or less given with antidepressants, followed by a trial "
            "sequential analysis.\nResults: Five trials were eligible, including a "
            "three-arm trial of 1.5 and 4.5 mg in patients on fluoxetine. Accrued "
            "participants reached 12% of the required information size.",
            CONGRESS,
        ),
    ],
)
def test_own_meta_analysis_act_is_a_meta_analysis(title: str, abstract: str, types) -> None:
    f = facts(title, abstract, types)
    assert f.design == "meta_analysis"
    assert "serotonergic-combination" not in gaps(title, abstract, types)


def test_trial_citing_a_meta_analysis_stays_a_trial() -> None:
    # near miss: a trial's background names a meta-analysis others did
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression",
        "Background: A meta-analysis of earlier trials suggested a benefit of low-dose "
        "naltrexone.\nMethods: We randomised 60 adults taking sertraline to naltrexone "
        "4.5 mg or placebo for 8 weeks.\nResults: Response was 45% vs 25%.",
        RCT,
    )
    assert f.design == "rct"
