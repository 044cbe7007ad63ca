"""Round 22 (c22b): doses as written, what a record is, withdrawn preprints; from
holdout66-67, registry15 and preprints13 once they were opened. Each case is written in
words of its own as well as in those of the record that showed it."""

from __future__ import annotations

from typing import Any

import pytest
from written import JOURNAL, RCT, facts, gaps

TRIAL_TITLE = "Low-dose naltrexone in major depressive disorder: a randomised trial"


# -- a non-response that got people enrolled is not a raise for some (holdout67 38100025:
# "adults with ... an inadequate response (MADRS >= 20) to at least 6 weeks of an SSRI or
# SNRI were randomly assigned to naltrexone titrated from 1.5 mg to 4.5 mg" read the
# fixed titration as a raise for non-responders and kept its first step)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Adults with an inadequate response (MADRS >= 20) to at least 6 weeks of an SSRI or "
            "SNRI were randomly assigned (1:1) to naltrexone titrated from 1.5 mg to 4.5 mg at "
            "night, or placebo, for 12 weeks.",
            [4.5],
        ),
        (
            "Patients who had not responded to two antidepressant trials were randomised to "
            "naltrexone, up-titrated from 1 mg to 4.5 mg over 2 weeks, or to placebo.",
            [4.5],
        ),
        (
            "Women with partial response to escitalopram received add-on naltrexone, started at "
            "1 mg and raised to 4.5 mg by day 10.",
            [4.5],
        ),
        # a raise for those not responding to the watched drug itself keeps both levels
        (
            "Participants received naltrexone 1.5 mg nightly; those who did not respond to "
            "naltrexone by week 4 were increased to 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Adults with MDD received naltrexone titrated from 1.5 to 4.5 mg in those with an "
            "inadequate response to the lower dose.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_non_response_to_an_earlier_treatment_is_not_a_raise_for_some(
    methods: str, doses: list[float]
) -> None:
    assert facts(TRIAL_TITLE, f"Methods: {methods}", RCT).ldn_doses_mg == doses


# -- a flexible maintenance range after a start is the doses; the start is not (holdout67
# 38100032: "LDN was started at 0.5 to 1.5 mg nightly and titrated at the clinician's
# discretion; maintenance doses ranged from 1.5 to 4.5 mg/day" read the start range as a
# ramp to 1.5 mg and the maintenance range's "from" as a start)

