"""Round 29 (c29b): doses and classes said in ways batch 18 showed (holdout86, preprints22,
registry24), each with probes of the same kind in other words."""

from __future__ import annotations

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")
CHART = "Compounded low-dose naltrexone solution in major depression: a chart review"


# -- a liquid's regimen told as the study's "standard" one (holdout86 19100014): "standard"
# marks a reference dose ("below the standard 4.5 mg") only when it sits on the dose; a
# standard regimen/protocol that WAS a volume is what this study's people took


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "We reviewed patients prescribed LDN oral solution (1 mg/mL). The standard "
            "regimen was 4.5 mL at bedtime after a 2-week titration.",
            [4.5],
        ),
        (
            "Patients received naltrexone liquid compounded at 1 mg per mL; our standard "
            "protocol consisted of 3 mL nightly.",
            [3.0],
        ),
        (
            "Adults were given a naltrexone suspension (0.5 mg/mL). The clinic's standard "
            "maintenance volume was 9 mL each evening.",
            [4.5],
        ),
    ],
)
def test_a_liquids_standard_regimen_of_the_study_is_its_dose(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: Thirty-seven patients were included."
    assert facts(CHART, abstract, OBS).ldn_doses_mg == doses


def test_a_standard_dose_named_as_a_reference_is_still_not_the_studys() -> None:
    abstract = (
        "Methods: Patients were prescribed LDN oral solution (1 mg/mL) and took 2 mL "
        "nightly, below the standard 4.5 mL.\nResults: Thirty patients were included."
    )
    assert facts(CHART, abstract, OBS).ldn_doses_mg == [2.0]


# -- a purpose that includes the condition (holdout86 19100014): "duloxetine, taken for both
# pain and depression" is taken for depression; a purpose of pain (and sleep) alone is not


@pytest.mark.parametrize(
    ("comed", "classes"),
    [
        (
            "All patients continued duloxetine, which they had been taking for both pain "
            "and depression.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Patients kept taking venlafaxine, prescribed for pain and low mood.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "LDN was taken with duloxetine, prescribed for fibromyalgia pain as well as "
            "depressive symptoms.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "All remained on sertraline, taken for depression and neuropathic pain.",
            ["serotonergic"],
        ),
        ("Everyone continued amitriptyline 25 mg for neuropathic pain and sleep.", []),
        (
            "Amitriptyline 10 mg was given for pain, and her depression was treated with "
            "sertraline.",
            ["serotonergic"],
        ),
    ],
)
def test_a_purpose_that_includes_the_condition_counts(comed: str, classes: list[str]) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder took naltrexone 4.5 mg nightly. "
        f"{comed}\nResults: Thirty-seven patients were included."
    )
    assert sorted(facts(CHART, abstract, OBS).concomitant_classes) == classes


# -- history is not co-medication (holdout86 19100032): drugs named as finished trials or
# courses before the watched drug ("after adequate trials of", "following 8-week courses
# of") are the patient's history; only what the watched drug is added to counts

CASE_TITLE = "Low-dose naltrexone augmentation in treatment-resistant depression: a case report"


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        (
            "A 46-year-old woman with major depressive disorder remained anhedonic after "
            "adequate trials of sertraline, duloxetine and vortioxetine 20 mg daily, which "
            "she had taken for five months. Naltrexone 4.5 mg at night was added to "
            "vortioxetine.",
            ["serotonergic"],
        ),
        (
            "A 39-year-old woman with major depression remained depressed following 8-week "
            "courses of venlafaxine and nortriptyline. Naltrexone 3 mg nightly was added to "
            "bupropion 300 mg.",
            ["dopaminergic"],
        ),
        (
            "A 50-year-old man with major depression had failed escitalopram and "
            "venlafaxine; LDN was added to his current bupropion.",
            ["dopaminergic"],
        ),
        # one trial alone, with nothing else named as taken, is the drug LDN joins
        (
            "After a 6-week trial of sertraline 100 mg, low-dose naltrexone 4.5 mg was added "
            "in this 40-year-old woman with major depression.",
            ["serotonergic"],
        ),
    ],
)
def test_drugs_tried_before_the_study_are_history(text: str, classes: list[str]) -> None:
    abstract = f"{text} Her MADRS fell to 10."
    assert sorted(facts(CASE_TITLE, abstract, ("Case Reports",)).concomitant_classes) == classes


