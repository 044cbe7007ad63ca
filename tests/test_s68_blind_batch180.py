"""Kinds from blind batch 180 (session 68, first measured on the src of 24bcf5ef), written
again in other words.

- holdout749 52205224 (a false serotonergic verdict): a crossover "randomized to receive
  LDN (4.5 mg nightly) and vortioxetine (10 mg daily) in random order, each for 6 weeks":
  the two are periods, never taken together.
- registry165 NCT00291603 (a false larger-trials verdict): "Patients with depression were
  not specifically recruited" in a post-COVID fatigue trial: people not chosen for it.
- holdout748 52205215 (a missed dose-finding verdict): "Doses were not increased in
  patients who had remitted" is a rule of the escalation, not a population in remission.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps


def test_two_drugs_given_in_random_order_are_periods_not_a_combination() -> None:
    title = "Low-dose naltrexone and sertraline in dysthymia: a randomized crossover trial"
    text = (
        "Methods: Antidepressant-free adults with persistent depressive disorder (HAM-D-17 "
        ">= 14) were randomized to receive low-dose naltrexone (3 mg nightly) and "
        "sertraline (50 mg daily) in random order, each for 8 weeks, separated by a "
        "washout.\n"
        "Results: Sixty participants were randomized (30 per sequence)."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_two_drugs_taken_together_in_random_order_of_doses_stay_a_combination() -> None:
    # (control: sertraline is taken throughout, only the LDN doses come in random order)
    title = "Two doses of low-dose naltrexone added to sertraline: a randomized crossover trial"
    text = (
        "Methods: Adults with major depression on sertraline 100 mg daily received "
        "naltrexone 1.5 mg and 4.5 mg nightly in random order, each for 4 weeks, added to "
        "sertraline.\n"
        "Results: Sixty participants were randomized."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_people_with_depression_not_specifically_recruited_are_no_depressed_sample() -> None:
    title = "Low-dose naltrexone versus placebo for fatigue after COVID-19: a randomized trial"
    text = (
        "Methods: One hundred forty adults with post-COVID-19 condition and fatigue were "
        "randomized to naltrexone 4.5 mg or placebo. The HADS depression subscale was a "
        "secondary outcome. Patients with depression were not specifically recruited."
    )
    f = facts(title, text, RCT)
    assert f.depression_population is False
    assert "larger-trials" not in gaps(title, text, RCT)


def test_a_dose_rule_for_those_who_remitted_is_no_remitted_sample() -> None:
    title = "Open-label dose escalation of low-dose naltrexone in bipolar depression"
    text = (
        "Methods: Twenty outpatients with bipolar II disorder in a current major depressive "
        "episode (MADRS >= 20) received open-label naltrexone in three consecutive 2-week "
        "steps of 1 mg, 2 mg and 4 mg daily to find the best dose. Doses were not "
        "increased in patients who had remitted.\n"
        "Results: MADRS fell from 26.1 to 17.0."
    )
    assert facts(title, text, TRIAL).depression_population is True
    assert gaps(title, text, TRIAL)["dose-finding"] == "addressed"


def test_a_trial_of_people_who_had_remitted_is_still_a_remitted_sample() -> None:
    # (control: the remission says whom the trial took in)
    title = "Low-dose naltrexone to prevent relapse in remitted depression: a randomized trial"
    text = (
        "Methods: Adults who had remitted from a major depressive episode were randomized "
        "to naltrexone 3 mg or placebo for 24 weeks.\n"
        "Results: Ninety participants were randomized."
    )
    assert facts(title, text, RCT).depression_population is False
