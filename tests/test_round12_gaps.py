"""The verdict-deciding facts other than n and doses (round 12, "gaps"): who the people
were selected for, what a protocol plans, what its people take.

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Near misses keep their old verdict, so that a rule, not a phrase, is
what passes.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

LARGER = "larger-trials"


# ------------- a counted part of a sample selected for another condition: a subgroup of it
@pytest.mark.parametrize(
    ("title", "methods"),
    [
        (
            "Naltrexone 3 mg and mood in multiple sclerosis: post-hoc analysis of a randomised trial",
            "Among 212 adults with relapsing multiple sclerosis randomised to naltrexone 3 mg "
            "nightly or placebo for 24 weeks, 71 (33%) scored 14 or more on the BDI-II at "
            "entry; this post-hoc analysis concerns them.",
        ),
        (
            "Low-dose naltrexone and depressive symptoms in Crohn's disease: a secondary analysis",
            "In a randomised trial of naltrexone 4.5 mg daily versus placebo in 150 adults with "
            "Crohn's disease, the 66 participants with a HAM-D score of 16 or more at baseline "
            "were analysed.",
        ),
        (
            "Low-dose naltrexone for low mood in chronic fatigue: secondary analysis",
            "Of the 138 adults with chronic fatigue syndrome allocated to naltrexone 2.5 mg or "
            "placebo over 3 months, 57 had a MADRS score of 20 or more and form this report.",
        ),
    ],
)
def test_a_counted_part_of_another_conditions_sample_is_not_a_depressed_population(
    title: str, methods: str
) -> None:
    """The sample was selected for another condition; the people with the watched one are
    a number counted out of it (CONTRACT.md: "a depressed subgroup of it is not")."""
    abstract = f"Methods: {methods}\nResults: Depression scores fell more with naltrexone."
    f = facts(title, abstract, RCT)
    assert f.depression_population is False
    assert LARGER not in gaps(title, abstract, RCT)


def test_a_whole_that_was_only_screened_leaves_the_selection_alone() -> None:
    """'Of 300 screened, 80 with comorbid major depression were randomised': the 80 are the
    trial's people, selected for both conditions (near miss: unchanged)."""
    title = "Naltrexone 4.5 mg in fibromyalgia with major depression: a randomised trial"
    abstract = (
        "Methods: Of 300 women with fibromyalgia screened, 80 with comorbid major depressive "
        "disorder (PHQ-9 of 10 or more) were randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: HAM-D fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).depression_population is True


# ------------------------------- a protocol of a cohort or registry: observational, no gap
@pytest.mark.parametrize(
    "abstract",
    [
        # "allocates no <treatment>" and a trial named only as what the cohort will inform
        "The cohort is a prospective, observational study in 22 community mental health "
        "teams. It will recruit 640 adults with major depressive disorder whose psychiatrist "
        "has already chosen to start naltrexone 1 to 4.5 mg. The cohort allocates no "
        "medication. MADRS and adverse events will be recorded for one year. The cohort will "
        "inform the design of future placebo-controlled trials.",
        "The registry will follow 300 outpatients with treatment-resistant depression started "
        "on naltrexone 3 mg by their own clinicians; it prescribes no drug and records PHQ-9 "
        "every three months. Findings will guide a later randomised trial.",
    ],
)
def test_a_protocol_of_a_cohort_that_assigns_nothing_is_observational(abstract: str) -> None:
    """CONTRACT.md: a protocol of a cohort or registry keeps that design and closes no gap."""
    title = "Naltrexone at low dose in everyday psychiatric practice: protocol of a cohort"
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational"
    assert gaps(title, abstract, JOURNAL) == {}


# --------------- a share of the sample free of antidepressants: the others still take one
SERO = "serotonergic-combination"
_MIXED = (
    "Methods: We enrolled 55 women with current major depressive disorder (MADRS 20 or "
    "more). {line}\nResults: MADRS fell more with naltrexone."
)


@pytest.mark.parametrize(
    "line",
    [
        "Forty-one continued escitalopram and 14 (25%) were antidepressant-free; all were "
        "randomised to naltrexone 3 mg or placebo.",
        "Those on escitalopram (n = 30) kept it unchanged, or were antidepressant-free "
        "(n = 25); all were randomised to naltrexone 3 mg or placebo.",
        "Escitalopram was continued by 38 and 17 were unmedicated; all took naltrexone 3 mg "
        "or placebo.",
    ],
)
def test_a_share_free_of_antidepressants_leaves_the_others_taking_one(line: str) -> None:
    """'free of antidepressants' said of a counted share or of one alternative does not
    cancel the antidepressant the rest of the sample took with the drug."""
    title = "Naltrexone 3 mg for chronic pelvic pain with major depression: a randomised trial"
    abstract = _MIXED.format(line=line)
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == ["serotonergic"]
    assert SERO in gaps(title, abstract, RCT)


def test_a_whole_sample_free_of_antidepressants_is_still_free() -> None:
    """'All 55 were antidepressant-free' is the whole sample (near miss: unchanged)."""
    title = "Naltrexone 3 mg for major depression: a randomised trial"
    abstract = _MIXED.format(
        line="All 55 participants were antidepressant-free and were randomised to "
        "naltrexone 3 mg or placebo; escitalopram was the rescue drug."
    )
    assert SERO not in gaps(title, abstract, RCT)