# -- a statistic about the people, in a parenthesis closed before the dose, is not the
# dose's (preprints22 PPR7700006: "Eighteen patients (13 women; mean age 41) received LDN
# 3 mg at night ... non-responders ... increased to 4.5 mg" lost 3 mg as a "mean" dose)

PILOT = "Open-label pilot of low dose naltrexone added to escitalopram in depression"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Eighteen patients (13 women; mean age 41) received LDN 3 mg at night for 8 "
            "weeks. Patients who had not improved by at least 25% at week 4 had their dose "
            "increased to 4.5 mg.",
            [3.0, 4.5],
        ),
        (
            "Twenty adults (11 men; median age 39) took LDN 2 mg each "
            "evening; those without a 30% MADRS reduction by week 3 moved up to 4 mg.",
            [2.0, 4.0],
        ),
        (
            "Thirty outpatients (average BMI 27) were given LDN 1.5 mg nightly for 8 weeks.",
            [1.5],
        ),
    ],
)
def test_a_statistic_about_the_people_is_not_the_doses(methods: str, doses: list[float]) -> None:
    abstract = (
        "Objective: To assess adding LDN to escitalopram in major depressive disorder.\n"
        f"Methods: {methods}\nResults: Sixteen completed; MADRS fell."
    )
    f = facts(PILOT, abstract, ("Clinical Trial",))
    assert f.ldn_doses_mg == doses and not f.compares_doses


def test_a_mean_dose_in_its_own_parenthesis_is_still_a_statistic() -> None:
    abstract = (
        "Methods: Forty adults with major depression took naltrexone 4.5 mg nightly (the "
        "mean dose actually taken was 3.8 mg) for 8 weeks.\nResults: MADRS fell."
    )
    assert facts(PILOT, abstract, ("Clinical Trial",)).ldn_doses_mg == [4.5]


# -- a class word that picks drugs out keeps their other classes (preprints22 PPR7700007:
# "a stable serotonergic antidepressant (an SSRI, an SNRI or vortioxetine)" lost the SNRI's
# noradrenergic class); a class the drugs lack still replaces theirs (the 2017 pilot)

ESC = "Escalating doses of low-dose naltrexone as add-on in major depression"


@pytest.mark.parametrize(
    ("methods", "classes"),
    [
        (
            "Adults with major depressive disorder on a stable serotonergic antidepressant "
            "(an SSRI, an SNRI or vortioxetine) received naltrexone 0.5, 1, 2 or 4 mg daily "
            "in successive cohorts.\nResults: Fourteen took an SSRI, eight an SNRI and two "
            "vortioxetine.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Adults with major depressive disorder taking a serotonergic antidepressant "
            "(SSRIs, SNRIs, or vortioxetine) received naltrexone 2 mg daily.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Adults with major depressive disorder continued their serotonergic "
            "antidepressant, i.e. an SSRI or an SNRI, and received naltrexone 2 mg daily.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Adults with major depressive disorder on dopaminergic antidepressant regimens "
            "(stimulants, bupropion or sertraline >= 150 mg/day) received naltrexone 1 mg "
            "twice daily.",
            ["dopaminergic"],
        ),
    ],
)
def test_a_class_word_picking_drugs_out_keeps_their_classes(
    methods: str, classes: list[str]
) -> None:
    abstract = f"Methods: {methods}\nResults: Twenty-four were enrolled."
    assert sorted(facts(ESC, abstract, ("Clinical Trial",)).concomitant_classes) == classes


# -- a week-by-week schedule written as a list (registry24 NCT07500020: arm "Naltrexone
# 1 mg/d week 1, 3 mg/d week 2, 4.5 mg/d weeks 3-16" gave [1, 3, 4.5]): the first step's
# spell may be bare or in brackets; a fixed titration lists its target (CONTRACT.md)

