"""Kinds from blind batch 173 (session 67, first measured on the src of 0272b373, batch
172's fixes), written again in other words.

- holdout713 52204520 (two false verdicts): an MS fatigue trial whose results said "212
  participants were randomised (106 per arm); 71 had PHQ-9 >= 10 at baseline" read as
  selecting a depressed population (the whole was counted in the clause before).
- holdout713 52204516 (a false dose-finding verdict): an open-label extension's sentence
  naming its parent phase "in which patients received naltrexone 1 mg, 2.5 mg or 4.5 mg"
  took the parent's arms as its own doses.
- holdout715 52204547: "Of 1,027 patients prescribed LDN, 214 met the inclusion criteria
  (a long breakdown in brackets)" read 1,027.
- holdout716 52204567 (two missed verdicts): "an open-label, dose-escalation study to
  determine a tolerable and potentially effective dose" was read as hedged, so no design.
- preprints151 PPR9901459: "Patients with ... untreated depression ... had not been offered
  LDN ... and were therefore not represented" read depression as measured.
"""

from __future__ import annotations

from written import JOURNAL, RCT, TRIAL, facts, gaps, judge_preprint, preprint


def test_a_counted_share_of_another_conditions_trial_is_no_depressed_sample() -> None:
    title = "Low-dose naltrexone for fatigue and mood in long COVID: a randomised trial"
    text = (
        "Methods: Adults with long COVID and fatigue (FSS >= 36) were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. Stable SSRIs or SNRIs were permitted.\n"
        "Results: 180 participants were randomised (90 per arm); 64 had PHQ-9 >= 10 at "
        "baseline. PHQ-9 fell more with LDN."
    )
    assert facts(title, text, RCT).depression_population is False
    assert "larger-trials" not in gaps(title, text, RCT)


def test_a_depressed_sample_counted_the_same_way_is_still_depressed() -> None:
    # (control: no other condition; the sample selected for depression)
    title = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder (PHQ-9 >= 10) on an SSRI were "
        "randomised to naltrexone 4.5 mg or placebo for 12 weeks.\n"
        "Results: 180 participants were randomised (90 per arm). PHQ-9 fell more with LDN."
    )
    assert facts(title, text, RCT).depression_population is True


def test_an_extensions_parent_arms_are_not_its_doses() -> None:
    title = "Open-label extension of adjunctive low-dose naltrexone in depression: 36-week results"
    text = (
        "Methods: Participants who completed the 8-week double-blind dose-ranging phase "
        "(NCT01234567), in which patients received naltrexone 0.5 mg, 2 mg or 4.5 mg or "
        "placebo, were offered 36 weeks of open-label treatment. All started naltrexone at "
        "2 mg at night; the dose could be adjusted between 2 and 4.5 mg by response.\n"
        "Results: Of 104 completers, 88 entered the extension; HAMD-17 fell further."
    )
    got = facts(title, text, TRIAL)
    assert got.ldn_doses_mg == [2.0, 4.5]
    assert got.compares_doses is False


def test_those_meeting_criteria_after_a_long_breakdown_are_the_sample() -> None:
    title = "Low-dose naltrexone in routine care of depression: a retrospective cohort"
    text = (
        "Methods: We reviewed the records of all patients prescribed LDN at three clinics.\n"
        "Results: Of 1,240 patients prescribed LDN, 236 met the inclusion criteria (major "
        "depressive disorder 190, persistent depressive disorder 31, bipolar II depression "
        "15). PHQ-9 fell from 17.0 to 12.2."
    )
    assert facts(title, text, JOURNAL).n == 236


def test_a_dose_escalation_to_find_a_potentially_effective_dose_is_a_trial() -> None:
    title = "[Dose-escalation study of low-dose naltrexone in treatment-resistant depression]."
    text = (
        "Low-dose naltrexone has been reported to improve depressive symptoms. We conducted "
        "an open-label, dose-escalation study to find a tolerable and potentially effective "
        "dose. Outpatients with major depressive disorder (HAM-D17 of 16 or more) on their "
        "current antidepressant were enrolled. Naltrexone was given at 1 mg for 2 weeks, "
        "then 2 mg and 4 mg, each for 2 weeks. Fifteen patients were enrolled."
    )
    assert facts(title, text, ("English Abstract", "Journal Article")).design == (
        "nonrandomized_trial"
    )


def test_a_hedged_finding_is_still_hedged() -> None:
    # (control: "potentially" hedging what the study found)
    title = "Low-dose naltrexone in depression: a review of case reports"
    text = (
        "We reviewed published case reports of low-dose naltrexone in depression. These "
        "reports suggest LDN is potentially useful as an adjunct."
    )
    assert facts(title, text, ("Review",)).design == "review"


def test_people_a_cohort_had_not_offered_the_drug_are_no_outcome() -> None:
    pre = preprint(
        "Low-dose naltrexone in ulcerative colitis refractory to biologics: a retrospective cohort",
        "<h4>Methods</h4>We identified adults with ulcerative colitis who received LDN 4.5 mg "
        "daily for at least 12 weeks after failure of a biologic. Patients with untreated "
        "depression had not been offered LDN under local guidance and were therefore not "
        "represented.<h4>Results</h4>A total of 64 patients were included; 44% had a "
        "clinical response.",
    )
    got, _ = judge_preprint(pre)
    assert got.on_topic is False


def test_the_randomised_pilot_an_aim_extends_is_not_the_studys_design() -> None:
    # (the hedge no longer hides the aim, so the earlier pilot it names must not decide)
    title = "An open-label dose-escalation study of low-dose naltrexone in depression"
    text = (
        "Objective: To identify a tolerable and potentially effective dose of LDN, extending "
        "the only randomised pilot, which used 1 mg twice daily.\n"
        "Methods: Adults with major depressive disorder on bupropion took naltrexone 1 mg, "
        "2 mg and 4 mg daily, one week each.\n"
        "Results: Twenty were enrolled; MADRS fell."
    )
    assert facts(title, text, TRIAL).design == "nonrandomized_trial"
