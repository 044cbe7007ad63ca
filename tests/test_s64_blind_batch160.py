"""Kinds from blind batch 160 (session 64, first measured on the src of b792ad58), written
again in other words.

- holdout650 52203242: a trial titrated "to a target of 12 mg/d" whose abstract adds "the 3
  mg starting step was not analysed as a separate dose" read the step as a low dose of its
  own (two false gap verdicts; 12 mg/day is neither LDN nor a standard dose).
- holdout650 52203245: "Consecutive patients at a tertiary pain clinic meeting 2016 ACR
  fibromyalgia criteria" was not read as selected for fibromyalgia, so LDN added to their
  duloxetine was read as a depression trial (two false gap verdicts).
- preprints138 PPR9901080: "response did not differ by final dose", in a trial whose dose
  "was not randomized", read as a dose comparison (a false dose-finding verdict).
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps, judge_preprint, preprint


def test_a_starting_step_named_again_is_no_dose_of_its_own() -> None:
    title = "Intermediate-dose naltrexone added to escitalopram in depression: a randomised trial"
    text = (
        "Methods: Adults with major depression on escitalopram were randomised to naltrexone "
        "or placebo for 8 weeks. Naltrexone was started at 2 mg/d and increased by 2 mg every "
        "3 days to a target of 10 mg/d; the 2 mg starting step was not analysed as a separate "
        "dose. Results: Seventy were randomised; MADRS did not differ."
    )
    f = facts(title, text, RCT)
    assert f.on_topic is False
    assert gaps(title, text, RCT) == {}


def test_people_at_a_clinic_meeting_another_conditions_criteria_are_selected_for_it() -> None:
    title = "Low-dose naltrexone in fibromyalgia patients maintained on duloxetine: an open study"
    text = (
        "Objective: To describe pain outcomes and tolerability when low-dose naltrexone (LDN) "
        "is added for fibromyalgia patients with partial response to duloxetine.\n"
        "Methods: Consecutive patients at a university pain centre meeting 2016 ACR "
        "fibromyalgia criteria and taking duloxetine 60 mg/d for at least two months were "
        "offered open-label LDN, titrated from 1.5 mg to 4.5 mg nightly. Outcomes were pain "
        "intensity and the FIQR at 12 weeks.\n"
        "Results: Of 160 screened, 74 were enrolled. Pain fell from 6.8 to 5.7.\n"
        "Conclusions: Adding LDN to duloxetine was associated with less pain."
    )
    assert facts(title, text, TRIAL).depression_population is False
    assert gaps(title, text, TRIAL) == {}


def test_outcomes_by_the_final_dose_people_reached_compare_no_doses() -> None:
    title = (
        "Flexible-dose low-dose naltrexone as adjunctive treatment in resistant depression: a "
        "randomized placebo-controlled trial"
    )
    abstract = (
        "<h4>Methods</h4>Adults with resistant depression taking an SSRI or SNRI were "
        "randomized 1:1 to naltrexone or placebo for 12 weeks. Naltrexone was started at 1 mg "
        "and could be increased to 2.5 mg and then 4.5 mg as tolerated at the investigator's "
        "discretion; dose was not randomized.<h4>Results</h4>Sixty participants were "
        "randomized (LDN 30, placebo 30). At week 12, 18 of 30 LDN participants were taking "
        "4.5 mg, 8 were on 2.5 mg and 4 remained on 1 mg; response did not differ by final "
        "dose, although groups were small."
    )
    f, found = judge_preprint(preprint(title, abstract))
    assert f.compares_doses is False
    assert "dose-finding" not in found


def test_arms_of_two_assigned_doses_compared_still_compare() -> None:
    # (control: doses assigned by randomisation, compared)
    title = "Two doses of low-dose naltrexone added to antidepressants: a randomized trial"
    abstract = (
        "Methods: Adults with resistant depression on an SSRI were randomized to naltrexone "
        "1 mg, naltrexone 4.5 mg or placebo. Results: Ninety were randomized. Response was "
        "higher with 4.5 mg than with 1 mg."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.compares_doses is True
