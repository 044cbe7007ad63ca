"""Round 26: a derived report's own people (CONTRACT.md: a secondary, post-hoc or
subgroup analysis counts its own analysed sample, not its parent's), said in ways the
earlier rounds had not read. Each gave the parent trial's size before these tests."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

POSTHOC = "Dose and late-life depression: post-hoc analysis of the LDN-DR trial"
DESIGN = (
    "Design: Post-hoc analysis of a 10-week, four-arm randomised placebo-controlled trial in "
    "which 236 adults taking an SSRI or SNRI received placebo or naltrexone 1.5, 3.0 or "
    "4.5 mg/day.\n"
)
RESULTS = "\nResults: The dose-response curve was flatter in older adults."


@pytest.mark.parametrize(
    "people",
    [
        # holdout79 26100040: a section naming the participants, arms labelled by dose
        "Participants: The 47 randomised participants aged 60 years or older (placebo 12, "
        "1.5 mg 11, 3.0 mg 13, 4.5 mg 11).",
        # probes: other section names, arms written other ways
        "Sample: 47 patients who were at least 60 at randomisation (12/11/13/11).",
        "Study population: Forty-seven randomised adults aged 60 years or over (placebo, "
        "n = 12; 1.5 mg, n = 11; 3.0 mg, n = 13; 4.5 mg, n = 11).",
        "Subjects: 47 participants older than 60 (12, 11, 13 and 11 per arm) were analysed.",
    ],
)
def test_a_subgroup_named_with_arms_that_add_up_is_the_reports_own_n(people: str) -> None:
    abstract = DESIGN + people + RESULTS
    assert facts(POSTHOC, abstract, JOURNAL).n == 47
    assert "larger-trials" not in gaps(POSTHOC, abstract, JOURNAL)


@pytest.mark.parametrize(
    "abstract",
    [
        # an outcome counted by arm in the results is no subgroup the report analyses
        DESIGN + "Results: 40 participants with insomnia (placebo 5, 1.5 mg 10, 3.0 mg 12, "
        "4.5 mg 13). Scores fell.",
        # the parent's people with their arms, then a verb of the parent's flow
        "Methods: Post-hoc analysis of a trial. 236 adults (placebo 59, 1.5 mg 59, 3.0 mg 59, "
        "4.5 mg 59) were randomised.\nResults: Scores fell.",
        "Methods: Post-hoc analysis of a trial in which 236 adults were randomised to "
        "naltrexone 4.5 mg or placebo. 200 participants completed the trial (LDN 101, "
        "placebo 99).\nResults: Scores fell.",
    ],
)
def test_counts_by_arm_that_are_no_subgroup_keep_the_parents_n(abstract: str) -> None:
    assert facts(POSTHOC, abstract, JOURNAL).n == 236


SECONDARY = "Early improvement and dose: a secondary analysis of the LoDoSe randomised trial"
PARENT = (
    "Methods: Secondary analysis of a double-blind trial in which 96 SSRI-treated adults with "
    "major depression were randomised to naltrexone 1.5 mg, 4.5 mg or placebo. "
)


@pytest.mark.parametrize(
    "selected",
    [
        # holdout78 27100003: the selected people sized in brackets, then included
        "Participants with at least one post-baseline MADRS (n = 88) were included.",
        # probes: other verbs of inclusion, the count before the selection
        "Those with a post-baseline rating (n = 88) were analysed.",
        "Patients with a week-2 MADRS (n = 88) entered this analysis.",
        "Eighty-eight participants with at least one rating after baseline were included.",
    ],
)
def test_a_selection_sized_and_taken_in_is_the_reports_own_n(selected: str) -> None:
    abstract = PARENT + selected + RESULTS
    assert facts(SECONDARY, abstract, JOURNAL).n == 88


@pytest.mark.parametrize(
    "restated",
    [
        # the parent's people taken into the parent trial, not into this analysis
        "Adults with major depression (n = 96) were included in the trial.",
        "Participants with a MADRS of 20 or more (n = 96) were randomised.",
    ],
)
def test_the_parents_people_sized_in_brackets_keep_the_parents_n(restated: str) -> None:
    abstract = "Methods: Secondary analysis of a trial of naltrexone. " + restated + RESULTS
    assert facts(SECONDARY, abstract, JOURNAL).n == 96


EMULATION = (
    "Low-dose naltrexone co-prescribed with SSRIs in depression: a target-trial emulation "
    "using electronic health records"
)


@pytest.mark.parametrize(
    ("people", "n"),
    [
        # preprints19 PPR8000015: the two sides of a 1:4 matching, each sized in brackets
        (
            "Adults with MDD who were taking an SSRI or SNRI and newly started naltrexone at "
            "1.5-4.5 mg/day (n = 2,318) were propensity-matched 1:4 to patients who added no "
            "augmenting agent (n = 9,272).",
            11590,
        ),
        # probes: "matched with", the matched side named as such, the second side unbracketed
        (
            "Adults on an SSRI who began naltrexone 4.5 mg (n = 1,150) were matched with "
            "non-users on an SSRI alone (n = 2,300) on age, sex and baseline PHQ-9.",
            3450,
        ),
        (
            "We compared new LDN users (N=812) with propensity score-matched non-users (N=1,624).",
            2436,
        ),
        (
            "Patients who started naltrexone 3 mg (n = 500) were propensity-matched 1:2 to "
            "1,000 patients who started no augmenting agent.",
            1500,
        ),
    ],
)
def test_both_sides_of_a_matching_sized_in_brackets_are_the_sample(people: str, n: int) -> None:
    abstract = (
        "Design, setting and participants: Retrospective cohort study in the TriNetX network. "
        + people
        + "\nResults: LDN was associated with fewer hospitalisations."
    )
    assert facts(EMULATION, abstract, JOURNAL).n == n
