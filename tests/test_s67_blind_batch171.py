"""Kinds from blind batch 171 (session 67, first measured on the src of d10b4a2c, session
66's final rules) and from batch 170's field errors left open then, written again in other
words. No gap verdict was false in batch 171; these are the facts it missed.

- holdout700 52204241: a protocol that "will approach an estimated 300 patients to
  randomise 100" read the approached as its size.
- holdout700 52204243: "the dose range worth carrying into a randomised trial" read the
  later trial as the study's design.
- preprints148 PPR9901364: "Most were on serotonergic or noradrenergic agents: 71 on an
  SSRI, ..., 21 on bupropion" classed bupropion as the share's class.
- holdout703 52204317: "1.5 mg for one week, then 3 mg for one week and 4.5 mg from week 3
  onward" kept the middle step.
- holdout705 52204343: a strength per a measured volume ("250 micrograms per 0.25 mL") read
  as a dose.
- holdout706 52204366: groups named by their doses ("into an LDN 1.5 mg group, ...") were
  not counted as arms, so "40 cases in each group" was not multiplied.
- holdout705 52204351: the arms' sizes slashed in a bracket ("(26/27/26)") were not read.
"""

from __future__ import annotations

from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps


def test_the_people_a_protocol_will_approach_are_its_pool_not_its_size() -> None:
    title = "Adjunctive low-dose naltrexone in depression: protocol for a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder and an inadequate response to an SSRI "
        "will continue it and be randomised 1:1 to naltrexone 2 mg twice daily or placebo "
        "for 12 weeks. We will approach an estimated 420 patients to randomise 140 (70 per "
        "arm), allowing for 20% attrition.\n"
        "Discussion: Recruitment began in 2025."
    )
    assert facts(title, text, PROTOCOL).n == 140


def test_a_protocol_that_randomises_all_it_approaches_keeps_that_number() -> None:
    # (control: no second count after the approach)
    title = "Adjunctive low-dose naltrexone in depression: protocol for a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on an SSRI will be randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. We will randomise 140 participants.\n"
        "Discussion: Recruitment began in 2025."
    )
    assert facts(title, text, PROTOCOL).n == 140


def test_the_trial_a_dose_is_worth_carrying_into_is_not_the_studys_design() -> None:
    title = (
        "An open-label dose-escalation study of low-dose naltrexone in treatment-resistant "
        "depression"
    )
    text = (
        "Purpose: We sought the doses worth carrying into a randomised trial.\n"
        "Methods: Adults with treatment-resistant depression received naltrexone 0.5 mg, "
        "1.5 mg or 4.5 mg daily in three sequential open-label cohorts on their usual "
        "antidepressant.\n"
        "Results: Eighteen patients were enrolled, six per cohort."
    )
    assert facts(title, text, TRIAL).design == "nonrandomized_trial"


def test_a_dose_carried_into_the_studys_own_randomised_phase_keeps_its_design() -> None:
    # (control: the study's own randomised trial, named with "the")
    title = "Low-dose naltrexone in treatment-resistant depression: a randomised trial"
    text = (
        "Methods: Adults with treatment-resistant depression on their usual antidepressant "
        "were randomised to naltrexone 4.5 mg or placebo for 8 weeks.\n"
        "Results: Sixty patients were randomised; MADRS fell more with naltrexone."
    )
    assert facts(title, text, RCT).design == "rct"


def test_a_class_said_of_most_people_does_not_reclass_every_drug_listed_after_it() -> None:
    title = "Low-dose naltrexone augmentation in depression: a retrospective chart review"
    text = (
        "Methods: We reviewed the records of adults with major depressive disorder started "
        "on LDN 4.5 mg as augmentation.\n"
        "Results: A total of 96 patients were included. The majority were taking serotonergic "
        "antidepressants: 50 on an SSRI, 30 on an SNRI and 16 on bupropion. PHQ-9 fell."
    )
    assert facts(title, text, JOURNAL).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
        "dopaminergic",
    ]


