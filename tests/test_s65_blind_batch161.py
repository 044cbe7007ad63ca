"""Kinds from blind batch 161 (session 65, first measured on the src of session 64's final
commit), written again in other words.

- preprints139 PPR9901100: a flexible-dose trial's results tallying how many "were taking"
  each level at the end read as arms compared (a false dose-finding verdict).
- holdout654 52203329: an SSRI begun by those "withdrawn from study medication" read as taken
  with the drug (a false serotonergic verdict).
- holdout655 52203349: "Of the 29 charts identified, 17 met criteria (...)" gave no n.
- holdout655 52203353: a long-COVID trial letting people keep antidepressants "(for
  depression, anxiety or pain)" and recording "a history of depression" in 31% read as
  measuring mood.
- preprints139 PPR9901084: "similar in medicated and unmedicated women" read the sample as
  free of antidepressants (a missed serotonergic verdict).
- preprints139 PPR9901090: an entry threshold ("moderate fatigue (FACIT-F below 34)") before
  "were randomised" read as a raise for some, so a titration's first step was listed.
- holdout654 52203327: "started LDN 1.5 mg nightly", raised in the next sentence, listed the
  start as a dose.
"""

from __future__ import annotations

from written import CASE, RCT, TRIAL, facts, gaps, judge_preprint, preprint


def test_a_tally_of_the_levels_a_flexible_dose_ended_at_compares_no_doses() -> None:
    title = "Flexible low-dose naltrexone alone for moderate depression: a randomised trial"
    abstract = (
        "<h4>Methods</h4>Unmedicated adults with major depression were randomised to LDN or "
        "placebo for 8 weeks. LDN began at 1 mg nightly and could be raised to 2 mg and then "
        "to 4 mg at weeks 2 and 4 if tolerated.<h4>Results</h4>Fifty-two participants were "
        "randomised (26 per arm). At week 8, 15 participants in the LDN group were taking "
        "4 mg, 7 were taking 2 mg and 4 stayed on 1 mg. MADRS fell more with LDN. Response "
        "was not examined by final dose."
    )
    f, found = judge_preprint(preprint(title, abstract))
    assert f.compares_doses is False
    assert "dose-finding" not in found


