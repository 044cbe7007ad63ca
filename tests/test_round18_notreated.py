"""Round 18 (c18c): records in which nobody takes LDN for anything mood-related, from
holdout59 and preprints9 once they were opened. Each was on-topic before these tests."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

CLAIMS = "Low-dose naltrexone initiation and opioid use in chronic pain: a cohort study"


@pytest.mark.parametrize(
    "covariates",
    [
        # preprints9 PPR9000022: the variables of a propensity score, listed
        "Propensity scores included age, sex, pain diagnosis, baseline opioid dose, "
        "depression, anxiety and antidepressant use.",
        # probes: the same list said of a weighting, a model built from it, a matching
        "Inverse probability of treatment weights were estimated from age, region, prior "
        "opioid use, insomnia and depression.",
        "The propensity model incorporated demographic factors, pain type, sleep disorders "
        "and depression.",
        "Users were matched to non-users on a propensity score built from age, sex, "
        "fibromyalgia, migraine and depression.",
    ],
)
def test_a_condition_among_the_variables_of_a_propensity_score_is_no_outcome(
    covariates: str,
) -> None:
    abstract = (
        "Methods: In a claims database, 3,102 adults with chronic pain who filled a "
        "prescription of naltrexone 4.5 mg (LDN) were compared with 9,306 non-users. "
        f"{covariates}\nResults: Long-term opioid therapy was less frequent among LDN users "
        "(hazard ratio 0.78)."
    )
    f = facts(CLAIMS, abstract, JOURNAL)
    assert not f.on_topic


HEALTHY = (
    "Methods: In a randomised crossover study, 36 healthy adults received single oral doses "
    "of naltrexone 1.5 mg, 3 mg and 4.5 mg. Plasma naltrexone was measured over 24 h.\n"
    "Results: Exposure was dose-proportional and receptor occupancy fell below 20% by 18 h.\n"
)


@pytest.mark.parametrize(
    ("title", "conclusion"),
    [
        # holdout59 46100024: the condition only as the field of trials the model informs
        (
            "Population pharmacokinetics of low-dose naltrexone in healthy adults",
            "The model can inform dose selection for clinical trials, including trials in "
            "depression.",
        ),
        # probes: the relevance said in the title; the findings as a basis, or a guide
        (
            "Low-dose naltrexone kinetics in healthy volunteers: relevance to depression",
            "These data provide a basis for dose selection in major depression.",
        ),
        (
            "Receptor occupancy after low-dose naltrexone: implications for dosing in depression",
            "The occupancy profile could guide the choice of dose in studies of people with "
            "depressive disorders.",
        ),
    ],
)
def test_a_condition_named_only_as_where_findings_apply_is_no_outcome(
    title: str, conclusion: str
) -> None:
    f = facts(title, f"{HEALTHY}Conclusions: {conclusion}", JOURNAL)
    assert not f.on_topic


def test_a_trial_measuring_the_condition_keeps_it_whatever_its_implications() -> None:
    f = facts(
        "Low-dose naltrexone in fibromyalgia: implications for depression",
        "Methods: 60 women with fibromyalgia were randomised to naltrexone 4.5 mg or placebo; "
        "depressive symptoms (BDI-II) were a secondary outcome.\nResults: BDI-II fell more "
        "with naltrexone.",
        JOURNAL,
    )
    assert f.on_topic


@pytest.mark.parametrize(
    "who",
    [
        # holdout60 45100028: a registry's people, by the clinician's decision to start it
        "we plan to enrol 500 adults with a current major depressive episode in whom the "
        "treating clinician has decided to start LDN at any dose up to 4.5 mg/day",
        # probes: the same people said with "begin", "commence", "switch"
        "we will enrol 400 adults with major depression who begin low-dose naltrexone "
        "(1.5-4.5 mg/day) in routine care",
        "adults with major depression whose prescriber chooses to commence LDN up to 4.5 mg "
        "daily will be enrolled (target 300)",
    ],
)
def test_a_cohort_of_people_who_start_the_drug_takes_it(who: str) -> None:
    f = facts(
        "The LDN-Depression Registry: protocol for a prospective multicentre cohort",
        f"Methods and analysis: This is a prospective observational cohort; {who}. No "
        "treatment is assigned by the study. The primary outcome is change in PHQ-9 at 12 "
        "weeks.",
        JOURNAL,
    )
    assert f.on_topic
    assert f.design == "observational"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # holdout59 46100038: cells, with patients only in the background and conclusion
        (
            "Naltrexone at concentrations achieved with low-dose therapy attenuates "
            "interferon-alpha-induced activation of human microglia",
            "Background: Interferon-alpha therapy induces depression in up to a third of "
            "patients, and microglial activation is implicated.\nMethods: Human microglial "
            "HMC3 cells and induced pluripotent stem cell-derived microglia were exposed to "
            "interferon-alpha with or without naltrexone at 1, 10 and 100 nM, concentrations "
            "corresponding to plasma levels after oral doses of 1.5-4.5 mg.\nResults: "
            "Naltrexone concentration-dependently reduced IL-6 release, with maximal effects "
            "at 10 nM.\nConclusions: Naltrexone dampens microglial responses linked to "
            "depression, supporting clinical trials of LDN in patients with depression.",
        ),
        # probes: astrocytes from a line, patients named in the background and in the
        # conclusion, the low dose as the plasma level it stands for
        (
            "Low-dose naltrexone levels of naltrexone reduce inflammatory signalling in human "
            "astrocytes",
            "Background: Many patients with depression show raised inflammation, and many "
            "patients take LDN.\nMethods: Human astrocytes were cultured with "
            "lipopolysaccharide and naltrexone at 5 and 50 nM, the plasma range after 3-4.5 mg "
            "orally.\nResults: Naltrexone lowered TNF release in culture.\nConclusions: LDN "
            "may benefit patients with depression and inflammation.",
        ),
        (
            "Naltrexone at low-dose concentrations and kynurenine metabolism in human monocytes",
            "Introduction: Depressed patients have altered kynurenine metabolism, and "
            "clinicians prescribe LDN (4.5 mg) to patients.\nMethods: Monocytes from a "
            "commercial line were exposed to naltrexone (10 nM) or vehicle.\nResults: "
            "Naltrexone reduced indoleamine 2,3-dioxygenase expression in culture.\n"
            "Conclusions: These findings support a trial of LDN in patients with depression.",
        ),
    ],
)
def test_cells_with_patients_only_in_background_and_conclusion_are_preclinical(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "preclinical"
    assert not f.on_topic


# -- facts: a capsule's strength is not an arm's dose

ARMS = (
    "Methods: 60 outpatients with major depressive disorder were randomized to citalopram "
    "plus naltrexone 1.5 mg/day, citalopram plus naltrexone 3 mg/day, or citalopram plus "
    "placebo. "
)


@pytest.mark.parametrize(
    "form",
    [
        # holdout58 47100009
        "Naltrexone was compounded into 0.5 mg capsules.",
        # probes: the strength said after the form, or as tablets matching placebo
        "The hospital pharmacy prepared capsules of 0.75 mg naltrexone.",
        "Study medication was supplied as 0.25-mg gelatin tablets identical to placebo.",
    ],
)
def test_the_strength_of_a_capsule_is_not_an_arms_dose(form: str) -> None:
    f = facts(
        "Two doses of low-dose naltrexone added to citalopram in major depressive disorder",
        f"{ARMS}{form}\nResults: Both LDN groups improved more than placebo.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0]


def test_a_capsule_that_is_the_only_dose_stated_is_the_dose() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in major depressive disorder",
        "Methods: 40 adults with major depressive disorder on sertraline were randomized to "
        "naltrexone or placebo, given as 4.5 mg capsules.\nResults: MADRS fell more with LDN.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]


# -- facts: a titration's steps told after the dose they lead to

FIBRO = "Low-dose naltrexone for depressive symptoms in women with fibromyalgia: an open study"


@pytest.mark.parametrize(
    "schedule",
    [
        # holdout61 44100019 (comma decimals, as the abstract wrote them)
        "naltrexone 4,5 mg once daily at night for 12 weeks (1,5 mg in the first week and "
        "3,0 mg in the second)",
        # probes: the weeks numbered, the steps in a clause, one step only
        "naltrexone 4.5 mg once daily at night for 12 weeks (1.5 mg in week 1 and 3 mg in week 2)",
        "naltrexone 4.5 mg nightly for 12 weeks, taking 1.5 mg for the first week and 3 mg "
        "for the second",
        "naltrexone 4.5 mg nightly for 12 weeks (starting at 1.5 mg for the first week)",
    ],
)
def test_titration_steps_told_after_the_target_are_not_doses(schedule: str) -> None:
    f = facts(
        FIBRO,
        f"Methods: Forty-two women with fibromyalgia received {schedule}. The Beck "
        "Depression Inventory was assessed at week 12.\nResults: BDI-II decreased.",
        JOURNAL,
    )
    assert f.ldn_doses_mg == [4.5]


def test_two_arms_written_higher_first_stay_two_doses() -> None:
    f = facts(
        FIBRO,
        "Methods: Forty-two women with fibromyalgia were randomised to naltrexone 4.5 mg or "
        "1.5 mg nightly for 12 weeks. The Beck Depression Inventory was assessed.\nResults: "
        "BDI-II decreased in both arms.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]


@pytest.mark.parametrize(
    "schedule",
    [
        # preprints10 PPR8900005: the raise told without the dose it leads to
        "randomly assigned to naltrexone 4.5 mg or placebo once daily for 12 weeks; "
        "treatment began at 1.5 mg and was increased by 1.5 mg weekly",
        # probes: no step size; the start in a sentence of its own
        "randomly assigned to naltrexone 4.5 mg or placebo once daily for 12 weeks; "
        "treatment began at 1.5 mg and was increased weekly",
        "randomly assigned to naltrexone 4.5 mg or placebo once daily for 12 weeks. The dose "
        "was started at 1 mg and raised by 1 mg every week",
    ],
)
def test_a_start_raised_for_everyone_towards_the_arms_dose_is_a_step(schedule: str) -> None:
    f = facts(
        FIBRO,
        f"Methods: Ninety-eight women with fibromyalgia were {schedule}. HADS depression was "
        "a secondary outcome.\nResults: HADS-depression improved slightly more with LDN.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]


def test_a_start_raised_only_in_non_responders_stays_a_dose() -> None:
    f = facts(
        FIBRO,
        "Methods: Forty women with fibromyalgia received naltrexone 4.5 mg nightly; the dose "
        "was started at 1.5 mg and increased in non-responders. HADS depression was "
        "measured.\nResults: HADS-depression improved.",
        JOURNAL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]


# -- facts: antidepressants listed as treatment of the condition the people were selected for


@pytest.mark.parametrize(
    "comedication",
    [
        # preprints10 PPR8900005: a header giving the purpose, the drugs listed after it
        "Stable co-medication for fibromyalgia, including amitriptyline up to 25 mg at night "
        "and duloxetine 60 mg, was allowed and recorded.",
        # probes: "such as", "drugs for their fibromyalgia (...)"
        "Treatments for fibromyalgia such as duloxetine 60 mg or milnacipran were continued.",
        "Drugs for their fibromyalgia, e.g. duloxetine 60 mg daily, were kept stable.",
    ],
)
def test_antidepressants_listed_as_treatment_of_the_other_condition_are_not_counted(
    comedication: str,
) -> None:
    f = facts(
        "Low-dose naltrexone for fibromyalgia in women: a randomised controlled trial",
        "Methods: Ninety-eight women fulfilling the ACR criteria for fibromyalgia were "
        "randomly assigned to naltrexone 4.5 mg or placebo once daily for 12 weeks. "
        f"{comedication} Secondary outcomes included the HADS depression subscale.\n"
        "Results: HADS-depression improved slightly more with LDN.",
        RCT,
    )
    assert f.on_topic
    assert f.concomitant_classes == []


def test_antidepressants_for_the_condition_itself_still_count() -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depressive disorder",
        "Methods: Sixty adults with major depressive disorder were randomly assigned to "
        "naltrexone 4.5 mg or placebo. Stable antidepressant treatment for depression, "
        "including sertraline or escitalopram, was continued.\nResults: MADRS fell more "
        "with LDN.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
