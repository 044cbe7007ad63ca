"""Round 21 (r21b), n for the larger-trials gap: red-team probes in which a number of 50
or more stands beside a smaller sample (CONTRACT.md "n": never the people only looked at;
the study's own randomised or enrolled people). Not from a set."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone augmentation in major depressive disorder: a randomised trial"
RESULTS = "Results: MADRS fell more with LDN than with placebo."


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        # the wider group the trial drew its people from is a pool, never added to them
        (
            "Methods: From a cohort of 230 outpatients with depression, 46 were randomised to "
            "LDN 4.5 mg or placebo.",
            46,
        ),
        (
            "Methods: Out of 212 referrals with depression, 44 were randomised to LDN 4.5 mg "
            "or placebo.",
            44,
        ),
        (
            "Methods: From the registry of 1,200 patients treated at our clinic, 38 adults with "
            "depression were randomly assigned to naltrexone 4.5 mg or placebo.",
            38,
        ),
        # ... and a larger trial drawn from it keeps its own count
        (
            "Methods: From a cohort of 230 outpatients with depression, 120 were randomised "
            "to LDN 4.5 mg or placebo.",
            120,
        ),
    ],
)
def test_the_group_a_trial_was_drawn_from_is_a_pool(methods: str, n: int) -> None:
    f = facts(TITLE, f"{methods}\n{RESULTS}", RCT)
    assert f.n == n
    assert gaps(TITLE, f"{methods}\n{RESULTS}", RCT).get("larger-trials", "no") == (
        "addressed" if n >= 50 else "no"
    )


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Clinicians (n = 64) at 12 sites enrolled 28 patients with major depression, "
        "randomised to naltrexone 4.5 mg or placebo.",
        "Methods: 28 patients with major depression were enrolled by 64 clinicians at 12 sites "
        "and randomised to naltrexone 4.5 mg or placebo.",
        "Methods: Seventy-two psychiatrists referred 31 outpatients with depression, who were "
        "randomised to LDN 4.5 mg or placebo.",
    ],
)
def test_the_staff_who_enrol_the_patients_are_not_the_sample(methods: str) -> None:
    f = facts(TITLE, f"{methods}\n{RESULTS}", RCT)
    assert f.n in (28, 31)
    assert "larger-trials" not in gaps(TITLE, f"{methods}\n{RESULTS}", RCT)


def test_a_survey_of_prescribers_still_counts_them() -> None:
    title = "Prescribing low-dose naltrexone for depression: a survey of psychiatrists"
    abstract = (
        "Methods: An online questionnaire was sent to psychiatrists.\n"
        "Results: 212 psychiatrists responded; they had prescribed LDN to 640 patients."
    )
    assert facts(title, abstract).n == 212


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        # a results report's count whose own verb is the plan is whom it meant to take in
        (
            "Methods: Up to 60 participants with depression were to be enrolled; 26 received "
            "naltrexone 4.5 mg nightly for 8 weeks.",
            None,
        ),
        (
            "Methods: 120 patients were planned; 38 patients were randomised to naltrexone "
            "4.5 mg or placebo before recruitment stopped.",
            38,
        ),
        (
            "Methods: Eighty outpatients were originally intended to be randomised to LDN "
            "4.5 mg or placebo; 34 outpatients were randomised.",
            34,
        ),
    ],
)
def test_a_plan_said_as_the_counts_verb_is_no_sample(methods: str, n: int | None) -> None:
    f = facts(TITLE, f"{methods}\n{RESULTS}", RCT)
    assert f.n == n
    assert "larger-trials" not in gaps(TITLE, f"{methods}\n{RESULTS}", RCT)


def test_a_protocols_plan_is_still_its_n() -> None:
    title = "Low-dose naltrexone in depression: protocol for a randomised trial"
    methods = "Methods: 120 adults with depression will be randomised to LDN 4.5 mg or placebo."
    assert facts(title, methods, ("Clinical Trial Protocol",)).n == 120
