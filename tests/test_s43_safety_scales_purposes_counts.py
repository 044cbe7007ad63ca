"""Six kinds met in blind set holdout400 (the people's other medicines). Session 43, lead.

- A suicidality scale "administered at each visit for safety" was read as a mood outcome,
  which made a back-pain trial with depression excluded an on-topic record (45200023).
- "No participant took more than one antidepressant" was read as "nobody took an
  antidepressant", dropping the SSRIs, SNRIs and bupropion counted just before (45200025).
- An extension "of a randomised trial of X monotherapy" was read as monotherapy itself:
  the SSRIs and SNRIs its people restarted alongside X were lost (45200039).
- Trazodone "150-300 mg daily as their antidepressant" was read as taken for sleep, from a
  sentence about other patients "in whom trazodone is used only for sleep" (45200034).
- Dopamine agonists listed as "antiparkinsonian treatment (...)" were counted as
  dopaminergic antidepressants (45200031).
- A methods sentence opening "Post-hoc analysis of the 88 completers" did not make the
  record a derived report, and its n was lost (45200015).

And one from blind set registry95: a unit taken by a route once daily ("4.5 mg capsule
orally once daily") was read as a capsule's strength, leaving a titration's first step as
the only dose (NCT00110001).
"""

from __future__ import annotations

import pytest
from written import CASE, RCT, TRIAL, facts

PAIN_TITLE = "Low-dose naltrexone added to duloxetine for chronic neck pain: a randomized trial"
PAIN = (
    "Adults with chronic neck pain taking duloxetine 60 mg daily for pain were randomized to "
    "naltrexone 4.5 mg or placebo nightly for 10 weeks. Participants with current major "
    "depression were excluded. {scale} One hundred and twenty participants were randomized."
)


# ------------------------------------------------------ a scale kept for safety
@pytest.mark.parametrize(
    "scale",
    [
        "The Columbia Suicide Severity Rating Scale was administered at each visit for safety.",
        "The C-SSRS suicidality items were completed at every visit as a safety measure.",
        "Suicidal ideation was monitored at each visit for safety purposes.",
    ],
)
def test_a_scale_given_for_safety_is_no_mood_outcome(scale: str) -> None:
    f = facts(PAIN_TITLE, PAIN.format(scale=scale), RCT)
    assert f.on_topic is False
    assert f.off_topic_reason == "no depression or mood outcome"


@pytest.mark.parametrize(
    "scale",
    [
        # the same scale read for efficacy as well, or a mood scale beside a safety one
        "The Columbia Suicide Severity Rating Scale was administered for safety and efficacy.",
        "The MADRS was rated for efficacy and the C-SSRS for safety.",
        "Depressive symptoms (PHQ-9) were a secondary outcome; vital signs were checked for safety.",
    ],
)
def test_a_mood_scale_read_as_an_outcome_stays_one(scale: str) -> None:
    assert facts(PAIN_TITLE, PAIN.format(scale=scale), RCT).on_topic is True


# ------------------------------------------------------ "no one took more than one"
ADD_ON_TITLE = (
    "Low-dose naltrexone added to antidepressants in major depression: a randomised trial"
)
ADD_ON = (
    "Methods: Adults with major depressive disorder on a stable antidepressant were randomised "
    "to naltrexone 2 mg or placebo daily for 8 weeks; antidepressant doses were unchanged. "
    "At entry, 31 participants took an SSRI, 12 an SNRI and 9 bupropion; {tail}. "
    "Results: Fifty-two participants were randomised."
)


@pytest.mark.parametrize(
    "tail",
    [
        "no participant took more than one antidepressant",
        "none of the patients took two antidepressants",
        "no patient received more than one SSRI",
    ],
)
def test_nobody_taking_more_than_one_is_a_count_not_an_absence(tail: str) -> None:
    f = facts(ADD_ON_TITLE, ADD_ON.format(tail=tail), RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic", "dopaminergic"]


def test_nobody_taking_any_antidepressant_is_still_an_absence() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 2 mg or "
        "placebo daily for 8 weeks; no participant took an antidepressant during the trial. "
        "Results: Fifty-two participants were randomised.",
        RCT,
    )
    assert f.concomitant_classes == []


# ------------------------------------------------------ an extension of a monotherapy trial
EXT_TITLE = (
    "Open-label extension of a randomised trial of low-dose naltrexone monotherapy in major "
    "depression: one-year outcomes"
)
EXT = (
    "Background: A randomised trial found naltrexone 4.5 mg better than placebo in adults off "
    "antidepressants. We report its open-label extension.\n"
    "Methods: Completers could continue naltrexone 4.5 mg daily for 48 weeks. {middle}\n"
    "Results: Fifty-eight participants entered the extension. {result}"
)


