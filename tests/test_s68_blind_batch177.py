"""Kinds from blind batch 177 (session 68, first measured on the src of e6368542), written
again in other words. No false gap verdict; two missed "addressed" verdicts and dose
errors.

- holdout735 52204945 (a missed larger-trials verdict): arm sizes each told with its arm
  in brackets, "Randomised participants numbered 19 (50 microgram), 21 (500 microgram)
  and 20 (placebo)" (60).
- holdout735 52204957 (a missed larger-trials verdict): an arm named by a dose with a
  decimal and a hyphen, "The 2-mg group comprised 27 patients and the 4.5-mg group 28" (55).
- holdout734 52204924: a start after a wait, "started after a 7-day drug-free interval at
  1.5 mg", read as a step size ("interval ... 1.5 mg"); holdout717 52204585: "could be
  increased in 1.5-mg steps to 4.5 mg as tolerated" lost the flexible range's low end.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps

TITLE = "Naltrexone at two low doses in major depression: a randomised trial"
METHODS = (
    "Methods: Adults with major depressive disorder (MADRS >= 22) were randomised to "
    "naltrexone 1 mg/day, naltrexone 3 mg/day or placebo for 8 weeks.\n"
)


def test_arm_sizes_each_with_its_arm_in_brackets_sum_to_the_sample() -> None:
    title = "Ultra-low-dose naltrexone in bipolar depression: a three-arm randomised trial"
    text = (
        "Methods: Adults with bipolar depression on a mood stabiliser were randomised to "
        "naltrexone 100 micrograms/day, naltrexone 1000 micrograms/day or placebo for 8 "
        "weeks.\n"
        "Results: Randomised participants numbered 22 (100 microgram), 19 (1000 microgram) "
        "and 21 (placebo); 55 completed. One participant on 1000 micrograms developed "
        "insomnia."
    )
    assert facts(title, text, RCT).n == 62
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_bracketed_counts_of_a_part_of_the_arms_are_no_sample() -> None:
    # (control: the brackets name arms, but the clause counts those who responded)
    text = METHODS + (
        "Results: Sixty-two participants were randomised. Responders numbered 9 (1 mg), "
        "11 (3 mg) and 5 (placebo)."
    )
    assert facts(TITLE, text, RCT).n == 62


def test_bracketed_counts_not_naming_arms_are_no_sample() -> None:
    # (control: the brackets hold shares, not arms)
    text = METHODS + (
        "Results: We randomised 24 participants; adverse events occurred in 5 (21%), "
        "4 (17%) and 2 (8%)."
    )
    assert facts(TITLE, text, RCT).n == 24


def test_an_arm_named_by_a_hyphenated_decimal_dose_counts_its_people() -> None:
    text = (
        "Methods: Unmedicated adults with a major depressive episode started sertraline "
        "50 mg/day and were randomised to naltrexone 1.5 mg/day or 4.5 mg/day for 8 weeks.\n"
        "Results: The 1.5-mg group comprised 26 patients and the 4.5-mg group 27; five "
        "did not complete follow-up."
    )
    title = "Low-dose naltrexone at 1.5 or 4.5 mg with sertraline in depression"
    assert facts(title, text, RCT).n == 53
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_each_arm_had_its_people() -> None:
    # (control: already read as a list of labelled arms)
    text = (
        "Methods: Adults with major depression were randomised to naltrexone 2 mg/day or "
        "placebo for 6 weeks.\n"
        "Results: The naltrexone group had 31 patients and the placebo group had 30."
    )
    assert facts(TITLE, text, RCT).n == 61


SWITCH = "Switching to low-dose naltrexone in depression: an open-label study"


def test_a_start_after_a_wait_is_the_first_dose_of_a_flexible_range() -> None:
    text = (
        "Adults with major depression who wished to stop their SSRI were enrolled. The SSRI "
        "was tapered off, and LDN was started after a 5-day washout interval at 1 mg at "
        "night, with flexible increases to 2 mg and 3 mg as tolerated. Thirty patients "
        "enrolled."
    )
    assert facts(SWITCH, text, TRIAL).ldn_doses_mg == [1.0, 3.0]


def test_a_step_size_written_before_its_noun_keeps_the_flexible_start() -> None:
    text = (
        "Adults with major depression were enrolled. LDN was started at 1.5 mg and could be "
        "raised in 0.5-mg steps to 3 mg as tolerated. Thirty patients enrolled."
    )
    assert facts(SWITCH, text, TRIAL).ldn_doses_mg == [1.5, 3.0]


def test_a_fixed_titration_in_steps_keeps_its_target() -> None:
    # (control: no flexible cue, the steps lead to the dose kept)
    text = (
        "Adults with major depression were enrolled. LDN was started at 1 mg and raised in "
        "1-mg steps to 4 mg by week 3. Thirty patients enrolled."
    )
    assert facts(SWITCH, text, TRIAL).ldn_doses_mg == [4.0]


def test_a_dosing_interval_is_still_a_step_size() -> None:
    # (control: "the dosing interval was 0.5 mg" is the grid's step, no dose of its own)
    text = (
        "Adults with major depression were enrolled. LDN could be taken at any dose from "
        "1 to 3 mg; the dosing interval was 0.5 mg. Thirty patients enrolled."
    )
    assert 0.5 not in facts(SWITCH, text, TRIAL).ldn_doses_mg


def test_a_strength_on_a_form_with_its_route_taken_each_evening_is_the_dose() -> None:
    # (session 67's holdout720 52204654, written again: "1.5-mg sublingual troches each
    # evening" is one unit a night, the dose; the raise for some lists the second)
    text = (
        "Adults with major depression on bupropion received naltrexone as 1-mg buccal "
        "tablets each evening for 8 weeks. Those with less than a 25% fall at week 4 had "
        "the dose raised to 2 mg. Twenty patients enrolled."
    )
    assert facts(SWITCH, text, TRIAL).ldn_doses_mg == [1.0, 2.0]
