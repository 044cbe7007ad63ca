"""Kinds from blind batch 169 (session 66, first measured on the src of 1698af41, batch
168's fixes: no false gap verdict, every gap's precision and recall 1.0), written again in
other words.

- holdout695 52204142: a crossover's "Sequences were balanced so that 14 participants began
  on active drug and 13 began on placebo" gave 14.
- holdout695 52204146: an open dose escalation ending "A 3-mg dose will be carried into a
  randomised comparison" was read as randomised.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts


def test_the_groups_a_crossover_started_on_add_up() -> None:
    title = "Two doses of naltrexone and placebo added to SNRIs: a crossover trial"
    text = (
        "Methods: Adults with major depressive disorder taking an SNRI were randomised to one "
        "of six sequences of naltrexone 1 mg, naltrexone 4.5 mg and placebo, each for 3 "
        "weeks. Sequences were balanced so that 16 participants started on active drug and "
        "15 started on placebo.\n"
        "Results: MADRS improved more on 4.5 mg than on placebo."
    )
    assert facts(title, text, RCT).n == 31


def test_a_dose_to_be_carried_into_a_randomised_study_is_the_next_studys_design() -> None:
    title = "Dose escalation of oral naltrexone solution in major depressive disorder"
    text = (
        "Methods: Adults with major depressive disorder were enrolled in three sequential "
        "cohorts receiving naltrexone 1, 2.5 or 4.5 mg daily for 4 weeks.\n"
        "Results: Twenty-one participants were enrolled (7 per cohort). MADRS fell most at "
        "2.5 mg.\n"
        "Conclusions: A 2.5-mg dose will be carried into a randomised comparison."
    )
    assert facts(title, text, TRIAL).design == "nonrandomized_trial"
