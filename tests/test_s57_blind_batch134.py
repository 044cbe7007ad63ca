"""Kinds from blind batch 134 (session 57, first measured on the src of 50452ed1), written
again in other words.

- holdout521 52200702: a protocol randomising "(a) switching to LDN or (b) continuing their
  SSRI or SNRI", the antidepressant "tapered ... and stopped; LDN will be started", read the
  SSRI as taken with LDN (a false serotonergic verdict): the keeping is the other arm's.
- holdout521 52200713: its secondary analysis ("tapered over 2 weeks and stopped before LDN
  was started"; "LDN was not combined with the SNRI") read the SNRIs taken at entry as
  taken with LDN (a false serotonergic verdict).
- holdout517 52200628: "Fifty-seven participants met DSM-5 criteria for current major
  depressive disorder" is a secondary analysis's own sample, not its parent's 124.
- preprints112 PPR9900272, PPR9900297: a derived report's own sample "(n=81 of the 88
  randomised)" after "included", and "52 participants (...) formed the subgroup".
- holdout520 52200697: a plan's "comparisons between those taking serotonergic
  antidepressants and those taking none" sorts people, nobody is given one.
- holdout519 52200678: "150 starting LDN and 150 starting other add-on treatments,
  including SSRIs" names the other group's treatments.
"""

from __future__ import annotations

from written import facts, gaps, judge_preprint, preprint

RCT = ["Journal Article", "Randomized Controlled Trial"]
PROTOCOL = ["Journal Article", "Clinical Trial Protocol"]


# --- LDN in place of the antidepressant, against keeping it ---------------------------

SWITCH_TITLE = "Replacing an SNRI with low-dose naltrexone in depression: protocol for an RCT"
SWITCH = (
    "Methods and analysis: Adults with major depressive disorder and a partial response to "
    "an SNRI will be randomised 1:1 to (a) changing to LDN or (b) continuing their SNRI at an "
    "optimised dose. In arm (a), the SNRI will be tapered over three weeks and stopped; LDN "
    "will be started at 4.5 mg/day. We will randomise 120 participants."
)


def test_ldn_replacing_the_drug_that_the_other_arm_keeps_is_not_taken_with_it() -> None:
    f = facts(SWITCH_TITLE, SWITCH, PROTOCOL)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(SWITCH_TITLE, SWITCH, PROTOCOL)


def test_ldn_added_to_the_drug_people_keep_still_counts() -> None:
    # (control: the keeping is the LDN arm's)
    text = (
        "Methods and analysis: Adults with major depressive disorder and a partial response "
        "to an SNRI will be randomised 1:1 to LDN 4.5 mg/day or placebo while continuing their "
        "SNRI. We will randomise 120 participants."
    )
    title = "Low-dose naltrexone added to SNRIs in depression: protocol for an RCT"
    assert facts(title, text, PROTOCOL).concomitant_classes == ["serotonergic", "noradrenergic"]


