"""Dose-finding precision, round 22 (red team, journal articles and preprints): wordings
no set had shown yet, written before a blind set could. Each kind is tested in several
wordings; none comes from a set record."""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, TRIAL, facts, gaps, judge_preprint, preprint

LDN_MDD = "Low-dose naltrexone in major depressive disorder"


def _posted(title: str, abstract: str) -> tuple[bool, dict[str, str]]:
    f, found = judge_preprint(preprint(title, abstract))
    return f.compares_doses, found


# -- 1. an arm's dose changed for some, said with no word of tolerance ("randomised to
# 4.5 mg or placebo; ... halved to 2.25 mg in those with side effects", "...; participants
# with insomnia switched to 3 mg"): in a sentence with an allocation word the other level
# read as a second arm


@pytest.mark.parametrize(
    ("methods", "types"),
    [
        (
            "Forty adults with MDD were randomised to LDN 4.5 mg or placebo; the dose was "
            "halved to 2.25 mg in those with side effects.",
            RCT,
        ),
        (
            "Participants randomised to naltrexone took 4 mg, decreased to 2 mg if adverse "
            "events occurred.",
            RCT,
        ),
        (
            "Sixty adults with MDD were randomised to naltrexone 3 mg or placebo, with a step "
            "down to 1.5 mg allowed for nausea or vivid dreams.",
            RCT,
        ),
        (
            "After the 8-week randomised phase, 41 adults with MDD continued on LDN 4.5 mg; "
            "the dose could be lowered to 3 mg for adverse effects.",
            TRIAL,
        ),
    ],
)
def test_an_arms_dose_lowered_for_some_is_no_second_arm(methods: str, types: Any) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN."
    assert not facts(LDN_MDD, abstract, types).compares_doses
    assert "dose-finding" not in gaps(LDN_MDD, abstract, types)


def test_an_arms_dose_lowered_for_some_in_a_preprint_is_no_second_arm() -> None:
    compares, found = _posted(
        "Low-dose naltrexone in major depression: a randomised controlled trial",
        "Methods: Following the randomised phase, 30 adults with MDD took open-label LDN "
        "4.5 mg, reduced to 1.5 mg when adverse effects emerged. Results: Response was "
        "maintained.",
    )
    assert not compares
    assert "dose-finding" not in found


