"""Round 38 (c38c): LDN doses read from titration and history, from holdout115-119 and
preprints32 once they were opened. Each kind is said here in several wordings, not only
the record's."""

from __future__ import annotations

import pytest
from written import CASE, RCT, TRIAL, facts

CASE_TITLE = "Low-dose naltrexone added to sertraline in persistent depression: a case report"
HISTORY = "Case presentation: A woman with major depressive disorder took sertraline 150 mg/day. "
AFTER = "\nResults: At 8 weeks her depression score had fallen by half."


# -- the product named as what was given, then its start raised: the target (holdout116)


@pytest.mark.parametrize(
    ("given", "target"),
    [
        # the record's wording: the capsules added, "starting at" the lower dose, titrating
        (
            "After discussion, naltrexone 4.5 mg compounded capsules were added at bedtime, "
            "starting at 1.5 mg and titrating over three weeks.",
            4.5,
        ),
        # probes: another strength, "beginning at", "titrated up"
        (
            "Compounded LDN 3 mg capsules were prescribed nightly, beginning at 1 mg and "
            "titrated up over ten days.",
            3.0,
        ),
        # the start in a clause of its own, "initiated at ... increased gradually"
        (
            "She was prescribed naltrexone 4.5 mg tablets; treatment was initiated at 0.5 mg "
            "and increased gradually over a month.",
            4.5,
        ),
        # "supplied as" the capsules, "a starting dose of" raised by steps
        (
            "Low-dose naltrexone was supplied as 4.5 mg capsules, with a starting dose of "
            "1.5 mg raised by 1.5 mg each week.",
            4.5,
        ),
    ],
)
def test_a_product_given_whose_start_is_raised_is_the_titration_target(
    given: str, target: float
) -> None:
    assert facts(CASE_TITLE, HISTORY + given + AFTER, CASE).ldn_doses_mg == [target]


def test_a_strength_beside_a_written_target_stays_how_the_dose_was_made_up() -> None:
    given = (
        "Naltrexone was compounded into 0.5 mg capsules, started at 0.5 mg and increased to 2 mg."
    )
    assert facts(CASE_TITLE, HISTORY + given + AFTER, CASE).ldn_doses_mg == [2.0]


# -- flexible dosing listed by its ends: a start raised as tolerated to one of several
# levels (holdout119 13200029), a dose "adjustable within" a range (holdout118 13000033);
# the levels in between, and a results distribution of final doses, add no dose

OPEN_TITLE = "Low-dose naltrexone added to antidepressants in major depression: an open-label trial"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the record's wording
        (
            "Adolescents with MDD on fluoxetine 20-40 mg received LDN starting at 1.5 mg and "
            "increased to 3 mg or 4.5 mg as tolerated over 12 weeks.",
            [1.5, 4.5],
        ),
        # probes: "began at ... raised to" three levels "according to tolerability"
        (
            "Adults with MDD taking sertraline began naltrexone at 1 mg nightly, which was "
            "raised to 2 mg, 3 mg or 4 mg according to tolerability.",
            [1.0, 4.0],
        ),
        # the start in its own clause, the raise "depending on tolerability"
        (
            "Adults with MDD taking sertraline were started on LDN 0.5 mg; depending on "
            "tolerability the dose was then titrated to 1.5, 3 or 4.5 mg.",
            [0.5, 4.5],
        ),
        # "an initial dose of", "uptitrated ... if tolerated"
        (
            "Adults with MDD taking sertraline received naltrexone at an initial dose of "
            "1.5 mg, uptitrated to 3 or 4.5 mg if tolerated.",
            [1.5, 4.5],
        ),
        # the record's wording: a start inside a range the dose is "adjustable within",
        # then the share of people on each final dose
        (
            "Completers of the 8-week double-blind trial entered a 40-week open-label "
            "extension in which all received LDN, starting at 3 mg/day and adjustable within "
            "1.5-4.5 mg/day; SSRIs were continued.\nResults: At week 40, 58% were on 4.5 mg, "
            "31% on 3 mg and 11% on 1.5 mg.",
            [1.5, 4.5],
        ),
        # probes: "could be varied between", and "individually adjusted within a window"
        (
            "Adults with MDD on an SSRI continued on naltrexone 2 mg/day, which could be "
            "varied between 1 and 4 mg/day by the investigator.\nResults: At the end, 40% "
            "took 4 mg, 35% took 2 mg and 25% took 1 mg.",
            [1.0, 4.0],
        ),
        (
            "Adults with MDD on an SSRI received LDN 3 mg nightly at first, the dose then "
            "being individually adjusted within a 1.5 to 4.5 mg window.",
            [1.5, 4.5],
        ),
    ],
)
def test_flexible_dosing_is_listed_by_its_ends(methods: str, doses: list[float]) -> None:
    abstract = f"Methods: {methods}\nConclusions: LDN was tolerated."
    assert facts(OPEN_TITLE, abstract, TRIAL).ldn_doses_mg == doses


