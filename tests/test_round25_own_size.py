"""Round 25 (c25e): the record's own n and doses, from batch 14 (holdout76-77,
preprints18) once opened, with probes in other words for each kind."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, facts, gaps

# -- a planned size said as the plan ("the planned 240 participants", "a target of 150",
# "the trial aims to recruit 96") in a pre-results document is its n, in any section
# (holdout77 28100009: a statistical analysis plan said it only in its background)

SAP = "Statistical analysis plan for a randomised trial of low-dose naltrexone added to SSRIs"
TRIAL_SAID = (
    "Background: This multicentre randomised placebo-controlled trial tests whether "
    "naltrexone 4.5 mg/day, added to an ongoing SSRI, reduces depressive symptoms in adults "
    "with major depressive disorder. "
)
REST = (
    "\nMethods: Adults with major depressive disorder taking an SSRI are randomised to "
    "naltrexone 4.5 mg/day or placebo; the primary outcome is MADRS change to week 12."
    "\nDiscussion: Publishing the plan before unblinding protects against reporting bias."
)


@pytest.mark.parametrize(
    ("said", "n"),
    [
        # the record's own wording
        ("Recruitment of the planned 240 participants began in April 2025.", 240),
        # probes: the plan said as an aim, a target, an expectation
        ("Enrolment of the targeted 180 patients started in 2024.", 180),
        ("The trial aims to recruit 150 adults across six sites.", 150),
        ("We anticipate enrolling roughly 96 outpatients by 2027.", 96),
        ("It has a target of 132 participants, and recruitment is ongoing.", 132),
    ],
)
def test_a_plans_size_said_as_the_plan_is_its_n_in_any_section(said: str, n: int) -> None:
    abstract = TRIAL_SAID + said + REST
    assert facts(SAP, abstract, JOURNAL).n == n
    assert gaps(SAP, abstract, JOURNAL).get("larger-trials") == "in_progress"


def test_another_trials_plan_in_a_protocols_background_is_not_its_n() -> None:
    abstract = (
        "Background: An earlier trial of naltrexone planned 300 participants but enrolled 45."
        "\nMethods: We will randomise 80 adults with major depressive disorder taking an SSRI "
        "to naltrexone 4.5 mg/day or placebo for 12 weeks."
    )
    title = "Low-dose naltrexone added to SSRIs in depression: protocol for a randomised trial"
    assert facts(title, abstract, PROTOCOL).n == 80


def test_a_results_papers_planned_size_is_still_not_its_n() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder taking an SSRI were randomised to "
        "naltrexone 4.5 mg/day or placebo. Recruitment of the planned 240 participants stopped "
        "early, after 61 had been randomised.\nResults: MADRS fell more with naltrexone."
    )
    title = "Low-dose naltrexone added to SSRIs in depression: a randomised trial"
    assert facts(title, abstract, RCT).n == 61


# -- a cohort's protocol: the people it expects to find eligible are its planned n
# (holdout77 28100006 "We expect approximately 20,000 eligible new users")

COHORT = "Low-dose naltrexone and depression: protocol for a nationwide register-based cohort study"
COHORT_METHODS = (
    "Methods: We will identify adults with a diagnosis of depression who fill a first "
    "prescription of low-dose naltrexone while using an SSRI, using national registers. "
)


@pytest.mark.parametrize(
    ("said", "n"),
    [
        ("We expect approximately 20,000 eligible new users.", 20000),
        # probes
        ("We anticipate identifying about 5,400 eligible initiators.", 5400),
        ("The study aims to include roughly 12,000 eligible patients.", 12000),
    ],
)
def test_a_cohort_protocols_expected_eligible_people_are_its_n(said: str, n: int) -> None:
    abstract = COHORT_METHODS + said + " Outcomes are hospitalisation and self-harm over 2 years."
    assert facts(COHORT, abstract, JOURNAL).n == n


def test_a_finished_cohorts_expected_size_is_not_its_n() -> None:
    abstract = (
        "Methods: Using national registers we identified 8,412 adults with depression who "
        "started low-dose naltrexone while using an SSRI; we had expected approximately "
        "20,000 eligible users.\nResults: Hospitalisation was less frequent with LDN."
    )
    title = "Low-dose naltrexone and depression: a nationwide register-based cohort study"
    assert facts(title, abstract, JOURNAL).n == 8412


# -- a secondary analysis restricted to a subset on a given treatment counts that subset,
# told with its arms (holdout77 28100033: "restricted to participants whose background
# antidepressant was an SNRI"; "Ninety-seven of the 248 randomised participants were
# taking an SNRI (LDN 4.5 mg, n=49; placebo, n=48)" -> 97, not 248)

SECONDARY = (
    "Low-dose naltrexone in patients taking SNRIs: a secondary analysis of a randomised trial"
)


@pytest.mark.parametrize(
    ("methods", "results", "n"),
    [
        (
            "Pre-specified secondary analysis of a randomised trial of naltrexone 4.5 mg/day or "
            "placebo added to antidepressants in major depressive disorder, restricted to "
            "participants whose background antidepressant was an SNRI.",
            "Ninety-seven of the 248 randomised participants were taking an SNRI (LDN 4.5 mg, "
            "n=49; placebo, n=48). Anhedonia fell more with LDN.",
            97,
        ),
        # probes: the restriction said as the report's act, the subset by another verb
        (
            "We limited the analysis to patients on sertraline in a randomised trial of "
            "naltrexone 4.5 mg/day or placebo added to antidepressants in major depression.",
            "Of the 210 randomised patients, 88 were on sertraline (naltrexone n = 45; placebo "
            "n = 43). MADRS scores fell more with naltrexone.",
            88,
        ),
        (
            "In a randomised trial of naltrexone 4.5 mg/day or placebo added to antidepressants "
            "in major depression, only participants who used an SSRI at randomisation were "
            "analysed.",
            "Sixty-one of 180 randomised adults used an SSRI (LDN 30, placebo 31). Response "
            "was more frequent with LDN.",
            61,
        ),
    ],
)
def test_a_report_restricted_to_a_subset_on_a_treatment_counts_that_subset(
    methods: str, results: str, n: int
) -> None:
    abstract = f"Methods: {methods}\nResults: {results}"
    assert facts(SECONDARY, abstract, RCT).n == n


def test_a_subset_on_a_treatment_within_the_whole_sample_is_not_its_n() -> None:
    abstract = (
        "Methods: Secondary analysis of a randomised trial of naltrexone 4.5 mg/day or placebo "
        "added to SSRIs or SNRIs in 248 adults with major depressive disorder; antidepressant "
        "class was tested as a moderator.\nResults: Class did not moderate the effect of LDN; "
        "ninety-seven participants were taking an SNRI (LDN n=49; placebo n=48)."
    )
    assert facts(SECONDARY, abstract, RCT).n == 248


# -- a trial with an open-label lead-in whose protocol states how many it expects to
# randomise: that is its planned n (an RCT's n is whom it randomises; preprints18
# PPR8100021 "We expect about 130 non-responders to be randomised", not the 200 enrolled)

LEAD_IN = "Low-dose naltrexone added to escitalopram in late-life depression: protocol for a randomised trial"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Two hundred adults with major depressive disorder will start open-label "
            "escitalopram; those with less than 50% improvement after 8 weeks will be "
            "randomised to add naltrexone 4.5 mg or placebo. We expect about 130 "
            "non-responders to be randomised.",
            130,
        ),
        # probe
        (
            "We will enrol 240 adults with major depressive disorder in an 8-week open-label "
            "escitalopram phase; we anticipate randomising around 110 partial responders to "
            "add naltrexone 4.5 mg or placebo.",
            110,
        ),
    ],
)
def test_a_lead_in_protocols_planned_randomised_count_is_its_n(methods: str, n: int) -> None:
    assert facts(LEAD_IN, f"Methods: {methods}", PROTOCOL).n == n


@pytest.mark.parametrize(
    "said",
    [
        "We expect about 24 participants to drop out.",
        "We expect to screen approximately 400 patients.",
        "We expect about 300 patients to be assessed for eligibility.",
        "We aim to recruit 15 participants per site.",
    ],
)
def test_other_expected_counts_in_a_protocol_are_not_its_n(said: str) -> None:
    abstract = (
        "Methods: We will randomise 120 adults with major depressive disorder taking an SSRI to "
        f"naltrexone 4.5 mg/day or placebo for 12 weeks. {said}"
    )
    title = "Low-dose naltrexone added to SSRIs in depression: protocol for a randomised trial"
    assert facts(title, abstract, PROTOCOL).n == 120
