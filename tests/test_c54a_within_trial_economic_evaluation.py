"""Kind: an economic evaluation run within one trial, on that trial's own participants
(their resource use and quality of life), is a secondary analysis of the trial: it takes the
trial's design and its own analysed sample (CONTRACT.md, "Design of derived reports"), even
when a Markov model then extrapolates the results. A model-based evaluation whose people are
a simulated or hypothetical cohort fed with published results stays ``other`` with no n.

Round 54, c54a; the records that showed it: holdout184 20300035 (cost-utility alongside the
SERENADE trial, "all 148 participants randomised", a 5-year Markov model; read as a model:
other, n None) and holdout180 19900024 (a within-trial cost-effectiveness analysis, "data were
available for 201 participants", a Markov model over a hypothetical cohort).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

# the records' own wording
SERENADE_TITLE = (
    "Cost-utility of adding low-dose naltrexone to SSRIs or SNRIs for depression: an economic "
    "evaluation alongside the SERENADE trial"
)
SERENADE = (
    "Background and Objective: Compounded low-dose naltrexone costs little, but its value as "
    "an antidepressant adjunct is unknown.\n"
    "Methods: A within-trial cost-utility analysis from the health-service perspective used "
    "patient-level resource use and EQ-5D-5L data from all 148 participants randomised in "
    "SERENADE, a placebo-controlled trial of naltrexone 4.5 mg nightly added to an SSRI or SNRI "
    "for major depressive disorder. Missing data were multiply imputed. A 5-year Markov model "
    "extrapolated results.\n"
    "Results: Over 8 weeks, LDN added 0.006 QALYs at an incremental cost of EUR 41 (ICER EUR "
    "6,800 per QALY). The probability of cost-effectiveness at EUR 20,000 per QALY was 84%.\n"
    "Conclusions: LDN augmentation of serotonergic antidepressants is likely to be "
    "cost-effective."
)
NALTRO_TITLE = (
    "Cost-effectiveness of low-dose naltrexone augmentation of SSRIs and SNRIs: a within-trial "
    "economic evaluation of NALTRO-AUG"
)
NALTRO = (
    "Objective: To estimate the cost-effectiveness of LDN 1 mg and 4.5 mg nightly versus placebo "
    "added to SSRIs or SNRIs over 10 weeks and, by extrapolation, one year.\n"
    "Methods: Resource use was collected in the randomized trial; complete cost and EQ-5D data "
    "were available for 201 participants. A Markov model extrapolated results over 12 months "
    "for a hypothetical cohort of 10,000 patients.\n"
    "Results: LDN 4.5 mg dominated 1 mg and cost EUR 8,420 per QALY gained versus placebo.\n"
    "Conclusions: LDN 4.5 mg augmentation is likely cost-effective."
)


def test_the_serenade_record() -> None:
    f = facts(SERENADE_TITLE, SERENADE)
    assert (f.design, f.n, f.ldn_doses_mg) == ("rct", 148, [4.5])
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]
    assert gaps(SERENADE_TITLE, SERENADE) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def test_the_naltro_record() -> None:
    f = facts(NALTRO_TITLE, NALTRO)
    assert (f.design, f.n, f.ldn_doses_mg) == ("rct", 201, [1.0, 4.5])
    assert f.depression_population
    assert gaps(NALTRO_TITLE, NALTRO) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


# the same kind in my own words: the within-trial words in the title, the opening
# sentence, the methods, the results, an unlabelled abstract; other drugs and numbers
WITHIN = [
    (
        "Within-trial cost-effectiveness of naltrexone 3 mg added to escitalopram in major "
        "depression",
        "Objective: To estimate costs and QALYs of naltrexone 3 mg daily versus placebo added to "
        "escitalopram in adults with major depressive disorder.\n"
        "Methods: Costs and EQ-5D-3L scores were recorded for the 96 patients randomised. A "
        "decision tree extended the horizon to two years.\n"
        "Results: The ICER was GBP 9,100 per QALY.",
        96,
        ["serotonergic"],
    ),
    (
        "Low-dose naltrexone and venlafaxine in treatment-resistant depression: costs and outcomes",
        "This trial-based cost-utility analysis used data collected in the LOTUS randomised "
        "trial of low-dose naltrexone 4.5 mg or placebo added to venlafaxine in 130 adults with "
        "treatment-resistant depression. Health-care use was costed; a Markov model "
        "extrapolated QALYs over 5 years. LDN cost USD 12,300 per QALY gained.",
        130,
        ["noradrenergic", "serotonergic"],
    ),
    (
        "Economic evaluation of low-dose naltrexone in depression",
        "Methods: An economic evaluation was conducted alongside a double-blind randomised trial "
        "in which 88 adults with major depressive disorder taking sertraline received "
        "naltrexone 2 mg or placebo nightly. Quality-adjusted life-years came from SF-6D "
        "responses; a Markov model with monthly cycles extrapolated to 3 years.\n"
        "Results: Naltrexone was dominant in 61% of bootstrap replicates.",
        88,
        ["serotonergic"],
    ),
    (
        "Naltrexone 4.5 mg added to duloxetine for major depression: a cost-effectiveness study",
        "Patient-level costs and EQ-5D-5L data of all 112 adults with major depressive disorder "
        "randomised to naltrexone 4.5 mg or placebo added to duloxetine were analysed. A "
        "microsimulation then projected outcomes over a lifetime. Adding naltrexone cost EUR "
        "5,200 per QALY gained. Conclusion: cost-effective at usual thresholds.",
        112,
        ["noradrenergic", "serotonergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n", "classes"), WITHIN)
def test_within_trial_is_the_trials_secondary_analysis(
    title: str, abstract: str, n: int, classes: list[str]
) -> None:
    f = facts(title, abstract)
    assert f.design == "rct"
    assert f.n == n
    assert sorted(f.concomitant_classes) == classes
    got = gaps(title, abstract)
    assert got.get("larger-trials") == "addressed"
    assert got.get("serotonergic-combination") == "addressed"


# near misses: a model whose people are hypothetical or simulated, fed with published
# results (even one trial's), is no trial and counts nobody
MODELS = [
    (
        "Cost-effectiveness of low-dose naltrexone added to SSRIs in major depression: a Markov "
        "model",
        "Methods: A Markov model with monthly cycles simulated a hypothetical cohort of 10,000 "
        "adults with major depressive disorder taking an SSRI, with or without naltrexone 4.5 mg "
        "nightly. Efficacy came from a published randomised trial of 148 patients; costs from "
        "national tariffs.\n"
        "Results: The ICER was EUR 7,400 per QALY.",
    ),
    (
        "Low-dose naltrexone augmentation of venlafaxine: a decision-analytic evaluation",
        "A decision tree compared naltrexone 3 mg plus venlafaxine with venlafaxine alone in "
        "simulated patients with treatment-resistant depression. Response rates were taken from "
        "two published trials (n = 96 and n = 130). Naltrexone augmentation cost USD 15,000 per "
        "QALY.",
    ),
    (
        "Economic model of naltrexone 2 mg with sertraline in depression",
        "Objective: To estimate the value of adding naltrexone 2 mg to sertraline.\n"
        "Methods: An economic model of 5,000 hypothetical adults with major depression was "
        "parameterised with the results reported by the ALBA trial and published utilities.\n"
        "Results: Adding naltrexone was cost-effective in 70% of simulations.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), MODELS)
def test_a_model_of_published_results_stays_other(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "other"
    assert f.n is None
    assert gaps(title, abstract) == {}


# near misses: a trial's own report that also runs a within-trial economic evaluation (and a
# Markov model) is that trial's report, not a derived one, and not a model
OWN_REPORTS = [
    (
        "Low-dose naltrexone added to SSRIs in major depression: a randomised controlled trial "
        "with a within-trial economic evaluation",
        "Objective: To test efficacy and, in a within-trial economic evaluation, "
        "cost-effectiveness of naltrexone 4.5 mg added to an SSRI.\n"
        "Methods: 164 adults with major depressive disorder were randomised to naltrexone 4.5 "
        "mg or placebo for 12 weeks. A Markov model extrapolated costs.\n"
        "Results: MADRS fell 3.1 points more with naltrexone; the ICER was EUR 9,000 per QALY.",
        164,
    ),
    (
        "Naltrexone 2 mg versus placebo added to escitalopram in depression",
        "A within-trial cost-utility analysis was also conducted. We randomised 40 adults with "
        "major depressive disorder taking escitalopram to naltrexone 2 mg or placebo. HAM-D "
        "improved by 4 points more with naltrexone.",
        40,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), OWN_REPORTS)
def test_a_trials_own_report_with_an_economic_evaluation(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, RCT)
    assert (f.design, f.n, f.role) == ("rct", n, "publication")