CHART = "Low-dose naltrexone for depression: a retrospective chart review"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "We reviewed the records of 214 adults with depression prescribed LDN. LDN was "
            "started at 0.5 to 1.5 mg nightly and titrated at the clinician's discretion; "
            "maintenance doses ranged from 1.5 to 4.5 mg/day.",
            [1.5, 4.5],
        ),
        (
            "We reviewed charts of 80 adults with major depression given low-dose naltrexone. "
            "Starting doses were 0.5-1 mg; patients were maintained on 3 to 4.5 mg daily.",
            [3.0, 4.5],
        ),
        (
            "Eighty outpatients with depression received low-dose naltrexone, begun at 1 mg at "
            "bedtime and then adjusted within 1.5-4.5 mg according to response.",
            [1.5, 4.5],
        ),
        # a fixed titration from a start keeps only its target; a range of doses taken
        # with nothing after it keeps both ends
        (
            "We reviewed records of 60 depressed patients. LDN was started at 1.5 mg and "
            "titrated to 4.5 mg over two weeks.",
            [4.5],
        ),
        (
            "We reviewed records of 60 depressed patients. LDN was started at doses of 1.5 to "
            "4.5 mg daily.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_maintenance_range_after_a_start_is_the_doses(methods: str, doses: list[float]) -> None:
    assert facts(CHART, f"Methods: {methods}", JOURNAL).ldn_doses_mg == doses


# -- a registration that names itself a dose escalation lists every step of its one arm
# (registry15 NCT08400006: title "Dose-Finding Study ...", arm "Naltrexone 1.5 mg/day
# (weeks 1-3), then 3 mg/day (weeks 4-6), then 4.5 mg/day (weeks 7-9)", outcome "MADRS at
# each dose level" gave [4.5]: the arms were read without the title and summary that
# frame them); a titration registered as such keeps its target only


def _single_group(title: str, arm: str | list[str], outcome: str, summary: str = "") -> Any:
    from written import LEX, RULES, drug, registration

    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    study = registration(
        nct="NCT00000002",
        title=title,
        summary=summary
        or "Adults with major depressive disorder take low-dose naltrexone for 9 weeks.",
        allocation="NA",
        model="SINGLE_GROUP",
        enrollment=24,
        arms=[
            (f"Naltrexone {i + 1}", "EXPERIMENTAL", text)
            for i, text in enumerate([arm] if isinstance(arm, str) else arm)
        ],
        interventions=[drug("Naltrexone")],
        outcomes=[outcome],
    )
    assessed, _ = assess_record(parse_study(study), LEX, RULES)
    return assessed


@pytest.mark.parametrize(
    ("title", "arm", "outcome", "doses"),
    [
        (
            "Dose-Finding Study of Low Dose Naltrexone in Depression",
            "Naltrexone 1.5 mg/day (weeks 1-3), then 3 mg/day (weeks 4-6), then 4.5 mg/day "
            "(weeks 7-9).",
            "Change in MADRS at each dose level",
            [1.5, 3.0, 4.5],
        ),
        # the escalation said by its outcome only, the steps as numbered dose levels
        (
            "Low Dose Naltrexone in Major Depressive Disorder",
            "Dose level 1: naltrexone 1 mg nightly for 3 weeks; dose level 2: 2 mg nightly for "
            "3 weeks; dose level 3: 4 mg nightly for 3 weeks.",
            "HAM-D17 score after each dose level",
            [1.0, 2.0, 4.0],
        ),
        # named an ascending-dose pilot, steps raised every fortnight
        (
            "An Ascending-Dose Pilot Study of Naltrexone for Depression",
            "Naltrexone 1 mg daily, increased to 2.5 mg at week 2 and to 4.5 mg at week 4.",
            "Change in MADRS",
            [1.0, 2.5, 4.5],
        ),
        # a titration registered as one: the target only
        (
            "Low Dose Naltrexone in Major Depressive Disorder",
            "Naltrexone 1.5 mg/day (week 1), then 3 mg/day (week 2), then 4.5 mg/day (weeks 3-9).",
            "Change in MADRS at week 9",
            [4.5],
        ),
    ],
)
def test_a_registered_dose_escalation_lists_every_step(
    title: str, arm: str, outcome: str, doses: list[float]
) -> None:
    assert _single_group(title, arm, outcome).facts.ldn_doses_mg == doses


def test_a_dose_ranging_registration_of_parallel_arms_keeps_each_arms_dose() -> None:
    # (registry8 NCT09200001: the arms are the doses compared; the 4.5 mg arm's
    # titration steps are not doses of their own)
    arms = [
        "Naltrexone 1 mg once daily at bedtime for 10 weeks.",
        "Naltrexone 2.5 mg once daily at bedtime for 10 weeks.",
        "Titration: naltrexone 1.5 mg at bedtime on days 1-7, 3 mg on days 8-14, then 4.5 mg "
        "at bedtime from day 15 to week 10.",
    ]
    title = "Dose-Ranging Study of Low-Dose Naltrexone in Major Depressive Disorder"
    assessed = _single_group(title, arms, "Change in MADRS total score")
    assert assessed.facts.ldn_doses_mg == [1.0, 2.5, 4.5]


# -- a withdrawn preprint whose statement still tells its trial is that trial, retracted
# (preprints13 PPR8600008: "The authors have withdrawn this manuscript because an error was
# identified in the randomisation ... of this trial, in which 64 adults with major
# depressive disorder on a stable SSRI were randomised to naltrexone 4.5 mg/day or
# placebo" was read as a bare notice: other, no n); one giving only the reason stays a
# notice (preprints7-12)

PREPRINT = ("Preprint",)
WITHDRAWN_TITLE = (
    "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomised "
    "placebo-controlled trial"
)


@pytest.mark.parametrize(
    ("statement", "n", "doses"),
    [
        (
            "The authors have withdrawn this manuscript because an error was identified in the "
            "randomisation and unblinding records of this trial, in which 64 adults with major "
            "depressive disorder on a stable SSRI were randomised to naltrexone 4.5 mg/day or "
            "placebo for 8 weeks. The reported difference can no longer be considered reliable.",
            64,
            [4.5],
        ),
        (
            "This preprint has been withdrawn by the authors. In the trial it reported, we "
            "randomised 52 adults with bipolar depression taking lithium and sertraline to "
            "low-dose naltrexone 2 mg daily or placebo; a coding error was later found in the "
            "outcome data.",
            52,
            [2.0],
        ),
        (
            "This manuscript has been withdrawn by the authors because of errors in the EPDS "
            "data.\nOriginal abstract: Thirty women with postpartum depression taking "
            "sertraline received naltrexone 1 mg twice daily for 8 weeks in an open-label "
            "trial; EPDS scores fell.",
            30,
            [2.0],
        ),
    ],
)
def test_a_withdrawn_preprint_that_tells_its_trial_is_that_trial_retracted(
    statement: str, n: int, doses: list[float]
) -> None:
    f = facts(WITHDRAWN_TITLE, statement, PREPRINT)
    assert (f.role, f.retracted, f.n, f.ldn_doses_mg) == ("preprint", True, n, doses)
    assert f.design in ("rct", "nonrandomized_trial")
    assert gaps(WITHDRAWN_TITLE, statement, PREPRINT) == {}


@pytest.mark.parametrize(
    "statement",
    [
        "This preprint has been withdrawn by the authors. An error in the randomisation code "
        "affected the allocation of a subset of participants, and the results reported in "
        "version 1 for low-dose naltrexone in depression are not reliable.",
        "This preprint has been withdrawn by the authors. EPDS questionnaires from a subset of "
        "participants were entered twice, so the number of participants reported in version 1 "
        "is overstated.",
    ],
)
def test_a_withdrawal_giving_only_its_reason_stays_a_notice(statement: str) -> None:
    f = facts(WITHDRAWN_TITLE, statement, PREPRINT)
    assert (f.role, f.design, f.n) == ("retraction", "other", None)


# -- depression only as who was kept from the drug, and a review adding the drug on to
# another subject, are not on-topic (holdout66 39100023: a pain clinic's chart review where
# "patients with an active major depressive episode ... were not started on LDN";
# holdout67 38100035: a review of standard-dose naltrexone in alcohol use disorder that
# "also discuss[es] the emerging off-label use of low-dose naltrexone (1-4.5 mg) for
# depression")

CLINIC = "Low-dose naltrexone in a multiple sclerosis clinic: a retrospective review"


@pytest.mark.parametrize(
    "methods",
    [
        "We reviewed records of 137 adults with chronic pain started on LDN (1.5-4.5 mg "
        "nightly). Patients with an active major depressive episode or suicidal ideation were "
        "referred to psychiatry and were not started on LDN under the clinic protocol. "
        "Outcomes were pain, PGIC and sleep.",
        "We reviewed records of 90 adults with multiple sclerosis who started LDN 4.5 mg "
        "nightly. Those with current major depression were not initiated on naltrexone. "
        "Outcomes were fatigue (MFIS) and disability.",
        "We reviewed records of 90 adults with fibromyalgia who started LDN 4.5 mg nightly. "
        "Under the clinic protocol, LDN was withheld from patients with an active depressive "
        "episode. Outcomes were pain and sleep.",
        "We reviewed records of 90 adults with Crohn disease given LDN 4.5 mg nightly; patients "
        "with a depressive disorder were not considered candidates for LDN. Outcomes were CDAI "
        "and faecal calprotectin.",
    ],
)
def test_depression_only_as_who_was_kept_from_the_drug_is_off_topic(methods: str) -> None:
    assert not facts(CLINIC, f"Methods: {methods}", JOURNAL).on_topic


@pytest.mark.parametrize(
    "methods",
    [
        # depression measured as an outcome
        "We reviewed records of 90 adults with fibromyalgia who were started on LDN 4.5 mg "
        "nightly. Depressive symptoms (PHQ-9) and pain were outcomes.",
        # another condition kept out, depressed people given the drug
        "We reviewed records of 90 adults with major depression; patients with bipolar "
        "disorder were not started on LDN. The rest received LDN 4.5 mg nightly. Outcomes "
        "were PHQ-9 scores.",
    ],
)
def test_depression_given_the_drug_stays_on_topic(methods: str) -> None:
    assert facts(CLINIC, f"Methods: {methods}", JOURNAL).on_topic


AUD_REVIEW = "Opioid antagonists in alcohol use disorder with depression: a narrative review"


@pytest.mark.parametrize(
    "abstract",
    [
        "We summarise trials of naltrexone 50 mg/day and nalmefene in drinkers with depression. "
        "We also discuss the emerging off-label use of low-dose naltrexone (1-4.5 mg) for "
        "depression, for which evidence in AUD is absent.",
        "We summarise trials of oral naltrexone and nalmefene in drinkers with depression. In "
        "addition, we comment on low-dose naltrexone (1.5-4.5 mg), used off-label for "
        "depression.",
        "We summarise trials of naltrexone and acamprosate in drinkers with depression, and "
        "finally touch on low-dose naltrexone (4.5 mg) for depressive symptoms.",
    ],
)
def test_a_review_adding_the_drug_on_to_another_subject_is_off_topic(abstract: str) -> None:
    assert not facts(AUD_REVIEW, abstract, ("Review",)).on_topic


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the title names the drug: what the review adds is still the drug's
        (
            "Low-dose naltrexone in psychiatry: a narrative review",
            "We review trials of low-dose naltrexone (1.5-4.5 mg) in depression, and we also "
            "discuss low-dose naltrexone in PTSD.",
        ),
        # named in the review's own account of what it reviewed
        (
            "Novel augmentation strategies for treatment-resistant depression: a review",
            "We review ketamine, psilocybin and pramipexole augmentation. Low-dose naltrexone "
            "(4.5 mg) has been tested in two small trials in depression.",
        ),
    ],
)
def test_a_review_of_the_drug_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, ("Review",)).on_topic
