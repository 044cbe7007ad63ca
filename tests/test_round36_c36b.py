"""Round 36 (c36b): false verdicts from batch 26 (holdout106-110), each said in other
words as well, so the rule reads the kind and not the wording shown."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

# -- a rescue raise for non-responders is not a comparison of doses (holdout109 11900013:
# "... with dose escalation for non-responders" in the title of a one-dose RCT whose
# non-responders "had the study drug doubled")


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        (
            "Adjunctive low-dose naltrexone in bupropion-treated depression with dose escalation "
            "for non-responders: a 10-week randomized placebo-controlled trial",
            "Sixty-four outpatients with MDD on bupropion were randomized to naltrexone 1.5 "
            "mg/day or placebo. At week 4, participants with less than 30% HAMD reduction had "
            "the study drug doubled (naltrexone 3 mg/day or two placebo capsules).",
        ),
        (
            "Low-dose naltrexone augmentation for major depression with dose escalation in "
            "patients not responding by week 4: a randomised trial",
            "Seventy-two adults with major depressive disorder were randomised to naltrexone 2 "
            "mg/day or placebo. Patients whose MADRS had fallen by less than a quarter at week 4 "
            "received twice the dose (naltrexone 4 mg/day or matching placebo).",
        ),
        (
            "Low-dose naltrexone in treatment-resistant depression: a randomized trial",
            "Sixty adults with major depression were randomized to naltrexone 3 mg/day or "
            "placebo for 8 weeks, with a dose escalation for partial responders at week 4 "
            "(naltrexone 4.5 mg/day or two placebo tablets).",
        ),
    ],
)
def test_a_dose_raised_for_non_responders_compares_no_doses(title: str, methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN was superior to placebo."
    f = facts(title, abstract, RCT)
    assert len(f.ldn_doses_mg) == 2  # both levels listed (CONTRACT.md)
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(title, abstract, RCT)


@pytest.mark.parametrize(
    ("title", "methods", "types"),
    [
        (
            "Low-dose naltrexone in depression: an open-label trial with sequential "
            "dose-escalation cohorts",
            "Thirty adults with MDD received naltrexone in sequential dose-escalation cohorts "
            "of 1.5, 3 and 4.5 mg/day.",
            TRIAL,
        ),
        (
            "A dose-escalation study of low-dose naltrexone in patients who did not respond to "
            "antidepressants",
            "Thirty adults with treatment-resistant MDD received naltrexone 1.5, 3 and 4.5 "
            "mg/day in successive two-week steps, with MADRS at each step.",
            TRIAL,
        ),
        (
            "Low-dose naltrexone in depression: a randomized trial",
            "Ninety adults with MDD were randomised to naltrexone 1.5 or 3 mg/day or placebo.",
            RCT,
        ),
    ],
)
def test_real_dose_finding_designs_still_compare_doses(
    title: str, methods: str, types: tuple[str, ...]
) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell."
    assert facts(title, abstract, types).compares_doses is True


# -- an antidepressant started for non-response by a few who then left the analysis is not
# taken with LDN (holdout108 11800039: "initiation of an antidepressant was allowed for
# non-response and occurred in 6 participants (sertraline 4, bupropion 2), who were then
# censored")

BIPOLAR = "Low-dose naltrexone for bipolar depression: a 16-week open-label trial"
ON_LDN = (
    "Forty-four adults with bipolar depression on mood stabilisers took naltrexone 3 mg nightly."
)


@pytest.mark.parametrize(
    "started",
    [
        "Initiation of an antidepressant was allowed for non-response and occurred in 6 "
        "participants (sertraline 4, bupropion 2), who were then censored.",
        "Seven non-responders started venlafaxine and were censored at that point.",
        "Rescue treatment with an SSRI was permitted for worsening depression (n = 3); these "
        "participants were excluded from analysis.",
        "Five participants who deteriorated began escitalopram; they were then withdrawn from "
        "the efficacy analysis.",
    ],
)
def test_an_antidepressant_begun_by_some_who_then_left_the_analysis_is_not_taken_with_ldn(
    started: str,
) -> None:
    abstract = f"Methods: {ON_LDN} {started}\nResults: MADRS fell by 9 points."
    assert facts(BIPOLAR, abstract, TRIAL).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(BIPOLAR, abstract, TRIAL)


@pytest.mark.parametrize(
    "methods",
    [
        "Forty adults with MDD on stable sertraline had LDN added to their sertraline "
        "(naltrexone 4.5 mg nightly).",
        # dropouts for another reason do not take the drug away from the others
        "LDN 4.5 mg was added to sertraline in forty adults with MDD; 3 were withdrawn from the "
        "study for nausea.",
    ],
)
def test_ldn_added_to_an_antidepressant_still_counts(methods: str) -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: an open-label trial"
    abstract = f"Methods: {methods}\nResults: MADRS fell by 9 points."
    assert facts(title, abstract, TRIAL).concomitant_classes == ["serotonergic"]


# -- n: the people taken in out of a pool ("Forty-one of 49 eligible completers enrolled"),
# never a count of those who had an event ("Four participants had a manic or hypomanic
# episode", holdout108 11800039, gave n 4)

EXTENSION = "Open-label extension of low-dose naltrexone in bipolar depression: 24-week outcomes"


@pytest.mark.parametrize(
    ("methods", "results", "n"),
    [
        (
            "Completers of the parent trial could enter the extension and receive LDN 4.5 mg "
            "every other night.",
            "Forty-one of 49 eligible completers enrolled (LDN-LDN 22; placebo-LDN 19). Four "
            "participants had a manic or hypomanic episode over 24 weeks.",
            41,
        ),
        (
            "Thirty-eight of 45 invited patients with bipolar depression enrolled and took "
            "naltrexone 3 mg nightly.",
            "MADRS fell by 9 points. Three participants had a hypomanic switch.",
            38,
        ),
        (
            "Adults with bipolar depression took naltrexone 3 mg nightly; 52 of 60 eligible "
            "patients were enrolled.",
            "MADRS fell. Two patients had serious adverse events and five reported vivid dreams.",
            52,
        ),
    ],
)
def test_the_people_taken_in_from_a_pool_are_the_sample_not_those_with_an_event(
    methods: str, results: str, n: int
) -> None:
    abstract = f"Methods: {methods}\nResults: {results}"
    assert facts(EXTENSION, abstract, TRIAL).n == n


@pytest.mark.parametrize(
    "event",
    [
        "Four participants had a manic or hypomanic episode.",
        "Two patients had at least one serious adverse event.",
        "Three women suffered a fall during the study.",
    ],
)
def test_a_count_of_people_with_an_event_is_never_the_sample(event: str) -> None:
    abstract = (
        "Methods: Adults with bipolar depression took naltrexone 3 mg nightly for 16 weeks.\n"
        f"Results: MADRS fell by 9 points. {event}"
    )
    assert facts(EXTENSION, abstract, TRIAL).n is None


# -- a follow-up or secondary report's own analysed sample, said as "form the analysis
# sample" with its arms named by their doses in brackets (holdout110 12000032: "Of 96
# randomized, 74 were assessed at month 12 (1.5 mg, 24; 4.5 mg, 27; placebo, 23) and form
# the analysis sample" gave the parent's 96)


@pytest.mark.parametrize(
    ("title", "methods", "own"),
    [
        (
            "Twelve-month outcomes after randomization to naltrexone 1.5 mg, 4.5 mg or placebo "
            "for persistent depressive disorder: follow-up of a randomized controlled trial",
            "Participants randomized to naltrexone 1.5 mg/day, 4.5 mg/day or placebo continued "
            "their allocated treatment for a further 40 weeks. Of 96 randomized, 74 were "
            "assessed at month 12 (1.5 mg, 24; 4.5 mg, 27; placebo, 23) and form the analysis "
            "sample.",
            74,
        ),
        (
            "Two-year follow-up of a randomised trial of two doses of low-dose naltrexone in "
            "depression",
            "Of 140 randomised to naltrexone 0.5 mg/day, 2.5 mg/day or placebo, 91 were reached "
            "at two years (0.5 mg, 30; 2.5 mg, 31; placebo, 30) and make up the analysed sample.",
            91,
        ),
        (
            "Secondary analysis of a randomised trial of low-dose naltrexone in depression",
            "120 adults with MDD were randomised to naltrexone 4.5 mg/day or placebo; those with "
            "stored plasma (n = 47) form the analysis sample of this report.",
            47,
        ),
    ],
)
def test_a_follow_up_report_counts_the_sample_it_says_it_analyses(
    title: str, methods: str, own: int
) -> None:
    abstract = f"Methods: {methods}\nResults: Relapse was less frequent with LDN."
    assert facts(title, abstract, RCT).n == own


def test_a_primary_trial_keeps_its_randomised_n() -> None:
    abstract = (
        "Methods: 120 adults with MDD were randomised to naltrexone 4.5 mg/day or placebo. Of "
        "120 randomized, 104 completed week 12 and form the per-protocol sample.\n"
        "Results: LDN was superior."
    )
    title = "Low-dose naltrexone for major depression: a randomised trial"
    assert facts(title, abstract, RCT).n == 120


# -- a report of an enrolled trial's people at entry is that trial, not its protocol, even
# as a congress abstract that says its results are still to come (holdout110 12000039:
# "Baseline characteristics of participants in LoDoSe-D, a dose-ranging trial ...",
# "Primary results are expected in mid-2027" gave protocol)

CONGRESS = ("Congress",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Baseline characteristics of participants in LoDoSe-D, a dose-ranging trial of "
            "adjunctive low-dose naltrexone for depression",
            "Background: LoDoSe-D is a placebo-controlled, dose-ranging trial of naltrexone 0.5, "
            "1.5, 3 and 4.5 mg/day added to SSRIs in major depressive disorder. Results: "
            "Enrolment closed in August 2026 with 236 participants randomised (mean age 41.7 "
            "years). Conclusions: Primary results are expected in mid-2027.",
        ),
        (
            "The LoDoSe-D trial of low-dose naltrexone doses in major depression: the "
            "randomised sample",
            "Objective: We describe the enrolled sample of a placebo-controlled trial of "
            "naltrexone 1.5 or 4.5 mg/day added to SSRIs in major depressive disorder. Results: "
            "Recruitment ended in June 2026 with 212 participants randomised at 6 sites. "
            "Conclusions: Efficacy results are expected in 2027.",
        ),
        (
            "Baseline profile of adults in a randomised trial of two doses of low-dose "
            "naltrexone for depression",
            "Background: A multicentre trial of naltrexone 2 mg or 4 mg/day or placebo in major "
            "depressive disorder. Results: In total 174 participants entered the trial (mean "
            "age 39 years). Conclusions: Primary results are expected next year.",
        ),
    ],
)
def test_a_baseline_report_of_an_enrolled_trial_is_that_trial_without_results(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, CONGRESS)
    assert (f.design, f.has_results) == ("rct", False)
    assert gaps(title, abstract, CONGRESS)["larger-trials"] == "in_progress"


def test_a_protocol_that_will_describe_its_baseline_sample_stays_a_protocol() -> None:
    title = "Low-dose naltrexone doses in major depression: a randomised trial in progress"
    abstract = (
        "Methods: 200 adults with MDD will be randomised to naltrexone 1.5 or 4.5 mg/day or "
        "placebo; baseline characteristics will be described. Results are expected in 2028."
    )
    assert facts(title, abstract, CONGRESS).design == "protocol"


@pytest.mark.parametrize(
    "still",
    [
        "61 participants have been randomised so far; recruitment is on schedule.",
        "The target sample is 140; 61 participants have been randomised to date.",
        "The trial is still recruiting; 61 participants have been randomised.",
    ],
)
def test_a_baseline_report_of_a_trial_still_recruiting_is_its_protocol(still: str) -> None:
    title = "A randomised trial of low-dose naltrexone in late-life depression: design and baseline"
    abstract = (
        "Introduction: We present the design of a double-blind trial of naltrexone 1 mg b.i.d. "
        f"versus placebo in adults aged 60+ with major depressive disorder. Methods: {still} "
        "Results: Baseline mean age 71.4 years. Conclusions: Results are expected in 2029."
    )
    assert facts(title, abstract, CONGRESS).design == "protocol"
