"""Kinds from blind batch 164 (session 65, first measured on the src of 7191f386, batch
163's fixes), written again in other words. The batch made no false gap verdict.

- holdout670 52203652: "Allocation was 9, 10 and 9 participants to the three doses" was not
  summed (n 25, the completers, instead of 28).
- registry149 NCT00291120: arms labelled by one intake ("Naltrexone 25 mcg (experimental):
  Naltrexone 0.025 mg twice daily (0.05 mg/day)") listed the label as a dose.
- holdout669 52203625: "started LDN at 1.5 mg nightly", raised "as tolerated up to 4.5 mg"
  in the next sentence, lost the flexible dose's low end.
"""

from __future__ import annotations

from written import RCT, TRIAL, arm, facts, judge_registration, registration


def test_arm_sizes_listed_bare_after_the_allocation_add_up() -> None:
    title = "Three doses of low-dose naltrexone added to SSRIs in dysthymia: a randomised pilot"
    text = (
        "Methods: Adults with dysthymia on an SSRI were randomised to naltrexone 1 mg, 2 mg or "
        "4 mg nightly for 10 weeks. Allocation was 11, 12 and 10 participants to the three "
        "doses.\nResults: Thirty completed. MADRS fell most with 2 mg."
    )
    assert facts(title, text, RCT).n == 33


def test_sizes_listed_then_allocated_to_the_arms_add_up() -> None:
    title = "Two doses of low-dose naltrexone in depression: a randomised pilot"
    text = (
        "Methods: Adults with depression on sertraline took part. 15 and 16 participants were "
        "randomly assigned to the two doses, 1.5 mg and 4.5 mg nightly.\n"
        "Results: Twenty-eight completed."
    )
    assert facts(title, text, RCT).n == 31


def test_sizes_of_something_else_listed_after_allocation_are_not_summed() -> None:
    # (control: counts of events, no people after the list)
    title = "Two doses of low-dose naltrexone in depression: a randomised pilot"
    text = (
        "Methods: Forty adults with depression on sertraline were randomised to 1.5 mg or "
        "4.5 mg nightly. Allocation was concealed.\n"
        "Results: Insomnia was reported 3, 5 and 9 times at weeks 2, 4 and 8."
    )
    assert facts(title, text, RCT).n == 40


def test_a_registry_arm_labelled_by_one_intake_is_that_arm() -> None:
    study = registration(
        title="Microgram Naltrexone Added to SSRIs for Depression",
        allocation="RANDOMIZED",
        arms=[
            arm("Naltrexone 50 mcg", "EXPERIMENTAL", "Naltrexone 0.05 mg twice daily (0.1 mg/day)"),
            arm("Naltrexone 200 mcg", "EXPERIMENTAL", "Naltrexone 0.2 mg twice daily (0.4 mg/day)"),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo twice daily", drugs=("Placebo",)),
        ],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder on a stable SSRI",
        enrollment=60,
    )
    f, _ = judge_registration(study)
    assert f.ldn_doses_mg == [0.1, 0.4]


def test_a_registry_arm_labelled_by_its_daily_dose_keeps_it() -> None:
    # (control: the label's amount is an arm's daily dose)
    study = registration(
        title="Two Doses of Low-Dose Naltrexone Added to SSRIs for Depression",
        allocation="RANDOMIZED",
        arms=[
            arm("Naltrexone 1.5 mg", "EXPERIMENTAL", "Naltrexone 1.5 mg once nightly"),
            arm("Naltrexone 4.5 mg", "EXPERIMENTAL", "Naltrexone 4.5 mg once nightly"),
        ],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder on a stable SSRI",
        enrollment=60,
    )
    f, _ = judge_registration(study)
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_a_start_raised_as_tolerated_in_the_next_sentence_is_the_low_end() -> None:
    title = "Switching from duloxetine to low-dose naltrexone in remitted depression: an open pilot"
    text = (
        "Methods: Adults in remission on duloxetine who wished to stop it started LDN at 1 mg "
        "nightly. Over the next 4 weeks duloxetine was tapered off while LDN was raised as "
        "tolerated up to 4 mg.\nResults: Twenty-six enrolled; final doses were 1 mg (n = 5), "
        "2 mg (n = 8) and 4 mg (n = 13)."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.0, 4.0]


def test_a_start_raised_on_a_fixed_schedule_in_the_next_sentence_is_a_step() -> None:
    # (control: no "as tolerated", a fixed titration lists its target)
    title = "Switching from duloxetine to low-dose naltrexone in remitted depression: an open pilot"
    text = (
        "Methods: Adults in remission on duloxetine who wished to stop it started LDN at 1 mg "
        "nightly. LDN was increased to 2 mg at week 2 and to 4 mg at week 4.\n"
        "Results: Twenty-six enrolled."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [4.0]
