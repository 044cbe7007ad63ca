"""Sample sizes: rules added in round 12 (the "numbers" part).

CONTRACT.md: ``n`` is the number of participants of the study itself: randomised (an
RCT), else enrolled or included; planned, for a protocol; a secondary analysis counts its
own analysed sample. A wrong n of 50 or more closes "larger trials" falsely, so a count
per arm or per site is multiplied only where the text says how many arms or sites there
are. Every record here is written for this test, one kind per case, with a near miss
where one applies; none is taken from a labelled set.
"""

from __future__ import annotations

from written import CASE, PROTOCOL, RCT, TRIAL, facts, gaps

LARGER = "larger-trials"
_PROTOCOL_TITLE = (
    "Naltrexone 3 mg added to duloxetine in major depression: protocol for a randomised trial"
)


# ------------------------------ a bracket right after a bare count describes it
def test_a_bracket_describing_a_bare_count_is_not_the_count() -> None:
    """ "58 (mean age 44 years; 31 men) with ... were randomized": the ages and sexes in the
    bracket describe the 58 who were randomised; 31 is part of them."""
    f = facts(
        "Naltrexone added to sertraline in major depression: a randomised trial",
        "Methods: Of 120 adults screened, 58 (mean age 44.5 years; 31 men) with an inadequate "
        "response to sertraline were randomized to naltrexone 2 mg or placebo for 8 weeks.",
        RCT,
    )
    assert f.n == 58


# ------------------------------ a protocol's size given per arm
def test_a_protocols_size_per_arm_counts_the_enumerated_arms() -> None:
    """ "Sample size: 24 participants per arm" over four arms named in the allocation is 96
    planned; with no arms to count it stays unknown (a guess could close the gap)."""
    four_arms = (
        "Methods and analysis: Adults with major depressive disorder will be randomised to "
        "naltrexone 3 mg, naltrexone 1.5 mg, naltrexone 0.75 mg or placebo for 10 weeks. "
        "Sample size: 24 participants per arm."
    )
    f = facts(_PROTOCOL_TITLE, four_arms, PROTOCOL)
    assert (f.design, f.n) == ("protocol", 96)
    assert gaps(_PROTOCOL_TITLE, four_arms, PROTOCOL).get(LARGER) == "in_progress"
    no_arms = (
        "Methods and analysis: Adults with major depressive disorder will take naltrexone 3 mg "
        "nightly for 10 weeks added to duloxetine. Sample size: 24 participants per arm."
    )
    assert facts(_PROTOCOL_TITLE, no_arms, PROTOCOL).n is None


# ------------------------------ a size given per site
def test_sites_that_each_randomise_a_number_multiply_it() -> None:
    """ "Six sites will each randomise 10 participants" plans 60; "each site" without a
    number of sites multiplies nothing."""
    head = (
        "Methods and analysis: Adults with major depressive disorder will be randomised to "
        "naltrexone 3 mg or placebo for 10 weeks. "
    )
    f = facts(_PROTOCOL_TITLE, head + "Six sites will each randomise 10 participants.", PROTOCOL)
    assert f.n == 60
    f = facts(_PROTOCOL_TITLE, head + "Each of four clinics will enrol 15 participants.", PROTOCOL)
    assert f.n == 60


# ------------------------------ the planned size next to a cited earlier trial
def test_a_planned_size_beside_a_cited_earlier_trial_is_the_plan() -> None:
    """ "We will enrol 64 participants, ... our previous trial of 120 patients": the
    sentence is the protocol's own plan (a future act is not earlier work); the 120 is
    the cited trial's size, never this study's."""
    head = (
        "Methods and analysis: Adults with major depressive disorder will be randomised to "
        "naltrexone 3 mg or placebo for 10 weeks. "
    )
    for sentence in (
        "We will enrol 64 participants, a size based on the effect seen in our previous "
        "trial of 120 patients.",
        "64 participants will be randomised, as in our earlier trial of 120 patients.",
    ):
        f = facts(_PROTOCOL_TITLE, head + sentence, PROTOCOL)
        assert f.n == 64, sentence


# ------------------------------ people counted sex by sex
def test_women_and_men_counted_apart_add_up_to_the_sample() -> None:
    """ "fourteen women and eleven men" are 25 people; the same pair in brackets after a
    head count describes it ("40 adults (22 women and 18 men)") and the head count stays."""
    f = facts(
        "Naltrexone added to escitalopram in depression: an open-label study",
        "We treated fourteen women and eleven men with major depressive disorder with "
        "naltrexone 3 mg nightly for 8 weeks, added to escitalopram.",
        TRIAL,
    )
    assert f.n == 25
    f = facts(
        "Naltrexone added to escitalopram in depression: an open-label study",
        "We enrolled 40 adults (22 women and 18 men) with major depressive disorder and gave "
        "naltrexone 3 mg nightly for 8 weeks, added to escitalopram.",
        TRIAL,
    )
    assert f.n == 40


# ------------------------------ cohorts of equal size, with words before "cohorts"
def test_cohorts_of_equal_size_multiply_whatever_describes_them() -> None:
    """ "four consecutive open-label cohorts of nine participants" are 36 people."""
    f = facts(
        "Dose escalation of naltrexone added to duloxetine in major depression",
        "Methods: Adults with major depression on duloxetine were enrolled in four consecutive "
        "open-label cohorts of nine participants, receiving naltrexone 0.5, 1, 2 and 4 mg "
        "daily.",
        TRIAL,
    )
    assert f.n == 36


# ------------------------------ a case series and the patients it describes
def test_a_case_series_counts_the_inpatients_it_presents() -> None:
    """ "We present seven inpatients": the series is seven, not the six in whom the dose
    was started (the seventh had another dose)."""
    f = facts(
        "Naltrexone added to fluoxetine in bipolar depression: a case series",
        "Case presentations: We present seven inpatients with bipolar depression on "
        "fluoxetine. Naltrexone 2 mg was started in six patients; one patient received 1 mg.",
        CASE,
    )
    assert f.n == 7


# ------------------------------ a secondary analysis: "were analysed (n = ...)"
def test_a_secondary_analysis_counts_the_n_of_its_analysed_bracket() -> None:
    """ "were analysed (n = 74: ...; of 120 randomised)": the analysis's own sample is 74,
    the parent's 120 follows it."""
    f = facts(
        "Cortisol and response to naltrexone added to SNRIs: a secondary analysis of a "
        "randomised trial",
        "Methods: Secondary analysis of a 10-week trial in which adults with major depression "
        "on an SNRI were randomised to naltrexone 3 mg/day or placebo. Participants with "
        "complete saliva cortisol data at both visits were analysed (n = 74: naltrexone 38, "
        "placebo 36; of 120 randomised).",
        RCT,
    )
    assert f.n == 74


# ------------------------------ "met all criteria and were randomised"
def test_met_all_criteria_and_were_randomised_is_the_randomised_count() -> None:
    """ "38 met all criteria and were randomised" is the trial; the 12 who used a permitted
    drug afterwards are some of them."""
    f = facts(
        "Naltrexone added to vortioxetine in major depression: a randomised trial",
        "Methods: Ninety outpatients with major depressive disorder were screened; 38 met all "
        "criteria and were randomised to naltrexone 1.5 mg twice daily or placebo for 8 weeks. "
        "Zolpidem for insomnia was permitted and was used by 12 participants.",
        RCT,
    )
    assert f.n == 38