def test_a_fixed_raise_to_one_level_keeps_its_target() -> None:
    methods = (
        "Methods: Adults with MDD taking sertraline received naltrexone starting at 1.5 mg, "
        "increased to 4.5 mg after one week.\nResults: MADRS fell."
    )
    assert facts(OPEN_TITLE, methods, TRIAL).ldn_doses_mg == [4.5]


# -- a dose the person had harm on, named before the dose given instead, is history
# (holdout118 13000013)

MAOI_TITLE = (
    "Very-low-dose naltrexone added to an MAOI in treatment-resistant depression: a case report"
)
MAOI = "A 58-year-old woman with recurrent major depression was still anhedonic on phenelzine 60 mg/day. "


@pytest.mark.parametrize(
    ("history", "kept"),
    [
        # the record's wording: the harm in a "because" clause, capsules made up instead
        (
            "Because she had developed severe insomnia and nightmares on naltrexone 1.5 mg, a "
            "compounding pharmacy prepared capsules of 250 micrograms, taken each morning.",
            0.25,
        ),
        # probes: "after experiencing ... on", capsules of another size
        (
            "After experiencing headaches and agitation on LDN 3 mg, he was given 0.75 mg "
            "capsules made up by a pharmacist, one each evening.",
            0.75,
        ),
        # "since she complained of ... with", the dose lowered
        (
            "Since she complained of nausea and dizziness with LDN 4.5 mg, the dose was "
            "lowered to 0.5 mg daily.",
            0.5,
        ),
    ],
)
def test_a_dose_left_for_its_harm_is_history_not_the_regimen(history: str, kept: float) -> None:
    abstract = MAOI + history + " Over eight weeks her PHQ-9 fell from 17 to 8."
    assert facts(MAOI_TITLE, abstract, CASE).ldn_doses_mg == [kept]


def test_harms_compared_between_arms_leave_the_arms() -> None:
    abstract = (
        "Methods: Ninety adults with MDD were randomised to naltrexone 1.5 mg or 4.5 mg nightly."
        "\nResults: After 8 weeks, participants had more insomnia at 4.5 mg than at 1.5 mg; "
        "because of nightmares at 4.5 mg, 3 stopped."
    )
    title = "Low-dose naltrexone at two doses in major depression: a randomised trial"
    assert facts(title, abstract, RCT).ldn_doses_mg == [1.5, 4.5]


# -- a derived report's parent arms told in the background sentence right before its own
# act ("Here we examine ...") are its doses (holdout115 12700029)


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # the record's wording
        (
            "Dose-response of low-dose naltrexone on anhedonia: a post hoc analysis of a "
            "randomized dose-ranging trial in major depression",
            "Background: In a randomized double-blind trial, adults with major depressive "
            "disorder and partial response to their antidepressant were assigned to naltrexone "
            "1 mg, 2.5 mg or 4.5 mg daily for 8 weeks (N = 87). Here we examine dose-response "
            "relationships for anhedonia.\nMethods: The post hoc sample comprised the 84 "
            "participants with a post-baseline assessment.\nResults: SHAPS improved with dose.",
            [1.0, 2.5, 4.5],
        ),
        # probes: "In this secondary analysis, we", the trial as the subject
        (
            "Sleep outcomes of low-dose naltrexone in major depression: a secondary analysis "
            "of a randomised trial",
            "Background: A placebo-controlled trial randomised 120 adults with major depressive "
            "disorder to LDN 1 mg or 4 mg nightly added to their SSRI. In this secondary "
            "analysis, we examined sleep outcomes.\nMethods: Sleep was rated weekly.\n"
            "Results: Sleep improved in both groups.",
            [1.0, 4.0],
        ),
        # "This exploratory analysis examines", the people as the subject
        (
            "Anhedonia and low-dose naltrexone: an exploratory analysis of a randomized trial",
            "Background: Eighty adults with MDD took part in a double-blind trial of "
            "naltrexone 1.5 mg versus 4.5 mg daily. This exploratory analysis examines "
            "anhedonia.\nResults: SHAPS fell more at 4.5 mg.",
            [1.5, 4.5],
        ),
        # not a trial set up before the report's act: another study's dose stays out
        (
            "Low-dose naltrexone and mood: a secondary analysis",
            "Background: An earlier study by others used naltrexone 4.5 mg. We now report "
            "mood outcomes from our open-label cohort.\nResults: Mood improved.",
            [],
        ),
    ],
)
def test_the_trial_set_up_before_a_derived_reports_act_gives_its_arms(
    title: str, abstract: str, doses: list[float]
) -> None:
    assert facts(title, abstract).ldn_doses_mg == doses