def test_another_medicine_tapered_before_ldn_is_no_replacement() -> None:
    # (control: what was tapered is not the antidepressant)
    text = (
        "Methods: Sixty adults with major depressive disorder on a stable SSRI were randomised "
        "to LDN 4.5 mg/day or placebo. Benzodiazepines were tapered over two weeks and stopped "
        "before LDN was started.\n\nResults: MADRS fell more with LDN."
    )
    title = "Low-dose naltrexone added to SSRIs: a randomised trial"
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_a_secondary_analysis_of_people_switched_off_their_drug_names_none_taken() -> None:
    text = (
        "Methods: The trial randomised adults with partial response to an antidepressant "
        "either to change to low-dose naltrexone (LDN) or to keep their antidepressant. In the "
        "change arm the antidepressant was tapered over three weeks and stopped before LDN was "
        "started; LDN was never combined with it. This analysis included the 64 participants "
        "taking venlafaxine or duloxetine at entry.\n\n"
        "Results: Depression improved similarly in both arms."
    )
    title = "Changing from SNRIs to low-dose naltrexone: secondary analysis of a randomised trial"
    f = facts(title, text, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


# --- a derived report's own sample named as a part of its parent's ---------------------


def test_the_people_a_diagnosis_picks_out_are_a_secondary_analysis_sample() -> None:
    text = (
        "Design: Post hoc analysis of a 10-week randomised trial in which 150 adults with "
        "chronic low back pain received naltrexone 4.5 mg/day or placebo.\n\n"
        "Methods: Sixty-two participants met DSM-5 criteria for a current major depressive "
        "episode at baseline. Depressive symptoms were rated with the PHQ-9.\n\n"
        "Results: PHQ-9 fell more with LDN in this group."
    )
    title = "Low-dose naltrexone and depression in chronic back pain: a post hoc analysis of an RCT"
    assert facts(title, text, RCT).n == 62


def test_a_share_of_the_whole_that_met_criteria_is_not_the_sample() -> None:
    # (control: the report analyses all, and counts those who met criteria as a result)
    text = (
        "Methods: Adults with chronic low back pain were randomised to naltrexone 4.5 mg/day "
        "or placebo for 10 weeks; depressive symptoms were rated with the PHQ-9.\n\n"
        "Results: Of 150 randomised participants, 62 (41%) met criteria for a current major "
        "depressive episode. PHQ-9 fell by 2 points more with LDN."
    )
    title = "Low-dose naltrexone and depressive symptoms in back pain: secondary analysis of an RCT"
    assert facts(title, text, RCT).n == 150


def test_a_derived_reports_sample_in_brackets_after_its_inclusion() -> None:
    result = preprint(
        "Baseline inflammation and response to low-dose naltrexone: secondary analysis of a "
        "randomised trial in depression",
        "Methods: This secondary analysis included every randomised participant with a "
        "baseline CRP measurement (n=74 of the 90 randomised). Participants with major "
        "depression had been allocated to naltrexone 4.5 mg or placebo. Results: Higher CRP "
        "predicted a larger benefit.",
    )
    f, _ = judge_preprint(result)
    assert f.n == 74


def test_the_people_who_formed_the_subgroup_are_the_sample() -> None:
    result = preprint(
        "Low-dose naltrexone in migraine patients with depression: subgroup analysis of a "
        "randomised trial",
        "Methods: Participants with a baseline PHQ-9 of 10 or more were analysed; all had been "
        "randomised to naltrexone 3 mg or placebo. Results: 47 participants (31% of the "
        "randomised sample) formed the subgroup, 24 allocated to LDN and 23 to placebo. "
        "Nine of the 47 participants were taking an SSRI. PHQ-9 fell more with LDN.",
    )
    f, _ = judge_preprint(result)
    assert f.n == 47


# --- a plan's strata and a comparison cohort ------------------------------------------

COHORT_TITLE = "Low-dose naltrexone in depression in routine care: protocol for a cohort study"


def test_a_plan_comparing_those_on_a_class_with_those_on_none_gives_nobody_it() -> None:
    text = (
        "Methods and analysis: A prospective cohort of adults with major depression whose "
        "psychiatrist has decided to start LDN. We plan to enrol 400 participants, enough for "
        "comparisons between those taking SNRIs and those taking none."
    )
    assert facts(COHORT_TITLE, text, PROTOCOL).concomitant_classes == []


def test_what_the_other_cohort_starts_instead_is_not_taken_with_ldn() -> None:
    text = (
        "Methods and analysis: A prospective, observational cohort of adults with bipolar "
        "depression. We aim to enrol 240 patients (120 starting LDN and 120 starting another "
        "adjunctive treatment, such as sertraline or quetiapine) and follow them for a year."
    )
    f = facts(COHORT_TITLE, text, PROTOCOL)
    assert f.concomitant_classes == []
    assert f.notes["concomitant_classes"] == "sertraline only in the comparator arm"
