"""Kind: a post hoc pharmacometric analysis (exposure-response, population pharmacokinetics)
of a randomised dose trial's own participants is a secondary analysis of that trial: the
trial's design, its own analysed sample, the doses its people were assigned (the parent's
arms, named as strengths given "or placebo" to people already on another antidepressant),
and the dose comparison when every dose arm is analysed. The model and the "simulated
patients" it generates from them are its method, not its design. A simulation whose people
are all virtual stays ``other``, and simulated doses are no doses given.

Round 54, c54a; the record that showed it: holdout184 20300030 (a post hoc exposure-response
analysis of the LUMEN trial, "depressed adults on bupropion ... received placebo or one of
three fixed daily strengths (1, 2.5 or 4.5 mg)", "included the 84 participants", "80% of
simulated patients"; read as a model: other, n None, no doses).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

TITLE = (
    "Exposure-response of naltrexone in depression: a post hoc pharmacometric analysis of the "
    "LUMEN trial"
)
RECORD = (
    "Sparse plasma concentrations of naltrexone and 6-beta-naltrexol were obtained in the LUMEN "
    "trial, in which depressed adults on bupropion or other dopaminergic treatment received "
    "placebo or one of three fixed daily strengths (1, 2.5 or 4.5 mg) for six weeks. This post "
    "hoc analysis included the 84 participants with at least one post-baseline MADRS rating. A "
    "population pharmacokinetic model was linked to MADRS trajectories with an indirect-response "
    "model. Predicted 6-beta-naltrexol exposure explained more of the variation in response "
    "than the assigned strength; the exposure associated with 90% of maximal effect was reached "
    "by 2.5 mg in 80% of simulated patients. Model-based simulations do not support doses above "
    "4.5 mg. Conclusion: the three strengths differed in effect mainly through exposure; 2.5 mg "
    "nightly appears an efficient dose."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert (f.design, f.n, f.ldn_doses_mg) == ("rct", 84, [1.0, 2.5, 4.5])
    assert f.concomitant_classes == ["dopaminergic"]
    assert f.compares_doses
    assert gaps(TITLE, RECORD) == {"larger-trials": "addressed", "dose-finding": "addressed"}


# the same kind in my own words: the derived words in the title, an opening sentence, the
# methods; the parent's arms before or after the count; simulated or virtual patients made
# from the fitted model
SAME_KIND = [
    (
        "Population pharmacokinetics of low-dose naltrexone: a secondary analysis of the DOSE-D "
        "randomised trial",
        "Background: Naltrexone exposure at low doses varies widely.\n"
        "Methods: In DOSE-D, adults with major depressive disorder taking sertraline were "
        "randomised to naltrexone 1.5 mg, 3 mg or placebo for 8 weeks. This secondary analysis "
        "included the 96 participants with at least two plasma samples. A population "
        "pharmacokinetic model was fitted and 1,000 simulated patients were generated from it.\n"
        "Results: Clearance fell with age; exposure at 3 mg was twice that at 1.5 mg.\n"
        "Conclusions: Age, not weight, predicts exposure.",
        96,
        [1.5, 3.0],
        ["serotonergic"],
    ),
    (
        "Exposure-response modelling of naltrexone in depression",
        "Concentrations from 72 patients of a placebo-controlled trial of naltrexone 2 mg or 4 "
        "mg nightly added to escitalopram were analysed post hoc with an Emax model. Model-based "
        "simulations in virtual patients suggested that 4 mg gives 85% of maximal effect. "
        "Conclusion: 2 mg may be too low.",
        72,
        [2.0, 4.0],
        ["serotonergic"],
    ),
    (
        "Naltrexone exposure and response in treatment-resistant depression",
        "This post hoc exposure-response analysis used data from the 60 adults with "
        "treatment-resistant depression on an SNRI who received placebo or naltrexone 1 mg or "
        "4.5 mg daily in the NALT-TRD trial. Higher 6-beta-naltrexol exposure predicted a larger "
        "MADRS change; simulated patients reached target exposure at 4.5 mg.",
        60,
        [1.0, 4.5],
        ["noradrenergic", "serotonergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n", "doses", "classes"), SAME_KIND)
def test_post_hoc_model_of_trial_people(
    title: str, abstract: str, n: int, doses: list[float], classes: list[str]
) -> None:
    f = facts(title, abstract)
    assert (f.design, f.n, f.ldn_doses_mg) == ("rct", n, doses)
    assert sorted(f.concomitant_classes) == classes
    assert f.compares_doses
    assert gaps(title, abstract).get("dose-finding") == "addressed"


def test_placebo_stands_in_for_the_studied_drug() -> None:
    """The parent's arms "received placebo or one of three strengths" after people "on
    bupropion" are naltrexone's, not bupropion's (read in a trial's own report too)."""
    f = facts(
        "Low-dose naltrexone in depression on dopaminergic antidepressants: a randomised trial",
        "Methods: In this trial of naltrexone, adults with major depressive disorder on "
        "bupropion received placebo or one of two daily strengths (2 or 4 mg) for eight weeks; "
        "64 were randomised.\nResults: MADRS fell more with 4 mg.",
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.concomitant_classes == ["dopaminergic"]


# near misses: people made by a model only, or doses only simulated
def test_virtual_patients_only_stay_other() -> None:
    title = "Simulated exposure of low-dose naltrexone in depression: a model-based study"
    abstract = (
        "Using a published population pharmacokinetic model of naltrexone, we simulated 1,000 "
        "virtual patients with major depression taking sertraline and receiving 1, 2.5 or 4.5 "
        "mg nightly. Receptor occupancy above 50% was reached at 2.5 mg."
    )
    f = facts(title, abstract)
    assert (f.design, f.n, f.ldn_doses_mg) == ("other", None, [])
    assert gaps(title, abstract) == {}


def test_hypothetical_cohort_from_a_trials_parameters_stays_other() -> None:
    title = "Naltrexone in depression: an exposure-response simulation"
    abstract = (
        "Parameters reported by the LUMEN trial were used to simulate a hypothetical cohort of "
        "500 depressed adults on bupropion given naltrexone 1, 2.5 or 4.5 mg. The simulated "
        "response plateaued above 2.5 mg."
    )
    f = facts(title, abstract)
    assert (f.design, f.n, f.ldn_doses_mg) == ("other", None, [])
    assert gaps(title, abstract) == {}


def test_simulated_doses_of_a_one_dose_trial_compare_nothing() -> None:
    """A derived report never gains a dose comparison its parent did not make."""
    title = (
        "Pharmacometric analysis of naltrexone 4.5 mg added to bupropion in depression: a post "
        "hoc analysis of the NALT trial"
    )
    abstract = (
        "This post hoc analysis included the 80 participants of the NALT trial randomised to "
        "naltrexone 4.5 mg or placebo added to bupropion for major depressive disorder. A "
        "population pharmacokinetic model was fitted, and simulations of exposure at 1, 2.5 and "
        "4.5 mg were run in simulated patients. Exposure at 4.5 mg explained response."
    )
    f = facts(title, abstract)
    assert (f.design, f.n, f.ldn_doses_mg) == ("rct", 80, [4.5])
    assert not f.compares_doses
    assert gaps(title, abstract) == {"larger-trials": "addressed"}


def test_a_trials_own_post_hoc_sensitivity_analyses_keep_it_the_trials_report() -> None:
    f = facts(
        "Naltrexone 1 mg or 4.5 mg added to venlafaxine in treatment-resistant depression",
        "Post hoc sensitivity analyses excluded participants with early dropout. Overall, 120 "
        "adults taking venlafaxine were randomised to naltrexone 1 mg, 4.5 mg or placebo.\n"
        "Results: Response was 40% with 4.5 mg and 31% with 1 mg.",
        ("Randomized Controlled Trial",),
    )
    assert (f.design, f.n, f.ldn_doses_mg, f.role) == ("rct", 120, [1.0, 4.5], "publication")