def test_what_an_extension_let_people_restart_alongside_counts() -> None:
    f = facts(
        EXT_TITLE,
        EXT.format(
            middle="Clinicians could restart a previous SSRI or SNRI, with naltrexone continued.",
            result="Fifteen restarted an antidepressant (citalopram 9, duloxetine 6) while "
            "continuing naltrexone; the others took naltrexone alone.",
        ),
        TRIAL,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_an_extension_that_names_no_drug_alongside_takes_none() -> None:
    f = facts(
        EXT_TITLE,
        EXT.format(middle="Visits were every 8 weeks.", result="Scores stayed stable."),
        TRIAL,
    )
    assert f.concomitant_classes == []


def test_a_monotherapy_trial_itself_takes_none() -> None:
    f = facts(
        "Low-dose naltrexone monotherapy for major depression: a randomised trial",
        "Methods: Adults off antidepressants were randomised to naltrexone 4.5 mg or placebo. "
        "Most had taken sertraline in the past. Results: Eighty were randomised.",
        RCT,
    )
    assert f.concomitant_classes == []


# ------------------------------------------------------ a drug taken as the antidepressant
TRAZ_TITLE = "Low-dose naltrexone with trazodone in depression and insomnia: a case series"


@pytest.mark.parametrize(
    "taken",
    [
        "who took trazodone 200 mg daily as their antidepressant",
        "treated with trazodone at antidepressant doses",
        "on antidepressant-dose trazodone",
    ],
)
def test_a_drug_said_to_be_the_antidepressant_counts_whatever_else_it_is_used_for(
    taken: str,
) -> None:
    f = facts(
        TRAZ_TITLE,
        f"Methods: We describe eight outpatients with major depression {taken}, to whom "
        "naltrexone 3 mg at night was added. Results: Depression scores fell. Conclusions: "
        "They differ from patients in whom trazodone is used only for sleep.",
        CASE,
    )
    assert f.concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(
    "taken",
    [
        "who took trazodone 50 mg at bedtime for sleep rather than as an antidepressant",
        "who took trazodone 50 mg at night for insomnia",
    ],
)
def test_a_drug_taken_for_sleep_still_does_not(taken: str) -> None:
    f = facts(
        TRAZ_TITLE,
        f"Methods: We describe eight outpatients with major depression {taken}, to whom "
        "naltrexone 3 mg at night was added. Results: Depression scores fell.",
        CASE,
    )
    assert f.concomitant_classes == []


# ------------------------------------------------------ antiparkinsonian treatment
def test_drugs_listed_as_antiparkinsonian_treatment_are_taken_for_movement() -> None:
    f = facts(
        "Low-dose naltrexone for depression in Parkinson's disease: an open-label study",
        "Methods: Patients with Parkinson's disease and major depression received naltrexone "
        "4.5 mg nightly for 12 weeks. Antiparkinsonian treatment (levodopa, pramipexole, "
        "rotigotine) was kept stable, and antidepressants already taken (escitalopram, n = 5) "
        "were continued. Results: Sixteen patients enrolled.",
        TRIAL,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_a_dopamine_agonist_given_for_depression_still_counts() -> None:
    f = facts(
        "Low-dose naltrexone added to pramipexole in bipolar depression: an open-label study",
        "Methods: Patients with bipolar depression taking pramipexole as augmentation for "
        "depression received naltrexone 4.5 mg nightly for 12 weeks. Results: Sixteen "
        "patients enrolled.",
        TRIAL,
    )
    assert f.concomitant_classes == ["dopaminergic"]


# ------------------------------------------------------ a post hoc analysis of its completers
SUB_TITLE = "SSRI and SNRI subgroups in a randomised trial of low-dose naltrexone for depression"
SUB = (
    "Background: A randomised trial found naltrexone 4.5 mg added to an antidepressant better "
    "than placebo.\n"
    "Objective: To compare the effect between SSRI and SNRI users.\n"
    "Methods: {first} Interactions were tested with linear models.\n"
    "Results: The effect did not differ by class."
)


@pytest.mark.parametrize(
    "first",
    [
        "Post-hoc analysis of the 93 completers, 70 taking an SSRI and 23 an SNRI.",
        "Secondary analysis of all 93 participants, 70 taking an SSRI and 23 an SNRI.",
    ],
)
def test_a_methods_sentence_opening_with_the_analysis_names_its_sample(first: str) -> None:
    f = facts(SUB_TITLE, SUB.format(first=first), RCT)
    assert f.n == 93


def test_completers_counted_in_a_trial_are_not_its_sample() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "Methods: Adults with major depression taking an SSRI were randomised to naltrexone "
        "4.5 mg or placebo. Results: One hundred and ten were randomised; among the 93 "
        "completers, scores fell more with naltrexone.",
        RCT,
    )
    assert f.n == 110


# ------------------------------------------------------ one unit, its route, its frequency
# (blind set registry95, NCT00110001: "Naltrexone 4.5 mg capsule orally once daily ...
# (titrated from 1.5 mg over the first week)" read the 4.5 mg as the capsule's strength and
# kept only the titration's first step, [1.5])
TITRATED = "Low-dose naltrexone added to an SSRI for depression: a randomized trial"


@pytest.mark.parametrize("route", ["orally", "by mouth", "sublingually"])
def test_a_unit_taken_by_a_route_once_daily_is_the_dose(route: str) -> None:
    f = facts(
        TITRATED,
        f"Methods: 96 adults with major depression taking an SSRI were randomized to "
        f"naltrexone 4.5 mg capsule {route} once daily for 8 weeks (titrated from 1.5 mg over "
        "the first week) or placebo.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]


def test_a_strength_with_no_frequency_is_still_no_dose() -> None:
    f = facts(
        TITRATED,
        "Methods: 96 adults with major depression taking an SSRI were randomized to "
        "naltrexone 3 mg daily or placebo for 8 weeks; the pharmacy compounded 1 mg capsules "
        "orally disintegrating in the mouth.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0]