@pytest.mark.parametrize(
    "change",
    [
        # the change said with no verb of lowering: a later clause of its own
        "; participants with insomnia switched to 3 mg",
        ", and those reporting vivid dreams moved to 3 mg",
        "; eight randomised to LDN took 3 mg instead because of headache",
        ", with dose adjustment to 3 mg permitted",
    ],
)
def test_a_dose_for_some_beside_one_dose_or_placebo_is_no_second_arm(change: str) -> None:
    abstract = (
        f"Methods: Sixty adults with MDD were randomised to LDN 4.5 mg or placebo{change}.\n"
        "Results: LDN was superior."
    )
    assert not facts(LDN_MDD, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(LDN_MDD, abstract, RCT)


def test_a_further_arm_in_a_later_clause_is_compared() -> None:
    abstract = (
        "Methods: Ninety adults with MDD were randomised to LDN 4.5 mg or placebo; a third "
        "arm received LDN 1.5 mg.\nResults: Both doses beat placebo."
    )
    assert facts(LDN_MDD, abstract, RCT).compares_doses


def test_doses_given_as_alternatives_and_then_lowered_stay_compared() -> None:
    abstract = (
        "Methods: Seventy adults with MDD were randomised to LDN 1.5 mg or 4.5 mg, each "
        "lowered to 1 mg if needed.\nResults: MADRS change was similar."
    )
    assert facts(LDN_MDD, abstract, RCT).compares_doses


# -- 2. the doses people came in on, said in the subject of a passive allocation to
# something else ("adults on LDN 1.5 mg or 4.5 mg were randomised to sertraline or
# placebo"): the allocation word read as making the doses arms


@pytest.mark.parametrize(
    "methods",
    [
        "Eighty adults with MDD already taking LDN (1.5 mg or 4.5 mg) were randomised to add "
        "escitalopram or placebo, stratified by their LDN dose.",
        "Sixty adults with MDD on a stable dose of LDN (2 mg or 4.5 mg) were randomly "
        "assigned to sertraline or placebo.",
        "Patients with depression established on naltrexone 1.5 mg or 3 mg daily for at least "
        "a month were allocated to psychotherapy or usual care.",
        "Fifty adults with MDD who were taking 1.5 or 4.5 mg of naltrexone were randomized to "
        "receive adjunctive bupropion versus placebo.",
        "Sixty adults with MDD, each on their usual LDN dose of 1.5 mg or 4.5 mg, were "
        "assigned to exercise or waiting list.",
        "Adults with MDD who had responded to LDN 1.5 mg or 3 mg in the open phase (n=60) "
        "were randomised to continue LDN or switch to placebo.",
    ],
)
def test_doses_people_came_in_on_are_not_the_arms_they_were_allocated_to(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: The added treatment improved MADRS."
    assert not facts(LDN_MDD, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(LDN_MDD, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # what is allocated is the doses themselves
        "Naltrexone 1.5 mg and 4.5 mg were randomly assigned to 30 adults with MDD each.",
        # the doses after the allocation
        "Sixty adults with MDD on sertraline were randomised to naltrexone 1.5 mg or 4.5 mg.",
    ],
)
def test_doses_that_are_allocated_stay_compared(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS change was similar."
    assert facts(LDN_MDD, abstract, RCT).compares_doses


# -- 3. two doses each person takes in turn, in an order the trial sets (crossover,
# random or counterbalanced order), read as a titration ("1.5 mg for four weeks and
# 4.5 mg for four weeks": the first a step, the dose list [4.5])


@pytest.mark.parametrize(
    ("methods", "both"),
    [
        (
            "Twenty-eight adults with MDD took LDN 1.5 mg for four weeks and LDN 4.5 mg for four "
            "weeks in random order, separated by a washout.",
            [1.5, 4.5],
        ),
        (
            "Eighteen adults with MDD received, in counterbalanced order, LDN 2 mg/day for 3 "
            "weeks and LDN 4 mg/day for 3 weeks.",
            [2.0, 4.0],
        ),
        (
            "In a double-blind crossover, 26 adults with MDD received LDN 1.5 mg daily for 6 "
            "weeks and LDN 4.5 mg daily for 6 weeks.",
            [1.5, 4.5],
        ),
        (
            "Twenty adults with MDD took naltrexone 1 mg for 2 weeks and 4 mg for 2 weeks, in a "
            "randomised sequence.",
            [1.0, 4.0],
        ),
    ],
)
def test_doses_taken_in_an_order_the_trial_sets_are_compared(
    methods: str, both: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS was lower in the higher-dose period."
    f = facts(LDN_MDD, abstract, RCT)
    assert f.ldn_doses_mg == both
    assert f.compares_doses
    assert gaps(LDN_MDD, abstract, RCT)["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    "methods",
    [
        "In a randomised crossover, 30 adults with MDD took LDN (1.5 mg for one week, then "
        "4.5 mg for seven weeks) and placebo for eight weeks.",
        "In this crossover trial, 24 adults with MDD took LDN 1.5 mg for one week and 4.5 mg "
        "thereafter during the active period, and placebo in the other period.",
        "Twenty adults with MDD took naltrexone 1.5 mg for 1 week and 3 mg for 7 weeks, and "
        "placebo for 8 weeks, in random order.",
    ],
)
def test_a_titration_in_a_crossover_against_placebo_is_still_one_dose(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN was superior."
    assert not facts(LDN_MDD, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(LDN_MDD, abstract, RCT)


# -- 4. arms that differ by the target a titration reaches ("randomised to titrate to a
# target dose of 2 mg or of 4.5 mg"): each target was read as a step of one schedule


@pytest.mark.parametrize(
    "methods",
    [
        "Seventy adults with MDD were randomised to titrate to a target dose of 2 mg or of "
        "4.5 mg naltrexone.",
        "Sixty-six adults with MDD were randomised to naltrexone titrated up to 1.5 mg or up "
        "to 4.5 mg daily.",
    ],
)
def test_two_titration_targets_given_as_arms_are_compared(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Remission was more frequent at the higher target."
    assert facts(LDN_MDD, abstract, RCT).compares_doses
    assert gaps(LDN_MDD, abstract, RCT)["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    ("methods", "types"),
    [
        # one target beside the level some stayed on
        (
            "Sixty adults with MDD were randomised to LDN titrated to a target of 4.5 mg or "
            "placebo; those not tolerating it stayed at 3 mg.",
            RCT,
        ),
        # one schedule's steps, then its target
        (
            "Forty adults with MDD started naltrexone 1.5 mg, increased to 3 mg at week 2 and "
            "to 4.5 mg at week 4.",
            TRIAL,
        ),
    ],
)
def test_one_titration_target_is_no_comparison(methods: str, types: Any) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell by 9 points."
    assert not facts(LDN_MDD, abstract, types).compares_doses


# -- 5. a run-in named after its dose ("each after a 1.5 mg lead-in week"): the run-in's
# dose read as a second arm


@pytest.mark.parametrize(
    "methods",
    [
        "Adults with MDD (n=40) received LDN 4.5 mg or placebo in random order, each after a "
        "1.5 mg lead-in week.",
        "Participants (n=56) took naltrexone 1.5 mg for a one-week run-in, then were "
        "randomised to 4.5 mg or placebo.",
        "After a 1 mg single-blind lead-in, 50 adults with MDD were randomised to LDN 4 mg or "
        "placebo.",
    ],
)
def test_a_run_in_dose_is_no_arm(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN was superior to placebo."
    assert not facts(LDN_MDD, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(LDN_MDD, abstract, RCT)


def test_doses_randomised_after_a_placebo_lead_in_stay_compared() -> None:
    abstract = (
        "Methods: After a placebo lead-in, 50 adults with MDD were randomised to LDN 1 mg or "
        "4 mg.\nResults: 4 mg was superior."
    )
    assert facts(LDN_MDD, abstract, RCT).compares_doses


# -- 6. "optimal dose" in the title or aim of a study that names one dose only ("Toward
# optimal dosing of LDN in depression: an open trial of 4.5 mg"): read as a study
# presented as dose-finding, with no second dose to compare


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Toward optimal dosing of low-dose naltrexone in depression: an open trial of 4.5 mg",
            "Methods: Thirty adults with MDD took LDN 4.5 mg nightly for 8 weeks.",
        ),
        (
            "Is 4.5 mg the optimal dose of naltrexone for depression? A pilot study",
            "Methods: Twenty-four adults with MDD took naltrexone 4.5 mg daily for 8 weeks.",
        ),
        (
            LDN_MDD,
            "Objective: To determine whether 3 mg is the optimal dosage of LDN as an SSRI "
            "adjunct.\nMethods: Fifty-six adults with MDD on an SSRI took LDN 3 mg nightly "
            "for 10 weeks.",
        ),
    ],
)
def test_optimal_dose_said_of_a_study_of_one_dose_is_no_comparison(
    title: str, abstract: str
) -> None:
    abstract += "\nResults: MADRS fell by 10 points."
    assert not facts(title, abstract, TRIAL).compares_doses
    assert "dose-finding" not in gaps(title, abstract, TRIAL)


def test_dose_finding_said_of_the_study_still_counts_with_a_raise_for_some() -> None:
    abstract = (
        "Methods: To determine the optimal dose, 24 adults with MDD started LDN 1.5 mg; "
        "non-responders were escalated to 4.5 mg.\nResults: Most responses occurred at 1.5 mg."
    )
    assert facts(LDN_MDD, abstract, TRIAL).compares_doses


# -- 7. dose-finding said of another drug, named right after the phrase ("A dose-finding
# study of ketamine with low-dose naltrexone pretreatment"): read as the study presented
# as dose-finding for the watched drug, whose one dose all took


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        (
            "A dose-finding study of ketamine with low-dose naltrexone pretreatment in depression",
            "Thirty adults with TRD all took LDN 4.5 mg and received ketamine 0.25, 0.5 or "
            "1 mg/kg in ascending cohorts.",
        ),
        (
            "Optimal dose of esketamine in patients taking low-dose naltrexone: an open trial",
            "Twenty-four adults with TRD on LDN 4.5 mg received esketamine 28, 56 or 84 mg in "
            "sequence.",
        ),
    ],
)
def test_dose_finding_of_another_drug_is_no_ldn_comparison(title: str, methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Mood improved most at the middle dose."
    assert not facts(title, abstract, TRIAL).compares_doses
    assert "dose-finding" not in gaps(title, abstract, TRIAL)


def test_dose_finding_of_psilocybin_in_a_preprint_is_no_ldn_comparison() -> None:
    compares, found = _posted(
        "Low-dose naltrexone with psilocybin in depression: a dose-ranging trial of psilocybin",
        "Methods: All 30 adults with MDD took LDN 4.5 mg and were randomised to psilocybin "
        "10 or 25 mg. Results: 25 mg was superior.",
    )
    assert not compares
    assert "dose-finding" not in found


def test_dose_finding_of_the_watched_drug_added_to_another_still_counts() -> None:
    abstract = (
        "Methods: Adults with MDD on escitalopram (n=40) started LDN 1.5 mg; non-responders "
        "were escalated to 4.5 mg.\nResults: Most responded at 1.5 mg."
    )
    title = "A dose-finding study of naltrexone added to escitalopram in depression"
    assert facts(title, abstract, TRIAL).compares_doses
