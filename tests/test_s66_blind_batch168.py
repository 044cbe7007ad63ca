"""Kinds from blind batch 168 (session 66, first measured on the src of 49b6787d, batch
167's fixes), written again in other words.

- holdout690 52204042: an editorial naming LDN only in "Earlier attempts to recruit the
  opioid system in depression took other routes: ..., naltrexone at 1 mg twice daily in a
  12-patient pilot" was read as on-topic.
- preprints146 PPR9901304: a Crohn's disease cohort whose only mention of depression is a
  share of the sample ("61 (33%) had a recorded anxiety or depression diagnosis") was read as
  on-topic.
- holdout690 52204053: a protocol's "Participants receive naltrexone 4.5 mg ... or identical
  placebo" set no arms, so "With 120 patients per arm" gave no n (a missed in-progress
  verdict).
- holdout690 52204057: "randomised 22 to each schedule" was read as 22.
- holdout690 52204047: "Cohort sizes were 6, 6, 8 and 8" was not summed.
- holdout688 52204006: a subgroup analysis's "Thirty-eight women (37%) met the subgroup
  definition" gave the parent's 104.

Left alone: holdout689 52204036 (LDN during an SSRI taper in people whose depression is in
remission), labelled as no depression population, where older sets label such people a
depression population (four records, eight verdicts): the older convention is kept.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, TRIAL, facts, gaps, judge_preprint, preprint


def test_ldn_named_only_among_earlier_attempts_in_an_editorial_is_not_on_topic() -> None:
    title = "Targeting the nociceptin receptor in depression: what next?"
    text = (
        "Anhedonia is poorly served by monoaminergic antidepressants. In this issue, a phase 2 "
        "trial reports that a nociceptin antagonist added to SSRIs in 160 patients improved "
        "SHAPS scores. Earlier attempts to engage the opioid system in depression took other "
        "routes: buprenorphine with samidorphan, and naltrexone at 1 mg twice daily in a small "
        "pilot, whose size limits what it can tell us. We argue that the next trials should "
        "test two doses."
    )
    assert facts(title, text, ("Editorial",)).on_topic is False


def test_a_share_of_the_sample_with_a_recorded_diagnosis_is_no_outcome() -> None:
    f, g = judge_preprint(
        preprint(
            "Low-dose naltrexone and flare-free survival in ulcerative colitis: a cohort",
            "Background: LDN has been tried in inflammatory bowel disease. Methods: We reviewed "
            "records of adults with ulcerative colitis who started LDN (4.5 mg/day) at four "
            "centres. The outcome was flare-free survival at 12 months. Results: A total of "
            "150 patients were included; 44 (29%) had a recorded anxiety or depression diagnosis. "
            "Flare-free survival was 58%. Conclusions: LDN may help some patients.",
        )
    )
    assert f.on_topic is False
    assert g == {}


def test_a_protocols_arms_told_as_what_participants_receive_set_the_per_arm_count() -> None:
    title = "Low-dose naltrexone added to antidepressants in older adults: protocol"
    text = (
        "Methods: Randomised, double-blind, placebo-controlled trial. Patients aged 60 and "
        "older with major depressive disorder on an SSRI will be included. Participants "
        "receive naltrexone 3 mg at night or matching placebo for 12 weeks. With 90 patients "
        "per arm, the trial has 80% power to detect a difference of 3 MADRS points."
    )
    assert facts(title, text, PROTOCOL).n == 180
    assert gaps(title, text, PROTOCOL).get("larger-trials") == "in_progress"


def test_randomised_so_many_to_each_arm_is_a_count_per_arm() -> None:
    title = "Two dosing times of low-dose naltrexone added to sertraline: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on sertraline were randomised to LDN "
        "4.5 mg at 07:00 with placebo at 23:00, or placebo at 07:00 with LDN 4.5 mg at 23:00, "
        "for 8 weeks.\n"
        "Results: We screened 90 people and randomised 26 to each schedule; 47 completed."
    )
    assert facts(title, text, RCT).n == 52


def test_cohort_sizes_listed_bare_add_up() -> None:
    title = "Naltrexone from 0.5 to 4.5 mg in depression: a dose-escalation study"
    text = (
        "We conducted a dose-finding study in adults with major depressive disorder. Four "
        "cohorts were enrolled in sequence and received naltrexone 0.5 mg, 1.5 mg, 3 mg or "
        "4.5 mg daily for 6 weeks. Cohort sizes were 5, 7, 7 and 9. HAM-D17 fell most at "
        "3 mg."
    )
    assert facts(title, text, TRIAL).n == 28


def test_those_who_met_a_subgroup_definition_are_a_subgroup_reports_sample() -> None:
    title = "Low-dose naltrexone and depressive symptoms in women with chronic pelvic pain"
    text = (
        "Objective: We examined whether LDN improved depressive symptoms in the subgroup with "
        "comorbid depression of a randomized trial of LDN for chronic pelvic pain.\n"
        "Methods: The parent trial randomized 120 women with chronic pelvic pain to "
        "naltrexone 4.5 mg or placebo. For this post hoc analysis, women with a PHQ-9 of 10 "
        "or more at baseline were classified as depressed.\n"
        "Results: Forty-one women (34%) met the subgroup definition (LDN, n = 22; placebo, "
        "n = 19). PHQ-9 fell more with LDN."
    )
    assert facts(title, text, RCT).n == 41