# -- a drug named as one the person had no response to is history, not taken with LDN,
# where the drugs taken are named (holdout117 12900025)


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        # the record's wording: "without response to" a list of drugs
        (
            "We report a 54-year-old man with recurrent depressive disorder, current severe "
            "episode, without response to escitalopram 20 mg, venlafaxine 225 mg and an "
            "augmentation with lithium. On a combination of escitalopram 20 mg and bupropion "
            "300 mg, naltrexone 1 mg twice daily was added. After six weeks the MADRS score "
            "had decreased from 34 to 15.",
            ["serotonergic", "dopaminergic"],
        ),
        # probes: "had shown no response to", "had no improvement on"
        (
            "A 40-year-old woman with major depression had shown no response to duloxetine "
            "120 mg or nortriptyline 100 mg. While taking bupropion 300 mg, she was started on "
            "LDN 4.5 mg at night. Her PHQ-9 fell from 20 to 9.",
            ["dopaminergic"],
        ),
        (
            "A 35-year-old man with major depressive disorder had no improvement on "
            "venlafaxine or mirtazapine. He was taking bupropion 450 mg daily when naltrexone "
            "1.5 mg nightly was added. His MADRS fell from 30 to 12.",
            ["dopaminergic"],
        ),
        # a partial response is often to the drug still taken: it stays
        (
            "A 50-year-old woman with major depression had a partial response to sertraline "
            "150 mg and continued it; naltrexone 4.5 mg nightly was added alongside her "
            "bupropion 150 mg. She improved.",
            ["serotonergic", "dopaminergic"],
        ),
    ],
)
def test_a_drug_with_no_response_is_history_not_co_medication(
    abstract: str, classes: list[str]
) -> None:
    got = facts(
        "Low-dose naltrexone augmentation in resistant depression: a case report", abstract, CASE
    )
    assert sorted(got.concomitant_classes) == sorted(classes)


# -- a level lowered to for some after a fixed titration: the target and the lowered
# level are kept, the start stays a step (preprints32 PPR6700024)

SERIES_TITLE = "Low-dose naltrexone augmentation of MAOIs in resistant depression: a case series"
SERIES = (
    "We describe three patients with treatment-resistant major depressive disorder who "
    "remained depressed on phenelzine and were given low-dose naltrexone as an add-on. "
)


@pytest.mark.parametrize(
    ("schedule", "doses"),
    [
        # the record's wording
        (
            "LDN was started at 1.5 mg at night and increased to 4.5 mg; in one patient the "
            "dose was reduced to 3 mg because of insomnia.",
            [3.0, 4.5],
        ),
        # probes: "for one patient ... it was cut to"; "though two patients were later
        # reduced to"
        (
            "Naltrexone was started at 0.5 mg nightly and titrated to 3 mg; for one patient "
            "with headaches it was cut to 1.5 mg.",
            [1.5, 3.0],
        ),
        (
            "LDN was begun at 1 mg and raised to 4.5 mg over three weeks, though two patients "
            "were later reduced to 3 mg owing to sleep disturbance.",
            [3.0, 4.5],
        ),
        # a raise for some keeps its start all the same
        (
            "LDN was started at 1.5 mg and increased to 4.5 mg in non-responders; one "
            "patient's dose was then lowered to 3 mg.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_a_level_lowered_for_some_after_a_titration_leaves_the_start_a_step(
    schedule: str, doses: list[float]
) -> None:
    abstract = SERIES + schedule + " Over 8-12 weeks, MADRS scores improved."
    assert facts(SERIES_TITLE, abstract, CASE).ldn_doses_mg == doses


# -- a dose the record says was stated wrongly is no dose (preprints32 PPR6700021)

LANTERN = "Low-dose naltrexone augmentation of SSRIs in resistant depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the record's wording: a later version correcting the first
        (
            "58 adults with major depressive disorder taking vortioxetine or an SSRI were "
            "randomised to naltrexone 3 mg once daily or placebo (29 per group). In version 1 "
            "of this preprint the naltrexone dose was incorrectly given as 4.5 mg; all "
            "participants received 3 mg.",
            [3.0],
        ),
        # probes: "not X as previously stated"; "mistakenly listed as"
        (
            "60 adults with major depressive disorder on an SSRI were randomised to naltrexone "
            "or placebo. Participants received naltrexone 1.5 mg nightly, not 3 mg as "
            "previously stated.",
            [1.5],
        ),
        (
            "60 adults with major depressive disorder on an SSRI were randomised to naltrexone "
            "4.5 mg or placebo. The naltrexone dose was mistakenly listed as 6 mg in the "
            "original submission.",
            [4.5],
        ),
    ],
)
def test_a_dose_said_to_be_stated_wrongly_is_no_dose(methods: str, doses: list[float]) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN."
    got = facts(LANTERN, abstract, RCT)
    assert got.ldn_doses_mg == doses
    assert not got.compares_doses
