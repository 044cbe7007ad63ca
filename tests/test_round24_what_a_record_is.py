"""Round 24 (c24a): what a record is, read from how it describes itself, not from one
word. A protocol of a cohort or a registry keeps its design (observational, no results,
no gap), whatever trial it borrows a method from or hopes to inform."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

# -- a cohort's or registry's protocol (holdout72 33100036, holdout73 32100011)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a registry whose people take LDN because their psychiatrist chose it, which hopes
        # to prepare a randomised trial
        (
            "The LDN-Dose Registry: protocol for a prospective multicentre cohort study of "
            "low-dose naltrexone doses in depressive disorders",
            "Methods: The registry is a prospective, observational cohort study at 14 "
            "outpatient services. Adults with a depressive episode for whom their "
            "psychiatrist has decided to prescribe LDN will be followed for 12 months. Dose "
            "and co-medication (including SSRIs and SNRIs) will be recorded. We aim to "
            "recruit 600 patients.\nDiscussion: The registry will generate hypotheses for a "
            "randomised dose-comparison trial.",
        ),
        # a register-based cohort analysed as a target-trial emulation
        (
            "Low-dose naltrexone and outcomes of depression: protocol for a nationwide "
            "register-based cohort study with active-comparator design",
            "Purpose: We describe the protocol of a nationwide cohort study.\nMethods: Using "
            "national prescription registers we will identify all adults with depression who "
            "redeemed a first LDN prescription (estimated n = 6,000) and compare them with "
            "matched patients who started lithium. Analyses will use a target-trial emulation "
            "framework.",
        ),
        # probe: other words, "emulating a hypothetical trial", "naturalistic"
        (
            "Naltrexone at low dose for treatment-resistant depression: study protocol",
            "Methods: This naturalistic follow-up will include 250 adults with major "
            "depression who start low-dose naltrexone 4.5 mg at their treating clinician's "
            "discretion. We will emulate a pragmatic trial using routinely collected data.",
        ),
        # probe: a claims database study that should inform a definitive RCT
        (
            "Low-dose naltrexone added to SSRIs in depression: protocol for a registry-based study",
            "Methods: Patients prescribed LDN in routine clinical practice while on an SSRI "
            "will be identified in the registry (expected n = 3,000) and followed for two "
            "years. Findings will inform a future definitive RCT.",
        ),
    ],
)
def test_a_cohort_or_registry_protocol_stays_observational_and_closes_no_gap(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational"
    assert not f.has_results
    assert gaps(title, abstract, JOURNAL) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a trial run inside a registry is still a trial
        (
            "Low-dose naltrexone in depression: protocol for a registry-based randomised trial",
            "Methods: 400 adults with major depression identified in a national registry "
            "will be randomised to naltrexone 4.5 mg or placebo for 12 weeks.",
        ),
        # a cohort word for the trial's people, who will take the drug by its protocol
        (
            "Low-dose naltrexone for depression: protocol of a prospective study",
            "Methods: A cohort of 80 adults with major depression will take naltrexone "
            "4.5 mg nightly for 8 weeks; results will inform a later randomised trial.",
        ),
    ],
)
def test_a_trial_protocol_that_names_a_registry_or_a_cohort_stays_a_protocol(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, JOURNAL).design == "protocol"
    assert gaps(title, abstract, JOURNAL).get("larger-trials") == "in_progress"


# -- a design-and-baseline paper of a trial (holdout72 33100039): the trial's design, but
# no outcome results of its own, so its gaps are in progress, not addressed

DESIGN = (
    "Design: Double-blind, placebo-controlled, four-arm randomized trial of naltrexone 1 mg, "
    "2 mg or 4 mg daily or placebo added to escitalopram in adults aged 60 or older with "
    "major depressive disorder who had not responded to 8 weeks of escitalopram."
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Rationale, design and baseline characteristics of the LLD-NTX trial",
            f"Objective: To describe the design and baseline sample.\n{DESIGN}\nResults: "
            "Enrollment closed with 141 participants randomized (mean age 69.8 years). Arms "
            "were balanced for age, sex and severity. Follow-up is ongoing.",
        ),
        # probe: no "baseline" in the title; the objective says what is reported, and data
        # collection is said to continue
        (
            "Low-dose naltrexone doses added to escitalopram in late-life depression: the "
            "LLD-NTX trial",
            f"Objective: We report the recruitment and baseline profile of the trial.\n{DESIGN}"
            "\nResults: 141 participants were randomised; the groups were comparable at entry. "
            "Data collection continues until 2027.",
        ),
        # probe: the outcomes said to be analysed later, the treatment phase still running
        (
            "Baseline data from a randomised trial of three low-dose naltrexone doses in "
            "older adults with depression",
            f"{DESIGN}\nResults: Of 188 screened, 141 were randomised; mean MADRS was 27.3 and "
            "did not differ between arms at baseline. The treatment phase is still in "
            "progress, and primary outcome data will be analysed after the last visit.",
        ),
    ],
)
def test_a_design_and_baseline_paper_has_no_results(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.design == "rct"
    assert not f.has_results
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
        "dose-finding": "in_progress",
    }


def test_a_results_paper_that_compares_baseline_and_says_follow_up_continues_has_results() -> None:

    abstract = (
        f"{DESIGN}\nResults: 141 participants were randomised; baseline characteristics were "
        "similar. At week 10, MADRS fell more with naltrexone 4 mg than with placebo "
        "(difference -4.1, 95% CI -7.0 to -1.2; p = 0.006). Open-label follow-up is ongoing."
    )
    title = "Three doses of low-dose naltrexone added to escitalopram in late-life depression"
    assert facts(title, abstract, RCT).has_results
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


# -- a sample selected for another condition, its depressed people a subgroup (holdout72
# 33100021): not a depression population, so no larger-trials gap however many it took in

FIBRO_RESULTS = (
    "Results: Ninety-nine patients were randomised (depressed subgroup n = 34). Pain fell "
    "more with LDN than placebo. In the depressed subgroup, HADS-D improved by 3.1 points "
    "with LDN versus 1.0 with placebo.\nConclusions: LDN modestly reduced pain; patients "
    "with comorbid depression may derive additional mood benefit."
)


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        (
            "Low-dose naltrexone in fibromyalgia with and without comorbid depression: a "
            "randomised placebo-controlled trial",
            "Methods: Women and men meeting the 2016 ACR fibromyalgia criteria were "
            "randomised to LDN 4.5 mg or placebo for 12 weeks. A prespecified subgroup had "
            "comorbid major depression.",
        ),
        # probe: the title names no population; the criteria are named by the condition
        (
            "Low-dose naltrexone 4.5 mg versus placebo: a randomised trial",
            "Methods: Adults fulfilling the ACR 2016 fibromyalgia classification criteria "
            "were randomised to LDN 4.5 mg or placebo. Those with a HADS-D of 11 or more "
            "formed a prespecified subgroup.",
        ),
        # probe: "with and without" said in the methods
        (
            "Low-dose naltrexone for widespread pain: a randomised trial",
            "Methods: Patients with fibromyalgia, with and without current depression, were "
            "randomised to LDN 4.5 mg or placebo for 12 weeks.",
        ),
    ],
)
def test_a_depressed_subgroup_of_another_conditions_sample_is_not_the_population(
    title: str, methods: str
) -> None:
    abstract = f"{methods}\n{FIBRO_RESULTS}"
    assert facts(title, abstract, RCT).depression_population is False
    assert "larger-trials" not in gaps(title, abstract, RCT)


def test_a_depressed_sample_with_and_without_another_condition_stays_depressed() -> None:
    title = "Low-dose naltrexone in major depression with and without comorbid fibromyalgia"
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS >= 20) were randomised to LDN "
        "4.5 mg or placebo for 8 weeks.\nResults: Ninety-nine were randomised. MADRS fell "
        "more with LDN (p = 0.01)."
    )
    assert facts(title, abstract, RCT).depression_population is True
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


def test_an_outcome_told_as_rates_side_by_side_is_a_result_whatever_continues() -> None:
    title = "Low-dose naltrexone in major depression: a randomised trial"
    abstract = (
        "Methods: 120 adults with MDD were randomised to LDN 4.5 mg or placebo.\nResults: "
        "Response rates were 40% vs 20% at week 8. Follow-up for long-term safety is ongoing."
    )
    assert facts(title, abstract, RCT).has_results
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"
