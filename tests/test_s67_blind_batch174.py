"""Kinds from blind batch 174 (session 67, first measured on the src of 15e68eb1, batch
173's fixes), written again in other words.

- holdout719 52204624 (a false serotonergic verdict): a crossover "randomised to the order of
  two 10-week periods, LDN then sertraline or sertraline then LDN" read sertraline as taken
  with LDN.
- holdout720 52204652 (a missed larger-trials verdict): "allocated 2:2:1 (40, 40 and 20
  participants)" was not summed (the ratio stood where "to" usually does).
- holdout721 52204662 (a missed dose-finding verdict): "patients aged 65 years or older ...
  were allocated alternately to naltrexone 1.5 mg or 4.5 mg" read the age as a rule that sets
  each person's dose.
- holdout720 52204653: a scale "recorded at baseline and used only as a covariate" read as an
  outcome.
- holdout717 52204585: "increased in 1.5-mg steps to 4.5 mg" read the step's size as a dose.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps


def test_a_crossover_randomised_to_the_order_of_its_periods_takes_neither_with_the_other() -> None:
    title = "Low-dose naltrexone or escitalopram for dysthymia: a two-period crossover trial"
    text = (
        "Methods: Outpatients with persistent depressive disorder (HAM-D17 >= 14) not taking "
        "antidepressants were randomised to the order of two 8-week periods, LDN then "
        "escitalopram or escitalopram then LDN, separated by a 2-week washout.\n"
        "Results: Thirty patients were randomised; HAM-D17 did not differ between periods."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_a_sequence_that_adds_the_drug_to_the_antidepressant_still_combines_them() -> None:
    # (control: one period has both drugs)
    title = "Low-dose naltrexone added to escitalopram in dysthymia: a two-period crossover"
    text = (
        "Methods: Outpatients with persistent depressive disorder (HAM-D17 >= 14) on "
        "escitalopram were randomised to the order of two 8-week periods, LDN plus "
        "escitalopram then placebo plus escitalopram, or the reverse.\n"
        "Results: Thirty patients were randomised; HAM-D17 fell more with LDN."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_arm_sizes_right_after_the_allocation_ratio_are_summed() -> None:
    title = "Low-dose versus standard-dose naltrexone in depression with alcohol use disorder"
    text = (
        "Participants: Adults with current major depressive disorder (MADRS 18 or more) and "
        "alcohol use disorder.\n"
        "Interventions: Naltrexone 4.5 mg/day, naltrexone 50 mg/day or placebo for 12 weeks, "
        "allocated 2:2:1 (36, 36 and 18 participants).\n"
        "Results: Eighty participants completed the trial; MADRS improved most on 4.5 mg."
    )
    got = facts(title, text, RCT)
    assert got.n == 90
    assert "larger-trials" in gaps(title, text, RCT)


def test_doses_allocated_alternately_to_older_patients_are_compared() -> None:
    title = "Low-dose naltrexone in late-life depression: an open comparison of 2 mg and 4 mg"
    text = (
        "Methods: In a two-centre open study, patients aged 65 years or older with a major "
        "depressive episode (MADRS >= 18) despite at least 6 weeks of escitalopram were "
        "allocated alternately to naltrexone 2 mg or 4 mg once daily in the evening for 8 "
        "weeks, in addition to the unchanged SSRI. Raters were blind to dose.\n"
        "Results: A total of 30 patients were included, 15 per dose group."
    )
    got = facts(title, text, TRIAL)
    assert got.compares_doses is True
    assert "dose-finding" in gaps(title, text, TRIAL)


def test_a_dose_set_by_age_is_still_one_rule() -> None:
    # (control: the age decides each person's dose; nobody is allocated)
    title = "Low-dose naltrexone in late-life depression: an open study"
    text = (
        "Methods: Patients with a major depressive episode (MADRS >= 18) received naltrexone "
        "by age: those aged 75 years or older took 2 mg, younger patients 4 mg, for 8 "
        "weeks.\n"
        "Results: A total of 30 patients were included."
    )
    assert facts(title, text, TRIAL).compares_doses is False


def test_a_scale_used_only_as_a_covariate_measures_no_mood() -> None:
    title = "Low-dose naltrexone in women with chronic pelvic pain: a randomised trial"
    text = (
        "Methods: Women with chronic pelvic pain were randomised to LDN 4.5 mg or placebo "
        "for 12 weeks. The primary outcome was pain. The Hospital Anxiety and Depression "
        "Scale was recorded at baseline and used only as a covariate.\n"
        "Results: Of 140 screened, 68 were randomised; pain fell more with LDN."
    )
    assert facts(title, text, RCT).on_topic is False


def test_a_step_size_written_before_its_noun_is_no_dose() -> None:
    # (and the flexible range keeps its start, as the record's label lists: session 68)
    title = "Low-dose naltrexone augmentation in resistant depression: an open pilot"
    text = (
        "Methods: Outpatients with treatment-resistant depression (HAMD-17 >= 18) on stable "
        "antidepressants: naltrexone was started at 1.5 mg at night and could be increased in "
        "1.5-mg steps to 4.5 mg as tolerated.\n"
        "Results: Thirty patients were enrolled."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.5, 4.5]
