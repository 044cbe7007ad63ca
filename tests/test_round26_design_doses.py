"""Round 26 (c26b): design and doses, from batch 15 (holdout78) once it was opened.

Each kind is tested in the words that showed it and in two or three paraphrases written
for it, so that the rule is not tuned to one wording."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, TRIAL, facts, gaps, judge_preprint, preprint

# -- a trial the conclusion says is now possible is the next study, not this one's design
# (holdout78 27100008: "Single-arm open-label study ... A randomised trial is feasible.")

SINGLE_ARM = "Flexible-dose low-dose naltrexone added to SSRIs in primary care: a pilot study"


@pytest.mark.parametrize(
    ("design", "conclusion"),
    [
        # the words that showed it
        ("Single-arm open-label study in 9 general practices.", "A randomised trial is feasible."),
        # probes: other words for the same kind (said without hedging: "appears feasible",
        # "would be practicable" were read as hedged already)
        (
            "An uncontrolled, open-label study in primary care.",
            "A placebo-controlled randomized study is now possible in general practice.",
        ),
        (
            "Non-randomised, single-group study in four clinics.",
            "With these retention rates, randomised controlled trials of LDN against placebo "
            "are clearly achievable.",
        ),
        (
            "Open-label single-arm pilot in community psychiatry.",
            "Recruitment was brisk, and a double-blind randomised trial is realistic.",
        ),
    ],
)
def test_a_randomised_trial_said_to_be_feasible_is_not_the_studys_design(
    design: str, conclusion: str
) -> None:
    abstract = (
        f"Design: {design}\n"
        "Methods: Adults with depression (PHQ-9 of 10 or more) despite an SSRI were offered "
        "LDN 1.5 mg to 4.5 mg at night for 12 weeks.\n"
        "Results: Forty-one patients were recruited and 33 completed 12 weeks.\n"
        f"Conclusion: Flexible LDN was acceptable. {conclusion}"
    )
    assert facts(SINGLE_ARM, abstract, (*JOURNAL, *TRIAL)).design == "nonrandomized_trial"


def test_a_trial_that_randomised_keeps_its_design_when_it_calls_a_larger_one_feasible() -> None:
    abstract = (
        "Methods: Forty adults with MDD were randomised to LDN 4.5 mg or placebo for 8 weeks.\n"
        "Results: HAM-D fell by 9.1 and 6.2 points.\n"
        "Conclusion: A larger randomised trial is feasible."
    )
    assert facts(SINGLE_ARM, abstract, JOURNAL).design == "rct"


# -- a dose tried and given up is no maintenance dose, in other words than round 23's
# (holdout78 27100017: "stopped LDN 1.5 mg after five nights because of nightmares ... an
# attempt to increase to 0.5 mg brought back the nightmares, and she has remained on 0.25 mg")

CASE_TITLE = "Very low-dose naltrexone in recurrent depression: a case report"


@pytest.mark.parametrize(
    ("case", "kept"),
    [
        # the words that showed it
        (
            "A 46-year-old woman with recurrent major depressive disorder, partially responsive "
            "to vortioxetine 20 mg, stopped LDN 1.5 mg after five nights because of nightmares "
            "and insomnia. A compounded suspension of 0.25 mg/mL was started at 1 mL (0.25 mg) "
            "each morning. Over 8 weeks her PHQ-9 fell from 19 to 8; an attempt to increase to "
            "0.5 mg brought back the nightmares, and she has remained on 0.25 mg for 10 months.",
            [0.25],
        ),
        # probes: the same kind said differently
        (
            "A 52-year-old man with treatment-resistant depression on sertraline could not "
            "tolerate naltrexone 3 mg because of vivid dreams. He was restarted on naltrexone "
            "1 mg nightly and his HAM-D fell from 24 to 11; an effort to titrate up to 2 mg "
            "caused insomnia, so he continues on 1 mg.",
            [1.0],
        ),
        (
            "A 38-year-old woman with major depression came off naltrexone 4.5 mg within a week "
            "owing to nausea. Naltrexone 1.5 mg at night was then started and her mood improved. "
            "The dose was raised to 3 mg in week 4, but agitation followed and it was reduced "
            "back to 1.5 mg, on which she has stayed well.",
            [1.5],
        ),
        (
            "A 60-year-old man with persistent depressive disorder discontinued LDN 4.5 mg on "
            "day three because of headache. Naltrexone 2 mg daily was tried next and was well "
            "tolerated; his PHQ-9 fell from 17 to 7 over two months.",
            [2.0],
        ),
    ],
)
def test_a_dose_tried_and_given_up_is_no_maintenance_dose(case: str, kept: list[float]) -> None:
    abstract = f"Case presentation: {case}\nConclusion: Lower doses may help intolerant patients."
    assert facts(CASE_TITLE, abstract, CASE).ldn_doses_mg == kept


@pytest.mark.parametrize(
    ("case", "kept"),
    [
        # a raise for non-response keeps both levels
        (
            "A 44-year-old woman with major depression took naltrexone 1.5 mg nightly; with no "
            "response after 4 weeks the dose was increased to 4.5 mg, and she remitted.",
            [1.5, 4.5],
        ),
        # another drug stopped before LDN began is no stop of LDN
        (
            "A 30-year-old man stopped escitalopram and started naltrexone 1.5 mg, increased "
            "to 4.5 mg after two weeks, and his depression remitted.",
            [4.5],
        ),
    ],
)
def test_a_dose_not_given_up_is_kept(case: str, kept: list[float]) -> None:
    abstract = f"Case presentation: {case}\nConclusion: LDN may help."
    assert facts(CASE_TITLE, abstract, CASE).ldn_doses_mg == kept


# -- weight-based low doses given as alternatives compare doses (per-kg doses are not
# converted to mg, CONTRACT.md, but two of them in arms are still two doses)
# (holdout78 27100036: "randomised to 0.05 mg/kg/day or 0.1 mg/kg/day of naltrexone oral
# solution"; title "a randomised comparison of 0.05 mg/kg and 0.1 mg/kg")

WEIGHT_TITLE = "Weight-based low-dose naltrexone in adolescents with major depressive disorder"


@pytest.mark.parametrize(
    "methods",
    [
        # the words that showed it (the first dose after "a stable SSRI": X's, not the SSRI's)
        "Forty adolescents aged 13-17 years with MDD (CDRS-R >= 45), on no antidepressant or "
        "on a stable SSRI, were randomised to 0.05 mg/kg/day or 0.1 mg/kg/day of naltrexone "
        "oral solution for 8 weeks.",
        # probes: micrograms per kg, the drug named first
        "Thirty-six adolescents with major depressive disorder were randomly assigned to "
        "low-dose naltrexone 40 mcg/kg or 80 mcg/kg nightly for 8 weeks.",
        # ... two weight-adjusted doses, each person taking both in random order
        "Twenty-four adolescents with major depression received two weight-adjusted doses of "
        "low-dose naltrexone, 0.03 and 0.07 mg/kg/day, for 4 weeks each in random order in "
        "a double-blind crossover.",
        # ... arms with their sizes
        "Forty-two adolescents with major depressive disorder were allocated to LDN 0.04 "
        "mg/kg (n = 21) or LDN 0.08 mg/kg (n = 21) once daily.",
    ],
)
def test_weight_based_low_doses_in_arms_compare_doses(methods: str) -> None:
    abstract = (
        f"Methods: {methods}\nResults: CDRS-R decreased by 13.1 and 15.7 points (p = 0.34).\n"
        "Conclusions: Both doses were tolerated."
    )
    f = facts(WEIGHT_TITLE, abstract, RCT)
    assert f.ldn_doses_mg == []
    assert f.compares_doses is True
    assert gaps(WEIGHT_TITLE, abstract, RCT).get("dose-finding") == "addressed"


@pytest.mark.parametrize(
    ("title", "methods", "types"),
    [
        # one weight-based dose against placebo
        (
            WEIGHT_TITLE,
            "Forty adolescents with MDD were randomised to naltrexone 0.05 mg/kg/day or "
            "placebo for 8 weeks.",
            RCT,
        ),
        # per-kg doses of standard naltrexone
        (
            "Naltrexone in adolescents with major depressive disorder",
            "Forty adolescents with MDD were randomised to naltrexone 0.5 mg/kg/day or 1 "
            "mg/kg/day for 8 weeks.",
            RCT,
        ),
        # per-kg doses in animals
        (
            "Low-dose naltrexone in a chronic stress model of depression in mice",
            "Male mice exposed to chronic mild stress were randomised to naltrexone 0.05 "
            "mg/kg or 0.1 mg/kg daily for 3 weeks.",
            JOURNAL,
        ),
        # a weight-based range moved within as tolerated
        (
            WEIGHT_TITLE,
            "Forty adolescents with MDD received naltrexone between 0.03 and 0.08 mg/kg/day, "
            "adjusted flexibly as tolerated.",
            TRIAL,
        ),
    ],
)
def test_weight_based_doses_that_are_not_low_arms_compare_nothing(
    title: str, methods: str, types: tuple[str, ...]
) -> None:
    abstract = f"Methods: {methods}\nResults: Scores fell.\nConclusions: Tolerated."
    assert facts(title, abstract, types).compares_doses is False


def test_a_return_to_the_step_before_as_a_rule_for_some_gives_up_no_dose() -> None:
    # (preprints10 PPR8900008, broken by the first version of the rule above: a protocol's
    # rule for those with adverse effects, "participants with intolerable adverse effects
    # returned to the previous step", is no history of one dose)
    f, _ = judge_preprint(preprint(ASCENDING, ASCENDING_ABSTRACT))
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0, 4.5]
    assert f.compares_doses is True


ASCENDING = (
    "An open-label ascending-dose study of low-dose naltrexone in persistent depressive disorder"
)
ASCENDING_ABSTRACT = (
    "Background: Persistent depressive disorder (PDD) responds poorly to monoaminergic antidepressants. Low-dose naltrexone (LDN) has been tested in depression at a single dose only, and the dose-response relationship is unknown.\n"
    "Methods: Adults meeting DSM-5 criteria for PDD with a MADRS score of 18 or more, either antidepressant-free or on a stable dose of bupropion for at least 8 weeks, entered a 16-week open-label ascending-dose study at two university clinics. Naltrexone was given once nightly at 0.5 mg, 1.5 mg, 3 mg and 4.5 mg in consecutive four-week steps; participants with intolerable adverse effects returned to the previous step. The primary outcome was MADRS change at each step, analysed with a mixed model including step as a fixed effect. Trial registration: NCT06277390.\n"
    "Results: Twenty-four participants were enrolled (17 women; mean age 41 years); 15 were antidepressant-free and 9 took bupropion XL. Twenty-one completed all four steps. MADRS decreased from 25.1 at baseline to 22.4 (0.5 mg), 18.9 (1.5 mg), 15.8 (3 mg) and 15.1 (4.5 mg); the improvement from 3 mg to 4.5 mg was not significant (p = 0.61), and two participants stepped back from 4.5 mg because of insomnia. Response (≥50% MADRS reduction) occurred in 7 of 24 (29%).\n"
    "Conclusions: In this uncontrolled study the antidepressant effect of naltrexone appeared to plateau at about 3 mg per day. A randomised dose-comparison trial is warranted."
)