def test_a_class_given_to_the_regimens_still_reclasses_the_drugs_it_lists() -> None:
    # (control: the study's own classing of its regimens, as in the 2017 pilot)
    title = "Low-dose naltrexone augmentation in depression: an open trial"
    text = (
        "Methods: Adults with major depressive disorder on regimens we classed as "
        "dopaminergic (bupropion or sertraline 150 mg or more) received LDN 1 mg twice daily "
        "for 3 weeks.\n"
        "Results: Twelve patients were enrolled; HAM-D fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == ["dopaminergic"]


def test_a_middle_step_before_a_dose_kept_from_a_named_week_is_a_step() -> None:
    title = "Low-dose naltrexone in bipolar depression: an open-label trial"
    text = (
        "Methods: Adults with bipolar depression (MADRS 20 or more) on lithium received "
        "naltrexone 1 mg nightly for two weeks, then 2 mg for two weeks and 4.5 mg from week "
        "5 onward. Antidepressants were not permitted.\n"
        "Results: Thirty patients were enrolled; MADRS fell."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [4.5]


def test_doses_compared_from_a_named_week_stay_two_arms() -> None:
    # (control: two arms, one starting later, are alternatives)
    title = "Two doses of low-dose naltrexone in bipolar depression: a randomised trial"
    text = (
        "Methods: Adults with bipolar depression (MADRS 20 or more) on lithium were "
        "randomised to naltrexone 2 mg or 4.5 mg nightly for 8 weeks.\n"
        "Results: Thirty patients were randomised; MADRS fell in both arms."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [2.0, 4.5]


def test_a_strength_per_measured_volume_is_no_dose() -> None:
    title = "Sublingual ultra-low-dose naltrexone in dysthymia: a randomised crossover trial"
    text = (
        "Methods: Adults with persistent depressive disorder (MADRS 18 or more) were "
        "randomised to naltrexone 100 micrograms sublingually twice daily (compounded drops, "
        "100 micrograms per 0.2 mL) or placebo in two 4-week periods.\n"
        "Results: Twenty participants were randomised; MADRS fell more on naltrexone."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [0.2]


def test_groups_named_by_their_doses_multiply_a_size_in_each() -> None:
    title = "[Low-dose naltrexone versus sertraline for mild depression: a randomized trial]"
    text = (
        "Methods: Outpatients with a depressive episode (HAMD-17 17-24) taking no "
        "antidepressant were randomly divided into an LDN 2.5 mg group, an LDN 4.5 mg group "
        "and a sertraline 50 mg group, 35 cases in each group, and treated for 8 weeks.\n"
        "Results: A total of 98 patients completed treatment."
    )
    got = facts(title, text, RCT)
    assert got.n == 105
    assert "larger-trials" in gaps(title, text, RCT)


def test_arm_sizes_slashed_after_the_arms_sum_to_the_sample() -> None:
    title = "Adjunctive naltrexone 1.5 mg or 3 mg in bipolar depression: a randomised trial"
    text = (
        "Methods: Adults with bipolar depression (MADRS 20 or more) on lamotrigine were "
        "randomised to naltrexone 1.5 mg/day, naltrexone 3 mg/day or placebo (24/25/24) for "
        "8 weeks.\n"
        "Results: 66 participants completed the study; MADRS fell most on 3 mg."
    )
    assert facts(title, text, RCT).n == 73


def test_a_date_slashed_after_the_arms_is_no_size() -> None:
    # (control: a bracket with as many parts as arms, but not after the arms)
    title = "Adjunctive naltrexone in bipolar depression: a randomised trial"
    text = (
        "Methods: Adults with bipolar depression (MADRS 20 or more) were randomised to "
        "naltrexone 3 mg/day or placebo for 8 weeks (first visit 12/05).\n"
        "Results: 40 participants completed the study; MADRS fell."
    )
    assert facts(title, text, RCT).n == 40
