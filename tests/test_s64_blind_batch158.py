"""Kinds from blind batch 158 (session 64, first measured on the src of ed5234ee), written
again in other words.

- holdout638 52203002: a "PURPOSE/BACKGROUND" section (NLM category OBJECTIVE) that never
  spoke of the study told the drug's usual doses ("off-label, at 1-5 mg/day"), and those
  doses were given to the trial.
- holdout638 52203015: "no interaction with antidepressant use", in a trial that measured
  no mood, made it on-topic.
- holdout638 52203019: a poster's aim told in its background ("Aim was to explore
  dose-response of LDN as add on to SSRI") was not read as dose-finding.
- holdout640 52203051: the arms' sizes in a bracket after the allocation ("(22, 21 and 21
  participants)") were not added up.
- holdout640 52203056: "Eighteen, seventeen and nineteen women were randomised" read
  "seventeen and nineteen" as one number (36); and arms named by one intake of a twice-daily
  dose ("the 250 µg, 1 mg and placebo arms") were read as doses of their own.
- holdout640 52203059: "LDN 21 mg/week, dispensed as 3 mg nightly; ... increased to 4.5 mg
  nightly (31.5 mg/week)" read the weekly amounts as daily doses.
- preprints136 PPR9901003: "grouped by their stable daily dose: 1.5 mg or less, 3 mg, or
  4.5 mg" read the lowest group as a bound.
"""

from __future__ import annotations

from dataclasses import replace

from written import LEX, RCT, RULES, TRIAL, article, facts, judge_preprint, preprint

from ldn_watch.assess import assess
from ldn_watch.assess.counts import words_to_int
from ldn_watch.model import AbstractSection


def test_an_objective_section_that_never_speaks_of_the_study_opens_it_as_background() -> None:
    title = "Low-dose versus standard-dose naltrexone added to SNRIs in major depression: an RCT"
    sections = [
        AbstractSection(
            "Naltrexone is taken at 50 mg/day for alcohol dependence and, off-label, at "
            "0.5-6 mg/day for many conditions. Whether low and full doses differ in "
            "depression is unknown.",
            "PURPOSE/BACKGROUND",
            "OBJECTIVE",
        ),
        AbstractSection(
            "Adults with major depression on an SNRI were randomized to naltrexone 3 mg/d, "
            "naltrexone 50 mg/d or placebo for 8 weeks.",
            "METHODS/PROCEDURES",
            "METHODS",
        ),
        AbstractSection(
            "Ninety patients were randomized. MADRS fell most with 3 mg.",
            "FINDINGS/RESULTS",
            "RESULTS",
        ),
    ]
    a = replace(article(title, "", RCT), abstract=sections)
    assert assess(a, LEX, RULES).facts.ldn_doses_mg == [3.0]


def test_an_interaction_with_antidepressant_use_is_no_mood_outcome() -> None:
    title = "Low-dose naltrexone 2 mg versus 4.5 mg for chronic fatigue: a randomized trial"
    text = (
        "Methods: Adults with chronic fatigue were randomized to naltrexone 2 mg, 4.5 mg or "
        "placebo for 12 weeks, stratified by current use of an SSRI. The primary outcome was "
        "fatigue severity. Results: Of 120 randomized, 44 took an SSRI. Fatigue did not "
        "differ from placebo, and there was no interaction with antidepressant use."
    )
    assert facts(title, text, RCT).on_topic is False


def test_a_poster_aim_told_in_its_background_to_explore_dose_response_is_dose_finding() -> None:
    title = "P.112 Stepwise low dose naltrexone (1 to 4.5 mg) in SNRI-treated depression"
    text = (
        "Background: The best dose of LDN in depression is not known. Aim was to explore "
        "dose-response of LDN as add on to SNRI in TRD.\n"
        "Methods: Open label, single arm. Patients with TRD on stable venlafaxine received "
        "naltrexone 1mg/d x2 wk, then 2mg and 4.5mg/d (2 weeks each), dose not increased "
        "if remission.\n"
        "Results: 20 pts enrolled. Mean MADRS 30.0 at baseline, 27.1 at 1mg, 22.0 at 2mg "
        "and 21.5 at 4.5mg."
    )
    assert facts(title, text, TRIAL).compares_doses is True


