"""Kinds from blind batch 179 (session 68, first measured on the src of 77df321b), written
again in other words. No false gap verdict; one missed in-progress verdict and field
errors.

- holdout745 52205147 (a missed larger-trials in-progress verdict): a protocol's "Twenty-two
  women will be recruited to each arm" of a four-arm trial is 88, not 22.
- holdout744 52205135: batch 178's verbless design heading read "A pilot trial of LDN
  augmentation included only patients on dopaminergic regimens" (an earlier trial) as the
  study's own; the heading now names its people and has no verb.
- holdout745 52205156: "1.5 mg at night for 7 days, then 3 mg for 7 days, and 4.5 mg at
  night thereafter" is a fixed titration to 4.5 mg.
- holdout746 52205165: "started at 0.5 mg and then adjusted between 1.5 and 4.5 mg daily
  as tolerated" is a flexible range from 1.5 to 4.5 mg.
- holdout744 52205127, holdout745 52205157: depression only as strata ("did not differ
  between PHQ-9 strata") or as covariates a registry records ("will be recorded from
  medical records at entry as covariates") is no mood outcome.
- preprints157 PPR9901649: psychiatrists who "responded (response rate 18%)" to a survey
  report their patients' drugs and doses, not the study's.
"""

from __future__ import annotations

from written import CASE, JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps


def test_a_protocol_s_people_recruited_to_each_arm_times_its_arms() -> None:
    title = "Low-dose naltrexone for perinatal depression: protocol for a three-arm trial"
    text = (
        "Methods and analysis: This is an 8-week, three-arm, double-blind trial. Women with a "
        "major depressive episode with peripartum onset will be randomised equally to "
        "placebo, naltrexone 1 mg or naltrexone 4 mg daily. Twenty-five women will be "
        "recruited to each arm."
    )
    assert facts(title, text, PROTOCOL).n == 75
    assert gaps(title, text, PROTOCOL)["larger-trials"] == "in_progress"


def test_an_earlier_pilot_told_with_its_verb_is_not_the_study_s_own() -> None:
    title = "Low-dose naltrexone added to SNRIs in major depressive disorder: a randomised trial"
    text = (
        "Objective: A pilot trial in adults with depression included only patients on "
        "dopaminergic regimens. The authors examined LDN added to SNRIs.\n"
        "Methods: Adults with major depressive disorder on venlafaxine were randomly "
        "assigned to naltrexone 3 mg/day or placebo for 8 weeks.\n"
        "Results: A total of 90 patients were randomly assigned."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic", "noradrenergic"]


def test_the_last_step_said_thereafter_is_the_target_of_a_titration() -> None:
    title = "Low-dose naltrexone with bupropion in depression: a case report"
    text = (
        "We describe a 52-year-old man with major depressive disorder on bupropion. LDN was "
        "added at 1 mg at night for 5 days, then 2 mg for 5 days, and 3 mg at night "
        "thereafter."
    )
    assert facts(title, text, CASE).ldn_doses_mg == [3.0]


def test_a_start_below_a_range_moved_between_is_a_titration_step() -> None:
    title = "Low-dose naltrexone in adolescents with depression: an open-label study"
    text = (
        "We conducted a single-arm open-label study in adolescents with major depression. "
        "Naltrexone was started at 0.5 mg and then titrated between 2 and 4 mg daily as "
        "tolerated. Thirty adolescents were enrolled."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [2.0, 4.0]


def test_two_doses_compared_between_stay_two_doses() -> None:
    # (control: "between ... and" after a comparison names two doses, not a range)
    title = "Low-dose naltrexone at two doses in depression"
    text = (
        "Methods: Adults with major depression were randomised to naltrexone 1.5 mg or "
        "4.5 mg daily.\n"
        "Results: Sixty patients were randomised. No difference was found between 1.5 and "
        "4.5 mg."
    )
    f = facts(title, text, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses


def test_depression_named_only_as_strata_is_no_outcome() -> None:
    title = "Low-dose naltrexone versus pregabalin for chronic neck pain: a randomised trial"
    text = (
        "Adults with chronic neck pain were randomised to LDN 4.5 mg at night or pregabalin "
        "150 mg daily for 12 weeks. The primary outcome was pain intensity. A total of 180 "
        "participants were randomised. The treatment effect did not differ between HADS-D "
        "strata (interaction P = 0.48)."
    )
    assert facts(title, text, RCT).on_topic is False


def test_depression_recorded_as_covariates_is_no_outcome() -> None:
    title = "Low-dose naltrexone in Crohn's disease: protocol for a prospective registry"
    text = (
        "Methods and analysis: The registry will enrol 400 adults with Crohn's disease who "
        "start LDN. Outcomes are clinical remission and mucosal healing. Comorbid anxiety "
        "and depression will be recorded from clinic letters at entry as covariates."
    )
    assert facts(title, text, JOURNAL).on_topic is False


def test_surveyed_prescribers_report_their_patients_drugs_not_the_study_s() -> None:
    title = "Off-label prescribing of low-dose naltrexone for depression: a national survey"
    text = (
        "Methods: We sent an anonymous online survey to all members of a national "
        "psychiatric association. Results: Two hundred and fourteen psychiatrists responded "
        "(response rate 18%). Of these, 23% had prescribed low-dose naltrexone for "
        "depression, usually at 1.5 to 4.5 mg and most often alongside an SSRI or SNRI."
    )
    f = facts(title, text, JOURNAL)
    assert f.concomitant_classes == []
    assert f.ldn_doses_mg == []
