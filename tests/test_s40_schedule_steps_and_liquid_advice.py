"""Two dose kinds from batch 92's schedules set (holdout397).

1. **The next steps of a schedule whose first step the sentence gave the drug** ("All
   participants in the active arm took 1.5 mg at night for days 1-7, 3 mg for days 8-14
   and 4.5 mg from day 15 onward"): the later steps leave the verb out, and are still the
   drug's; a fixed titration lists only its target (CONTRACT.md). Only the first step was
   read, so the study's dose was its starting one. Shown by holdout397 44700004 ([1.5] for
   [4.5]).
2. **A liquid's strength named in closing advice is not the strength the study gave**
   ("Pharmacists should confirm the concentration with each fill, because a 1 mg/mL
   solution dispensed in place of a 0.5 mg/mL solution doubles the dose"): two strengths
   left the liquid's mL unconverted, and every dose of a case series in mL was lost. Shown
   by holdout397 44700033 ([] for [3, 4.5]).

Session 40, lead.
"""

from __future__ import annotations

import pytest
from written import CASE, RCT, facts

TITLE = "Adjunctive low-dose naltrexone with a fixed titration in major depression: an RCT"

SCHEDULES = [
    "All participants in the active arm took 1.5 mg at night for days 1-7, 3 mg for days 8-14 "
    "and 4.5 mg from day 15 onward.",
    "Participants took 1.5 mg for the first week, 3 mg for the second week and 4.5 mg thereafter.",
    "Participants took 1.5 mg for 7 days, then 3 mg for 7 days, then 4.5 mg.",
    "Participants received 1.5 mg nightly for one week and 4.5 mg from week 2.",
    "Participants took 1.5 mg in week 1; 3 mg in week 2; and 4.5 mg from week 3.",
]


@pytest.mark.parametrize("schedule", SCHEDULES)
def test_later_steps_of_a_schedule_are_the_drugs(schedule: str) -> None:
    got = facts(
        TITLE,
        "Methods: Outpatients with major depressive disorder on an SSRI were randomised "
        f"(1:1) to LDN or matching placebo for 10 weeks. {schedule}\n"
        "Results: Sixty-four participants were randomised.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]


def test_a_schedule_of_the_other_drug_stays_its() -> None:
    """Near miss: a schedule told after the people's own drug is named is that drug's."""
    got = facts(
        TITLE,
        "Methods: Outpatients with major depressive disorder were randomised to LDN 4.5 mg "
        "or placebo. Sertraline was started at 25 mg for 7 days, 50 mg for 7 days and 100 mg "
        "thereafter.\n"
        "Results: Sixty-four participants were randomised.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]


LIQUID = (
    "We describe three patients with treatment-resistant depression in whom liquid low-dose "
    "naltrexone was added to duloxetine. Naltrexone oral solution 1 mg/mL was compounded by "
    "a local pharmacy. Patient 1 increased by 0.5 mL weekly to 3 mL; patient 2 increased "
    "weekly to 4.5 mL. PHQ-9 scores fell in both. {advice}"
)

ADVICE = [
    "Pharmacists should confirm the concentration with each fill, because a 1 mg/mL solution "
    "dispensed in place of a 0.5 mg/mL solution doubles the dose.",
    "Prescribers should write the strength, as 0.5 mg/mL and 1 mg/mL solutions are both "
    "compounded.",
    "A 2 mg/mL solution would need smaller volumes and may be preferable.",
]


@pytest.mark.parametrize("advice", ADVICE)
def test_a_strength_in_closing_advice_leaves_the_studys_own(advice: str) -> None:
    got = facts(
        "Liquid low-dose naltrexone for fine dose adjustment in depression: a case series",
        LIQUID.format(advice=f"\nConclusions: {advice}"),
        CASE,
    )
    assert got.ldn_doses_mg == [3.0, 4.5]


def test_two_strengths_the_study_gave_leave_the_volume_unknown() -> None:
    """Near miss: two strengths in the study's own methods: a volume is no dose."""
    got = facts(
        "Liquid low-dose naltrexone for fine dose adjustment in depression: a case series",
        "We describe three patients with depression in whom liquid low-dose naltrexone was "
        "added to duloxetine. Solutions of 0.5 mg/mL and 1 mg/mL were compounded. Patient 1 "
        "increased weekly to 3 mL; patient 2 increased weekly to 4.5 mL.",
        CASE,
    )
    assert got.ldn_doses_mg == []


STARTS = [
    "Both arms started at 1.5 mg/day for 1 week.",
    "All participants started at 1.5 mg/day for the first week.",
    "Both groups were started at 1.5 mg for 7 days.",
    "Both doses were started at 1.5 mg/day for 1 week.",
]


@pytest.mark.parametrize("start", STARTS)
def test_a_start_below_every_arm_is_a_first_step(start: str) -> None:
    """A dose the drug was started at for a stretch, in a sentence of its own, below every
    arm's dose, is the first step toward them (holdout397 44700027: [1.5, 3, 4.5] for
    [3, 4.5])."""
    got = facts(
        "Naltrexone 3 mg versus 4.5 mg added to citalopram in depression: a randomized trial",
        "Methods: Outpatients with major depressive disorder taking citalopram were randomized "
        f"to naltrexone 3 mg/day or 4.5 mg/day for 8 weeks. {start} Citalopram doses were not "
        "changed.\n"
        "Results: One hundred and twenty patients were randomized (60 per arm).",
        RCT,
    )
    assert got.ldn_doses_mg == [3.0, 4.5]


def test_a_start_at_an_arms_own_dose_stays() -> None:
    """Near miss: a start no lower than every arm is an arm's own dose."""
    got = facts(
        "Naltrexone 1.5 mg versus 4.5 mg added to citalopram in depression: a randomized trial",
        "Methods: Outpatients with major depressive disorder taking citalopram were randomized "
        "to naltrexone 1.5 mg/day or 4.5 mg/day for 8 weeks. Both arms started at 1.5 mg/day "
        "for 1 week.\n"
        "Results: One hundred and twenty patients were randomized (60 per arm).",
        RCT,
    )
    assert got.ldn_doses_mg == [1.5, 4.5]


TARGETS = [
    "LDN was compounded and started at 1.5 mg, with the target of 4.5 mg nightly reached over "
    "two weeks.",
    "LDN was started at 1.5 mg and the target of 4.5 mg nightly was reached over two weeks.",
    "LDN was started at 1.5 mg; the target was 4.5 mg nightly, reached by week 2.",
    "Treatment began at 1.5 mg, with a maintenance of 4.5 mg from week 3.",
    "LDN was started at 1.5 mg with the target of 4.5 mg at night reached after 14 days.",
]


@pytest.mark.parametrize("schedule", TARGETS)
def test_a_target_named_without_dose_ends_a_fixed_titration(schedule: str) -> None:
    """ "the target of 4.5 mg" is the titration's target as "a target dose of" is: only it
    is listed (preprints91 PPR0600005: [1.5, 4.5] for [4.5])."""
    got = facts(
        "Low-dose naltrexone for resistant depression in routine practice: a cohort",
        "Methods: We reviewed electronic records of all adults with treatment-resistant "
        f"depression who were started on LDN. {schedule}\n"
        "Results: Of 268 charts screened, 212 patients met inclusion criteria.",
    )
    assert got.ldn_doses_mg == [4.5]
