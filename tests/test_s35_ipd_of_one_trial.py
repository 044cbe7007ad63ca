"""Kind: a trial's own secondary analysis that re-analyses the individual participant data
of that one trial is a derived report of the trial (the parent's design, its own analysed
n, the parent's doses), not an individual-participant-data meta-analysis of several
trials. Shown by holdout374 42200013 (a Bayesian re-analysis of one named RCT, read as a
meta-analysis with no n and no doses, so its larger-trials gap went to "no").
Session 35, round 90, c90b.

Ways real abstracts tie individual participant data to one trial:
1. "We re-analysed individual participant data from all randomised participants (n = 198)"
   under a title naming "the X trial".
2. "Individual patient data of the 120 adults randomised in the LANTERN trial were
   analysed with a mixed model".
3. "Using the trial's individual participant data, we fitted ..."
4. "IPD from our single-centre RCT (n = 64) were re-analysed".
5. "Individual participant data of participants who were randomised were obtained from the
   sponsor" under a title "... re-analysis of a placebo-controlled trial".
6. A title "Who responds to X? An individual patient data re-analysis of the Y trial".
An IPD meta-analysis instead counts the trials it pools ("IPD from five RCTs", "three
trials") or calls itself a meta-analysis: those stay syntheses.
"""

import pytest
from written import JOURNAL, RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "Who benefits most? Inflammation and response in the CALDERA trial of low-dose "
            "naltrexone for depression: a Bayesian re-analysis",
            "Background: The CALDERA trial compared naltrexone 4.5 mg/day with placebo in "
            "major depressive disorder.\n"
            "Methods: We re-analysed individual participant data from all randomised "
            "participants (n = 146; 74 naltrexone, 72 placebo) with a hierarchical model.\n"
            "Results: Benefit was concentrated in participants with raised CRP.",
            RCT,
            146,
        ),
        (
            "Baseline anhedonia and response to low-dose naltrexone: secondary analysis of "
            "a randomised trial in depression",
            "Methods: Individual patient data of the 120 adults randomised in the LANTERN "
            "trial (naltrexone 3 mg or placebo added to sertraline) were analysed with a "
            "mixed model.\n"
            "Results: Anhedonia moderated the effect of naltrexone.",
            RCT,
            120,
        ),
        (
            "Trajectories of depressive symptoms on low-dose naltrexone: a latent class "
            "re-analysis of the NALT-MDD trial",
            "Methods: Using the trial's individual participant data (n = 88 randomised to "
            "naltrexone 4.5 mg or placebo), we fitted growth mixture models to weekly "
            "MADRS scores.\n"
            "Results: Three trajectories were found.",
            RCT,
            88,
        ),
        (
            "Response heterogeneity in a randomised trial of low-dose naltrexone for depression",
            "Methods: IPD from our single-centre RCT (n = 64) of naltrexone 4.5 mg versus "
            "placebo in major depression were re-analysed with quantile regression.\n"
            "Results: Effects were largest in the upper quantiles of MADRS change.",
            RCT,
            64,
        ),
    ],
)
def test_ipd_of_one_trial_is_that_trial(
    title: str, abstract: str, types: tuple[str, ...], n: int
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.design == "rct"
    assert f.n == n
    assert f.ldn_doses_mg


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in depression: pooled individual participant data",
            "Methods: We obtained individual participant data from four randomised trials "
            "of naltrexone 1.5 to 4.5 mg versus placebo in depression (n = 312).\n"
            "Results: Naltrexone reduced MADRS scores by 2.1 points.",
        ),
        (
            "Moderators of response to low-dose naltrexone in depression",
            "Methods: IPD of three placebo-controlled trials of naltrexone 4.5 mg in major "
            "depression were combined (n = 240).\n"
            "Results: Inflammation moderated response.",
        ),
    ],
)
def test_ipd_of_several_trials_stays_a_synthesis(title: str, abstract: str) -> None:
    # near misses: individual participant data of several trials are pooled
    f = facts(title, abstract, JOURNAL)
    assert f.design == "meta_analysis"
    assert f.n is None