RCT_TITLE = "Low-dose naltrexone for depressive symptoms: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    ("schedule", "doses", "compared"),
    [
        ("Naltrexone 1 mg/d week 1, 3 mg/d week 2, 4.5 mg/d weeks 3-16.", [4.5], False),
        (
            "Naltrexone was given at 1.5 mg (days 1-7), 3 mg (days 8-14) and 4.5 mg (days 15-84).",
            [4.5],
            False,
        ),
        ("LDN (experimental): 0.5 mg/day week 1; 1.5 mg/day weeks 2-12.", [1.5], False),
        # real multi-dose arms and an escalation keep every level
        (
            "Participants were randomised to naltrexone 1 mg/d, 3 mg/d or 4.5 mg/d for 12 weeks.",
            [1.0, 3.0, 4.5],
            True,
        ),
        (
            "In a dose-escalation design, successive cohorts received naltrexone 1 mg/d "
            "(weeks 1-4), 3 mg/d (weeks 5-8) and 4.5 mg/d (weeks 9-12), dose-limiting "
            "toxicity assessed at each level.",
            [1.0, 3.0, 4.5],
            True,
        ),
    ],
)
def test_a_week_by_week_schedule_lists_its_target(
    schedule: str, doses: list[float], compared: bool
) -> None:
    abstract = (
        "Methods: 120 adults with major depressive disorder were randomised to LDN or "
        f"placebo. {schedule}\nResults: MADRS fell."
    )
    f = facts(RCT_TITLE, abstract, ("Randomized Controlled Trial",))
    assert (f.ldn_doses_mg, f.compares_doses) == (doses, compared)


# -- a planned cohort of two groups, the first count's noun left to the second (holdout85
# 20100003: "We aim to enrol 400 exposed and 400 unexposed women" gave 400): both groups
# are the study's people (round 25: matched cohorts count both)

REGISTRY = (
    "Low-dose naltrexone exposure in pregnancy and maternal mood: protocol for a prospective "
    "pregnancy registry"
)


@pytest.mark.parametrize(
    ("plan", "n"),
    [
        ("We aim to enrol 400 exposed and 400 unexposed women.", 800),
        ("We plan to recruit 250 exposed and 500 unexposed participants.", 750),
        ("The registry will follow 150 LDN-treated and 300 untreated pregnant women.", 450),
        # the first count with its own noun is summed as before
        ("We will enrol 120 LDN users and 240 controls.", 360),
    ],
)
def test_an_elided_noun_counts_both_groups_of_a_cohort(plan: str, n: int) -> None:
    abstract = (
        "Methods and analysis: This prospective observational cohort registry recruits "
        f"pregnant women who take LDN, with a comparison cohort not exposed to it. {plan} "
        "Participants complete the Edinburgh Postnatal Depression Scale each trimester; "
        "perinatal depressive symptoms are a primary outcome."
    )
    assert facts(REGISTRY, abstract).n == n


# -- drops counted after the content of one drop, with no verb ("1 mg per drop, 3 drops at
# night"): the day's dose is the drops taken together, not one drop's 1 mg (the probes of
# target 1, a liquid's units turned into mg where the record states mg per unit)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        ("took low-dose naltrexone drops, 1 mg per drop, 3 drops at night.", [3.0]),
        ("took naltrexone drops (0.5 mg/drop), 9 drops nightly.", [4.5]),
        # no mg per drop: no dose
        ("took naltrexone drops, 3 drops at night.", []),
    ],
)
def test_drops_counted_after_their_content_make_the_days_dose(
    methods: str, doses: list[float]
) -> None:
    abstract = (
        f"Methods: Adults with major depression {methods}\nResults: Thirty patients were included."
    )
    assert facts(CHART, abstract, OBS).ldn_doses_mg == doses


@pytest.mark.parametrize(
    "methods",
    [
        "Outpatients with major depressive disorder on regimens we classified a priori as "
        "predominantly serotonergic (an SSRI, vortioxetine, or clomipramine at 100 mg/day or "
        "more) were randomised to naltrexone 1 mg twice a day or placebo.",
        "Adults with major depressive disorder and insufficient response to a serotonergic "
        "antidepressant regimen (an SSRI, an SNRI or vortioxetine) will be randomised to LDN "
        "2 mg, LDN 4.5 mg or placebo.",
    ],
)
def test_a_class_given_to_the_regimens_still_wins(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Forty-four completed."
    assert facts(ESC, abstract, ("Clinical Trial",)).concomitant_classes == ["serotonergic"]
