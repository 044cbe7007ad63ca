"""Round 23 (c23b): dose-finding designs said in ways earlier rounds had not met, found in
holdout68, holdout70 and preprints15 once opened. Each wording is written anew here so
the rule, not the record's phrase, is what is tested."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

# -- a dose-finding design disclaimed: the study says it is NOT one (holdout68 37100019)

PROTO_TITLE = (
    "Low-dose naltrexone added to SSRIs in treatment-resistant depression: protocol for a "
    "randomised placebo-controlled trial"
)
PROTO_METHODS = (
    "We will randomise 200 adults with major depressive disorder taking an SSRI to "
    "naltrexone 4.5 mg nightly or placebo for 12 weeks."
)


@pytest.mark.parametrize(
    "disclaimer",
    [
        # the record's own wording kind: a fixed dose chosen "rather than" a design
        "We chose one fixed dose rather than a dose-finding design, because 4.5 mg is the "
        "dose used in practice.",
        # "instead of", another dose-finding word
        "Instead of a dose-ranging approach, we give every participant the same dose.",
        # said outright not to be one
        "This is not a dose-finding trial: all participants receive the dose most often "
        "prescribed.",
        # not built to find the dose
        "The trial was not designed to identify the optimal dose of naltrexone.",
        # "in preference to"
        "We preferred a single dose, as opposed to a dose-escalation study that would need a "
        "far larger sample.",
        # ... or said after the phrase
        "Dose-finding was not the aim; a single dose was chosen.",
        "A dose-ranging design was not feasible in primary care.",
    ],
)
def test_a_dose_finding_design_disclaimed_is_no_dose_finding(disclaimer: str) -> None:
    abstract = f"Methods: {PROTO_METHODS} {disclaimer}\nDiscussion: Results are expected in 2028."
    assert not facts(PROTO_TITLE, abstract, PROTOCOL).compares_doses
    assert "dose-finding" not in gaps(PROTO_TITLE, abstract, PROTOCOL)


def test_a_dose_finding_design_not_disclaimed_still_counts() -> None:
    # the contrast the other way round: the fixed dose is what is set aside
    abstract = (
        "Methods: Rather than a single fixed dose, this dose-finding trial will randomise "
        "150 adults with major depressive disorder to naltrexone 1 mg, 2.5 mg or 4.5 mg "
        "nightly or placebo."
    )
    assert facts(PROTO_TITLE, abstract, PROTOCOL).compares_doses
    assert gaps(PROTO_TITLE, abstract, PROTOCOL)["dose-finding"] == "in_progress"


# -- cohorts the investigators dose in turn: a (non-randomised) trial or its protocol,
# never a cohort study, and never an RCT because a randomised trial is what it prepares
# (holdout68 37100033, holdout70 35100005, preprints15 PPR8400020)

ESC_TITLE = "Naltrexone at ascending low doses added to antidepressants in major depression"


@pytest.mark.parametrize(
    "methods",
    [
        # present tense, no word "trial" or "randomised" anywhere
        "Adults with major depressive disorder on a stable SSRI receive naltrexone in three "
        "successive cohorts of 12 (1 mg, 2 mg, then 4 mg daily); each cohort starts once "
        "the one before is judged safe. The total planned sample is 36.",
        # "escalating cohorts", the doses listed apart from the drug
        "Participants taking sertraline or escitalopram are enrolled into escalating dose "
        "cohorts of naltrexone 0.5 mg, 1.5 mg and 3 mg daily, ten per cohort. We plan to "
        "enrol 30 people.",
    ],
)
def test_a_protocol_of_cohorts_dosed_in_turn_is_a_trial_protocol(methods: str) -> None:
    abstract = f"Methods and analysis: {methods}\nEthics and dissemination: Approved locally."
    f = facts(f"{ESC_TITLE}: study protocol", abstract, PROTOCOL)
    assert f.design == "protocol"
    assert gaps(f"{ESC_TITLE}: study protocol", abstract, PROTOCOL)["dose-finding"] == "in_progress"


@pytest.mark.parametrize(
    "aim",
    [
        "To choose the dose to carry forward for a later placebo-controlled randomised study.",
        "To select doses for a randomised controlled trial.",
        "To inform the design of a randomised trial of adjunctive naltrexone.",
        "The study was done in preparation for a randomised, double-blind trial.",
    ],
)
def test_cohorts_dosed_in_turn_that_prepare_a_randomised_trial_are_not_one(aim: str) -> None:
    abstract = (
        f"Objective: {aim}\n"
        "Methods: Thirty adults with major depressive disorder taking an SSRI were enrolled "
        "in three consecutive cohorts of ten and given naltrexone 1, 2 or 4 mg daily for "
        "eight weeks, each cohort starting after the last was judged safe.\n"
        "Results: MADRS scores fell by 4.0, 7.5 and 8.1 points in the three cohorts."
    )
    f = facts(ESC_TITLE, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert gaps(ESC_TITLE, abstract, TRIAL)["dose-finding"] == "addressed"


def test_cohorts_randomised_within_stay_an_rct() -> None:
    abstract = (
        "Methods: In each of three sequential cohorts, 12 adults with major depressive "
        "disorder were randomised 3:1 to naltrexone (1, 2 or 4 mg daily by cohort) or "
        "placebo.\nResults: MADRS fell more with 4 mg than placebo (p = 0.03)."
    )
    assert facts(ESC_TITLE, abstract, TRIAL).design == "rct"


# -- a randomised withdrawal: a move down that is itself a randomised arm is an arm
# (holdout68 37100004); a move down for SOME people inside one arm stays no arm (round 22)

WD_TITLE = "Maintenance low-dose naltrexone after response in major depression"
LEAD = (
    "Methods: Adults with major depressive disorder took open-label naltrexone titrated to "
    "4.5 mg nightly for eight weeks. "
)


@pytest.mark.parametrize(
    ("allocation", "levels"),
    [
        (
            "Responders were then randomised, double-blind, to continue 4.5 mg, reduce to "
            "1.5 mg, or switch to placebo for 16 weeks.",
            [1.5, 4.5],
        ),
        (
            "Those who remitted were randomly assigned to stay on 4.5 mg or to step down to "
            "2 mg nightly.",
            [2.0, 4.5],
        ),
        (
            "Responders were re-randomised 1:1 to keep taking 4.5 mg or to halve the dose to "
            "2.25 mg for six months.",
            [2.25, 4.5],
        ),
    ],
)
def test_a_move_down_that_is_a_randomised_arm_is_an_arm(
    allocation: str, levels: list[float]
) -> None:
    abstract = f"{LEAD}{allocation}\nResults: Relapse was least frequent on the higher dose."
    f = facts(WD_TITLE, abstract, RCT)
    assert f.ldn_doses_mg == levels
    assert f.compares_doses
    assert gaps(WD_TITLE, abstract, RCT)["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    "allocation",
    [
        "Responders were then randomised to continue 4.5 mg or switch to placebo; those with "
        "insomnia could reduce to 1.5 mg.",
        "Responders were then randomised to continue 4.5 mg or switch to placebo, with the "
        "dose lowered to 3 mg in anyone reporting vivid dreams.",
    ],
)
def test_a_move_down_for_some_within_one_arm_is_still_no_arm(allocation: str) -> None:
    abstract = f"{LEAD}{allocation}\nResults: Relapse was less frequent with naltrexone."
    assert not facts(WD_TITLE, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(WD_TITLE, abstract, RCT)


# -- the doses of cohorts dosed in turn, said with the cohorts and no drug named
# (holdout68 37100033: "the cohorts are now 0.5 mg, 1 mg, 2 mg and 4.5 mg")


@pytest.mark.parametrize(
    "methods",
    [
        "Adults taking an SSRI receive naltrexone in ascending cohorts. Cohort size was "
        "raised to 10 on advice of the safety board; the cohorts are now 1 mg, 2 mg and 4 mg.",
        "Adults taking escitalopram receive naltrexone in ascending cohorts. A 1 mg cohort "
        "is followed by a 2 mg cohort and then a 4 mg cohort, ten people each.",
        "Adults taking escitalopram receive naltrexone in ascending cohorts of ten: cohort A "
        "(1 mg), cohort B (2 mg) and cohort C (4 mg).",
    ],
)
def test_doses_named_by_their_cohorts_are_the_drugs(methods: str) -> None:
    abstract = f"Methods and analysis: {methods}\nEthics and dissemination: Approved locally."
    f = facts(f"{ESC_TITLE}: amended study protocol", abstract, PROTOCOL)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert f.compares_doses


# -- an experiment that gives the drug itself at set doses and times is a trial
# (non-randomised unless it says randomised), whatever it measures (holdout68 37100008:
# PET after single doses "given on separate days in ascending order", mood rated)

EXP_TITLE = "Naltrexone at low doses and mood in major depressive disorder"


@pytest.mark.parametrize(
    "methods",
    [
        "Eight unmedicated adults with major depressive disorder received single oral doses "
        "of naltrexone 1 mg and 3 mg, one week apart in ascending order, and rated their "
        "mood hourly.",
        "In a pharmacological challenge, 16 adults with major depressive disorder were given "
        "a single 2 mg dose of naltrexone and mood was rated with a visual analogue scale.",
        "Ten unmedicated patients with major depressive disorder and ten healthy volunteers "
        "received naltrexone 1 mg and 4 mg on two test days, the lower dose first. Mood was "
        "rated every hour.",
    ],
)
def test_doses_the_study_gives_at_set_times_make_a_trial(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Mood did not change; anhedonia fell slightly."
    assert facts(EXP_TITLE, abstract, JOURNAL).design == "nonrandomized_trial"


def test_doses_prescribed_by_physicians_make_no_trial() -> None:
    abstract = (
        "Methods: Among 30 patients with major depressive disorder who were prescribed "
        "naltrexone 4.5 mg by their physicians, mood was rated monthly.\n"
        "Results: Mood improved."
    )
    assert facts(EXP_TITLE, abstract, JOURNAL).design != "nonrandomized_trial"


def test_a_dose_some_may_move_to_after_an_allocation_is_no_arm() -> None:
    # an allocation verb with no list of arms after it: the move down is one arm's change
    abstract = (
        "Methods: 80 adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo. Participants were assigned to take the capsule at night and "
        "could lower it to 1.5 mg for insomnia.\nResults: Naltrexone was better."
    )
    f = facts(WD_TITLE, abstract, RCT)
    # (the level some may lower it to is the low end of one flexible dose, CONTRACT.md, as
    # holdout76 29100030 and holdout93 11100036 are labelled; round 32)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