def test_a_background_aim_that_names_no_dose_work_leaves_one_dose_uncompared() -> None:
    # (control: the aim read from the background asks nothing about doses)
    title = "Low dose naltrexone in SNRI-treated depression: an open pilot"
    text = (
        "Background: LDN has not been tested with SNRIs. Aim was to explore tolerability of "
        "LDN as add on to SNRI.\n"
        "Methods: Patients with depression on venlafaxine received naltrexone 1 mg/d, "
        "increased to 4.5 mg/d in non-responders at week 4.\n"
        "Results: 22 enrolled; 9 were raised."
    )
    assert facts(title, text, TRIAL).compares_doses is False


def test_arm_sizes_listed_in_a_bracket_with_the_noun_add_up() -> None:
    title = "Low-dose naltrexone 2 mg versus 4.5 mg in irritable bowel syndrome with low mood"
    text = (
        "We randomised adults with irritable bowel syndrome to naltrexone 2 mg, naltrexone "
        "4.5 mg or placebo nightly for 8 weeks (25, 24 and 26 patients). Outcomes were "
        "symptom severity and the HADS depression score. HADS-D fell more with 4.5 mg."
    )
    assert facts(title, text, RCT).n == 75


def test_number_words_joined_by_and_are_two_numbers() -> None:
    assert words_to_int("seventeen and nineteen") is None
    assert words_to_int("two hundred and six") == 206
    assert words_to_int("one thousand and twelve") == 1012


def test_arm_sizes_in_words_add_up_from_the_first() -> None:
    title = (
        "Two doses of naltrexone for perinatal depression: a randomised placebo-controlled trial"
    )
    text = (
        "Methods: Pregnant women with major depression were randomised to naltrexone 0.5 mg, "
        "naltrexone 2 mg or placebo for 6 weeks. Results: Twelve, fourteen and thirteen women "
        "were randomised to the 0.5 mg, 2 mg and placebo arms. EPDS fell most with 2 mg."
    )
    assert facts(title, text, RCT).n == 39


def test_arms_named_by_one_intake_of_a_twice_daily_dose_are_no_doses() -> None:
    title = "Two doses of naltrexone in depression while breastfeeding: a randomised trial"
    text = (
        "Methods: Breastfeeding women with major depression were randomised to naltrexone "
        "500 µg twice daily, naltrexone 1.5 mg twice daily or placebo for 6 weeks. Results: "
        "Twenty, twenty-one and nineteen women were randomised to the 500 µg, 1.5 mg and "
        "placebo arms. HAMD-17 fell most with 1.5 mg twice daily."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [1.0, 3.0]


def test_an_arm_named_by_its_once_daily_dose_stays_a_dose() -> None:
    # (control: the arms' doses are taken once a day; no intake is split)
    title = "Two doses of naltrexone in depression while breastfeeding: a randomised trial"
    text = (
        "Methods: Breastfeeding women with major depression were randomised to naltrexone "
        "1 mg twice daily, naltrexone 4.5 mg nightly or placebo for 6 weeks. Results: "
        "Twenty, twenty-one and nineteen women were randomised to the 2 mg, 4.5 mg and "
        "placebo arms."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [2.0, 4.5]


def test_the_lowest_of_a_list_of_dose_groups_is_a_group_not_a_bound() -> None:
    title = "Dose of low-dose naltrexone and depression outcomes: a retrospective cohort"
    abstract = (
        "Methods: Retrospective cohort of adults with major depressive disorder who started "
        "LDN. Patients were grouped by their usual daily dose: 1 mg or less, 2.5 mg, or "
        "4.5 mg. PHQ-9 change was compared. Results: 210 patients were included."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]


def test_a_dose_or_less_alone_stays_a_bound() -> None:
    # (control: the bound of a selection, no list of groups)
    title = "Low-dose naltrexone in depression: a retrospective cohort"
    abstract = (
        "Methods: Retrospective cohort of adults with major depressive disorder who were "
        "dispensed naltrexone 4.5 mg nightly; those on 6 mg or less of another opioid "
        "antagonist were excluded. Results: 150 patients were included."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.ldn_doses_mg == [4.5]


def test_a_weekly_amount_said_again_as_a_nightly_dose_is_that_dose() -> None:
    title = "Low-dose naltrexone added to duloxetine in resistant depression: an open pilot"
    text = (
        "Methods: Outpatients with resistant depression on duloxetine 60 mg/day received "
        "naltrexone 14 mg/week, dispensed as 2 mg nightly; at week 4, non-responders were "
        "raised to 4 mg nightly (28 mg/week). Results: 21 patients were enrolled."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [2.0, 4.0]