def test_a_tally_in_a_trial_of_two_fixed_doses_still_compares_them() -> None:
    # (control: no flexible regimen; the doses were assigned)
    title = "Two fixed doses of low-dose naltrexone alone for depression: a randomised trial"
    abstract = (
        "<h4>Methods</h4>Unmedicated adults with major depression were randomised to "
        "naltrexone 2 mg or 4 mg nightly for 8 weeks.<h4>Results</h4>Sixty were randomised; "
        "at week 8, 28 were taking 2 mg and 27 were taking 4 mg. Response was greater with "
        "4 mg than with 2 mg."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.compares_doses is True


def test_an_ssri_begun_by_those_taken_off_study_medication_is_not_taken_with_it() -> None:
    title = "Low-dose naltrexone alone versus placebo in anhedonic depression: a randomized trial"
    text = (
        "Methods: Antidepressant-free adults with major depression were randomized to "
        "naltrexone 4.5 mg or placebo nightly for 8 weeks. Those whose MADRS rose by 30% were "
        "withdrawn from the study drug and started on open-label escitalopram by their "
        "psychiatrist; their later data were not used.\n"
        "Results: Sixty were randomized. Two on placebo were withdrawn and given escitalopram. "
        "MADRS fell more with naltrexone."
    )
    f = facts(title, text, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_an_ssri_taken_by_the_others_after_a_withdrawal_clause_still_counts() -> None:
    # (control: the withdrawal is its own clause; everyone else took the SSRI with the drug)
    title = "Low-dose naltrexone added to sertraline in depression: a randomized trial"
    text = (
        "Methods: Adults with major depression were randomized to naltrexone 4.5 mg or "
        "placebo for 8 weeks. Those whose MADRS rose by 30% were withdrawn from the study; "
        "all others took the study drug with their stable sertraline.\n"
        "Results: Sixty were randomized. MADRS fell more with naltrexone."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_those_who_met_unnamed_criteria_listed_in_brackets_are_the_series() -> None:
    title = "Low-dose naltrexone in chronic depression: a retrospective case series"
    text = (
        "We reviewed the records of adults with dysthymia treated with low-dose naltrexone at "
        "one clinic. Of the 34 charts found by a pharmacy search, 21 met criteria (a "
        "diagnosis of dysthymia, at least 8 weeks of treatment and PHQ-9 scores before and "
        "after). All 21 took naltrexone 3 mg nightly. PHQ-9 fell from 15.1 to 11.2."
    )
    assert facts(title, text, CASE).n == 21


def test_antidepressants_let_keep_for_depression_measure_no_mood() -> None:
    title = "Low-dose naltrexone for fatigue after COVID-19: a randomised placebo-controlled trial"
    text = (
        "Methods: Adults with post-COVID fatigue for at least 6 months were randomised to LDN "
        "4.5 mg or placebo for 10 weeks. Participants on a stable SSRI or SNRI for at least "
        "2 months (for depression or pain) were permitted to keep taking it; a history of "
        "depression was noted in 27% of participants. The primary outcome was the Chalder "
        "Fatigue Scale; secondary outcomes were step count and quality of life (SF-36).\n"
        "Results: Of 300 screened, 120 were randomised. Fatigue did not differ."
    )
    assert facts(title, text, RCT).on_topic is False


def test_a_mood_scale_among_the_outcomes_of_such_a_trial_still_measures_mood() -> None:
    # (control: the same trial measuring depressive symptoms)
    title = "Low-dose naltrexone for fatigue after COVID-19: a randomised placebo-controlled trial"
    text = (
        "Methods: Adults with post-COVID fatigue for at least 6 months were randomised to LDN "
        "4.5 mg or placebo for 10 weeks. Participants on a stable SSRI (for depression or "
        "pain) were permitted to keep taking it. The primary outcome was the Chalder Fatigue "
        "Scale; secondary outcomes included depressive symptoms (PHQ-9).\n"
        "Results: Of 300 screened, 120 were randomised. Fatigue did not differ."
    )
    assert facts(title, text, RCT).on_topic is True


def test_medicated_and_unmedicated_parts_side_by_side_are_not_a_free_sample() -> None:
    title = "Adjunctive low-dose naltrexone for perinatal depression: an open-label trial"
    abstract = (
        "<h4>Methods</h4>Open-label single-arm trial. Women up to 6 months postpartum with a "
        "major depressive episode (EPDS 13 or more) took naltrexone 1.5 mg nightly, increased "
        "to 4.5 mg from week 2, for 10 weeks; those on an antidepressant kept it unchanged."
        "<h4>Results</h4>Sixty women were enrolled; 35 were taking escitalopram at entry and "
        "25 were unmedicated. EPDS fell from 17.9 to 10.1. Change was similar in medicated "
        "and unmedicated women."
    )
    f, found = judge_preprint(preprint(title, abstract))
    assert f.concomitant_classes == ["serotonergic"]
    assert found.get("serotonergic-combination") == "addressed"


def test_an_entry_threshold_before_the_allocation_makes_no_raise_for_some() -> None:
    title = "Low-dose naltrexone for long COVID: a randomised trial"
    text = (
        "Methods: Adults with long COVID and poor physical function (SF-36 PF under 50) were "
        "randomised to naltrexone titrated from 0.5 mg to 4 mg daily over ten days or "
        "placebo, for 12 weeks. Depressive symptoms (PHQ-9) were a secondary outcome.\n"
        "Results: Ninety were randomised. PHQ-9 did not differ."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [4.0]


def test_a_raise_for_those_with_too_little_improvement_keeps_both_levels() -> None:
    # (control: the threshold is a response's, the raise for some)
    title = "Low-dose naltrexone added to escitalopram in depression: an open trial"
    text = (
        "Methods: Adults with major depression on escitalopram took naltrexone 1.5 mg nightly; "
        "participants with less than 25% improvement at week 4 were increased to 4.5 mg.\n"
        "Results: Forty enrolled; 17 were increased."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.5, 4.5]


def test_a_start_told_as_the_verbs_object_then_raised_is_a_step() -> None:
    title = "Switching from an SNRI to low-dose naltrexone: an open-label pilot"
    text = (
        "Methods: Adults with partial response to venlafaxine started LDN 1 mg nightly while "
        "continuing venlafaxine. Venlafaxine was tapered over three weeks and stopped, while "
        "LDN was increased to 2 mg at week 2 and to 4 mg at week 3.\n"
        "Results: Thirty enrolled and MADRS fell."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [4.0]


def test_a_start_told_as_the_verbs_object_and_never_raised_is_the_dose() -> None:
    # (control: no raise, the one dose)
    title = "Low-dose naltrexone added to bupropion: an open-label pilot"
    text = (
        "Methods: Adults with major depression on bupropion started LDN 3 mg nightly for 8 "
        "weeks.\nResults: Twenty enrolled and MADRS fell."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [3.0]


def test_a_raise_for_those_with_a_score_increase_keeps_both_levels() -> None:
    # (control, from the open run while fixing the start above: holdout526 52200803; the
    # old code kept both levels only because it never read the start)
    title = "Replacing an SSRI with low-dose naltrexone in remitted depression: an open study"
    text = (
        "Methods: Adults in remission on escitalopram tapered it over 2 weeks and then took "
        "naltrexone 2 mg once daily. At week 4, those with a MADRS rise of 5 points or more "
        "had the dose raised to 4 mg.\n"
        "Results: Thirty-six enrolled; nine needed 4 mg."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [2.0, 4.0]


def test_cases_each_begun_on_their_own_dose_keep_both() -> None:
    # (control, from the open run: holdout551 52201267; no raise, each case's own dose)
    title = "Low-dose naltrexone after ketamine in depression: three cases"
    text = (
        "Case 1, a 40-year-old man, relapsed after ketamine; he began LDN 2 mg at night and "
        "improved by week 6. Case 2, a 35-year-old woman, relapsed too; LDN 4 mg nightly was "
        "started and her PHQ-9 fell. Case 3 took LDN 4 mg with bupropion."
    )
    assert facts(title, text, CASE).ldn_doses_mg == [2.0, 4.0]
