"""Kinds from blind batch 185 (session 70, first measured on the src of 9ceadc29), written
again in other words.

- holdout775 52205749 (a false larger-trials verdict): naltrexone "4 mg twice daily or 6 mg
  twice daily" (8 and 12 mg a day, neither low nor standard dose), concluding "from 4 mg to
  6 mg per dose": the per-dose amount was read as a 6 mg daily dose, which made the trial
  on-topic.
- holdout774 52205724 (on-topic): naltrexone 25 mg called "low-dose", whose last sentence
  says "Lower doses in the 1.5-4.5 mg range ... remain to be compared with this dose in
  controlled trials": future work, no dose given.
- holdout772 52205687 (classes): a fibromyalgia trial that says "many patients take
  antidepressants for pain": the duloxetine its people take is for pain.
- holdout774 52205730 (classes): a case whose patient "declined to restart an SSRI".
- holdout775 52205744 (n): arms named by their doses, "The 250 microgram (n = 19), 500
  microgram (n = 21) and placebo (n = 20) groups were comparable at baseline; 52
  participants completed": the sample is the arms' sum.
- preprints163 PPR9901805 (doses): dose groups with their figures, "(1.5 mg or less: -3.9;
  3 mg: -4.5; 4.5 mg: -4.4)": the lowest group is a dose, no bound.
"""

from __future__ import annotations

from written import CASE, RCT, TRIAL, facts, gaps

OBSERVATIONAL = ("Journal Article", "Observational Study")


def test_a_per_dose_amount_of_a_twice_daily_regimen_is_half_the_days_dose() -> None:
    title = "Naltrexone 7 mg versus 10 mg daily for major depression: a randomised comparison"
    text = (
        "Methods: Adults with major depressive disorder and no current antidepressant were "
        "randomised to naltrexone 3.5 mg twice daily or 5 mg twice daily for 10 weeks.\n"
        "Results: Forty patients were allocated to each dose; MADRS fell by 9.1 and 8.7 points.\n"
        "Conclusions: Raising naltrexone from 3.5 mg to 5 mg per dose added no benefit."
    )
    f = facts(title, text, RCT)
    assert f.on_topic is False
    assert f.ldn_doses_mg == []
    assert gaps(title, text, RCT) == {}


def test_a_per_dose_amount_given_once_a_day_stays_the_days_dose() -> None:
    # (control: the regimen is once a day, so "per dose" is the day's dose)
    title = "Low-dose naltrexone 2 mg versus 4 mg for major depression: a randomised comparison"
    text = (
        "Methods: Adults with major depressive disorder taking sertraline were randomised to "
        "naltrexone 2 mg or 4 mg once daily for 10 weeks.\n"
        "Results: Thirty patients were allocated to each dose; MADRS fell by 9.1 and 8.7.\n"
        "Conclusions: Raising naltrexone from 2 mg to 4 mg per dose added no benefit."
    )
    f = facts(title, text, RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_doses_that_remain_to_be_compared_are_future_work() -> None:
    title = "Naltrexone 25 mg, called low-dose, in treatment-resistant depression: a pilot"
    text = (
        "Twenty patients with treatment-resistant major depression stopped their "
        "antidepressant and, after a washout, took naltrexone 25 mg once daily for 8 weeks, "
        "which we refer to as low-dose naltrexone. HAMD-17 fell from 24 to 17. "
        "Doses of 1.5-4.5 mg, the usual low-dose range, remain to be compared with this "
        "dose in randomised trials."
    )
    f = facts(title, text, TRIAL)
    assert f.on_topic is False
    assert f.ldn_doses_mg == []


def test_antidepressants_said_to_be_taken_for_pain_in_a_fibromyalgia_trial() -> None:
    title = "Low-dose naltrexone for fibromyalgia: a randomised placebo-controlled trial"
    text = (
        "Many people with fibromyalgia take antidepressants for pain. Adults meeting the "
        "ACR fibromyalgia criteria were randomly assigned to LDN 4.5 mg or placebo for 12 "
        "weeks; stable duloxetine was allowed. Of 120 randomised participants, 44 were "
        "taking duloxetine. Pain and depressive symptoms improved more with LDN."
    )
    f = facts(title, text, RCT)
    assert f.concomitant_classes == []


def test_antidepressants_taken_for_pain_and_depression_still_count() -> None:
    # (control: the purpose includes the watched condition)
    title = "Low-dose naltrexone for fibromyalgia: a randomised placebo-controlled trial"
    text = (
        "Many people with fibromyalgia take antidepressants for pain and depression. Adults "
        "meeting the ACR fibromyalgia criteria were randomly assigned to LDN 4.5 mg or "
        "placebo for 12 weeks; stable duloxetine was allowed. Of 120 randomised "
        "participants, 44 were taking duloxetine."
    )
    f = facts(title, text, RCT)
    assert "serotonergic" in f.concomitant_classes


def test_an_antidepressant_the_patient_declined_to_restart_is_not_taken() -> None:
    title = "Low-dose naltrexone for depression after stopping escitalopram: a case report"
    text = (
        "A 28-year-old man with major depressive disorder stopped escitalopram because of "
        "sexual side effects. When his depression returned he declined to restart an SSRI. "
        "Low-dose naltrexone 3 mg nightly was started, and his PHQ-9 fell from 18 to 7."
    )
    f = facts(title, text, CASE)
    assert f.concomitant_classes == []


def test_arms_named_by_their_doses_add_up_to_the_sample() -> None:
    title = "Ultra-low-dose naltrexone added to escitalopram: a three-arm randomised trial"
    text = (
        "Methods: Adults with major depressive disorder taking escitalopram were randomly "
        "assigned to naltrexone 100 micrograms, naltrexone 400 micrograms or placebo once "
        "daily for 10 weeks.\n"
        "Results: The 100 microgram (n = 22), 400 microgram (n = 23) and placebo (n = 21) "
        "groups were similar at baseline; 58 participants completed the trial."
    )
    assert facts(title, text, RCT).n == 66


def test_a_comparator_drugs_dose_named_arm_needs_the_drug() -> None:
    # (control: an arm named by another drug's dose is no dose-named arm of the drug)
    title = "Naltrexone added to escitalopram: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder were randomly assigned to naltrexone "
        "4.5 mg or to sertraline 50 mg.\n"
        "Results: The sertraline 50 mg (n = 22) and 4.5 mg (n = 23) groups were similar at "
        "baseline; 40 participants completed the trial."
    )
    assert facts(title, text, RCT).n != 45


def test_the_lowest_of_listed_dose_groups_with_their_figures_is_a_dose() -> None:
    title = "Low-dose naltrexone as an adjunct in depression: a retrospective cohort"
    text = (
        "Methods: We identified 240 adults with major depressive disorder who started LDN "
        "alongside an SSRI and compared prescribed dose groups.\n"
        "Results: PHQ-9 change did not differ between dose groups (2 mg or less: -4.1; "
        "3 mg: -4.6; 4.5 mg: -4.3)."
    )
    assert facts(title, text, OBSERVATIONAL).ldn_doses_mg == [2.0, 3.0, 4.5]


def test_a_bound_alone_stays_a_bound() -> None:
    # (control: "5 mg or less" with no further group is a bound)
    title = "Low-dose naltrexone as an adjunct in depression: a retrospective cohort"
    text = (
        "Methods: We identified 240 adults with major depressive disorder who took LDN at "
        "doses of 5 mg or less alongside an SSRI. PHQ-9 fell by 4 points."
    )
    assert 5.0 not in facts(title, text, OBSERVATIONAL).ldn_doses_mg
