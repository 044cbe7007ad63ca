"""Kinds from blind batch 186 (session 70, first measured on the src of d378dbb2), written
again in other words.

- preprints164 PPR9901850 (false serotonergic and dose-finding verdicts): a narrative
  review that says "We summarise the clinical data on X in depression, which consist of
  one small randomised augmentation trial ..., open-label studies and case series, and
  retrospective cohorts" was read as the randomised trial it covers.
- holdout780 52205856 (on-topic): a Crohn's disease dose comparison whose only mood word is
  a side effect, "Insomnia and vivid dreams were commoner with 4.5 mg, as was irritability
  or low mood", was read as measuring mood.
- holdout777 52205782 (doses): "those who could not tolerate escalation remained on 1.5 mg
  or 3 mg" stayed on those doses; they gave none up.
- holdout779 52205829 (doses): "Participants with vivid dreams could take 3 mg instead" is
  a dose of the drug the protocol allowed, not a hedge.
- preprints164 PPR9901849 (on-topic): a survey whose people "rated change in fatigue, pain
  and mood on 7-point global impression scales and reported ... side effects" measures
  mood; the side effects of the same sentence make it no checklist item.
"""

from __future__ import annotations

from written import JOURNAL, RCT, facts, judge_preprint, preprint

OBSERVATIONAL = ("Journal Article", "Observational Study")


def test_a_review_whose_data_consist_of_a_trial_and_cohorts_is_a_review() -> None:
    f, gaps = judge_preprint(
        preprint(
            "Opioid-system treatments for depression: a narrative review",
            "This narrative review summarises opioid-targeted treatments for depression. We "
            "summarise the clinical data on low-dose naltrexone in depression, which consist "
            "of one small randomised trial of LDN added to SSRIs comparing 1 and 4.5 mg, "
            "several open-label studies and retrospective cohorts. Key open questions "
            "include the optimal dose.",
        )
    )
    assert f.design == "review"
    assert gaps == {}


def test_a_trials_own_data_that_consist_of_its_arms_stay_its_own() -> None:
    # (control: no review declared, the record's own randomised trial)
    f, gaps = judge_preprint(
        preprint(
            "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
            "Methods: 64 adults with major depressive disorder taking an SSRI were "
            "randomised to LDN 4.5 mg or placebo for 8 weeks. Results: MADRS fell by 10.2 "
            "and 6.1 points.",
        )
    )
    assert f.design == "rct"
    assert gaps.get("serotonergic-combination") == "addressed"


def test_low_mood_among_a_dose_comparisons_side_effects_measures_no_mood() -> None:
    title = "Naltrexone 1.5 mg versus 4.5 mg daily for ulcerative colitis: a randomised trial"
    text = (
        "Methods: Adults with mildly active ulcerative colitis were randomised to naltrexone "
        "1.5 mg or 4.5 mg nightly for 12 weeks. The primary outcome was clinical response.\n"
        "Results: Sixty patients were randomised (30 per arm). Response occurred in 40% and "
        "50%. Nightmares and insomnia were more common with 4.5 mg (27% vs 10%), as was "
        "irritability or low mood (7% vs 3%)."
    )
    assert facts(title, text, RCT).on_topic is False


def test_mood_measured_on_a_scale_in_a_colitis_trial_is_still_an_outcome() -> None:
    # (control: the mood outcome is a scale of its own)
    title = "Naltrexone 1.5 mg versus 4.5 mg daily for ulcerative colitis: a randomised trial"
    text = (
        "Methods: Adults with mildly active ulcerative colitis were randomised to naltrexone "
        "1.5 mg or 4.5 mg nightly for 12 weeks. Depressive symptoms were measured with the "
        "PHQ-9.\n"
        "Results: Sixty patients were randomised. PHQ-9 scores fell by 3.1 and 2.4 points."
    )
    assert facts(title, text, RCT).on_topic is True


def test_people_who_could_not_tolerate_a_raise_stayed_on_the_lower_doses() -> None:
    title = "Low-dose naltrexone in long COVID: a retrospective clinic cohort"
    text = (
        "Methods: We reviewed the records of all adults with long COVID who started LDN at "
        "our clinic. Treatment began at 1 mg and was increased to 4.5 mg as tolerated; those "
        "who could not tolerate escalation stayed on 1 mg or 2 mg. Depressive symptoms "
        "(PHQ-9) were recorded at baseline and 3 months.\n"
        "Results: 180 patients were included. Those who reached 4.5 mg improved more on the "
        "PHQ-9 than those who stayed on lower doses."
    )
    assert {1.0, 4.5} <= set(facts(title, text, OBSERVATIONAL).ldn_doses_mg)


def test_a_dose_the_protocol_let_people_take_instead_is_a_dose() -> None:
    title = "Low-dose naltrexone monotherapy for depression with inflammation: a pilot RCT"
    text = (
        "Methods: Adults with major depressive disorder and CRP >= 3 mg/L taking no "
        "antidepressant were randomized to naltrexone 4.5 mg at bedtime or placebo for 8 "
        "weeks. Participants with persistent insomnia could take 2 mg instead.\n"
        "Results: Forty participants were randomized; 5 in the LDN group used the 2 mg dose."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [2.0, 4.5]


def test_a_later_study_that_could_take_a_dose_forward_stays_a_hedge() -> None:
    # (control: "could" of another study's choice is still a hedge, no dose given)
    title = "Low-dose naltrexone 4.5 mg for depression: an open-label pilot"
    text = (
        "Twenty adults with major depressive disorder took naltrexone 4.5 mg nightly for 8 "
        "weeks; MADRS fell by 9 points. A larger trial could test 2 mg as well."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [4.5]


def test_mood_rated_on_impression_scales_in_a_survey_is_an_outcome() -> None:
    f, _ = judge_preprint(
        preprint(
            "Patient-reported effects of low-dose naltrexone in fibromyalgia: an online survey",
            "Methods: An online survey was distributed through patient organisations. Adults "
            "with fibromyalgia who had taken LDN for at least four weeks rated change in "
            "pain, fatigue, sleep and mood on 7-point global impression scales and reported "
            "their dose and side effects. Results: 350 respondents met the criteria. Doses "
            "ranged from 1 mg to 4.5 mg daily. Improvement was reported for pain (50%) and "
            "mood (40%).",
        )
    )
    assert f.on_topic is True


def test_low_mood_listed_among_side_effects_in_a_survey_measures_no_mood() -> None:
    # (control: the mood word is a side effect reported, not rated on a scale)
    f, _ = judge_preprint(
        preprint(
            "Patient-reported effects of low-dose naltrexone in fibromyalgia: an online survey",
            "Methods: An online survey was distributed through patient organisations. Adults "
            "with fibromyalgia who had taken LDN for at least four weeks rated change in pain "
            "and fatigue on 7-point scales and reported side effects such as vivid dreams, "
            "insomnia or low mood. Results: 350 respondents met the criteria. Doses ranged "
            "from 1 mg to 4.5 mg daily. Improvement was reported for pain (50%).",
        )
    )
    assert f.on_topic is False


def test_mood_rated_on_a_withdrawal_scale_stays_an_item() -> None:
    # (control: the scale the mood is rated on is the withdrawal checklist itself)
    title = "Very low-dose naltrexone during a methadone taper: a randomised trial"
    text = (
        "Methods: Sixty adults tapering methadone were randomised to naltrexone 0.25 mg or "
        "placebo twice daily; withdrawal was rated with the Subjective Opiate Withdrawal "
        "Scale, which includes dysphoric mood.\n"
        "Results: Withdrawal scores were lower with naltrexone. Dysphoric mood ratings on "
        "the withdrawal scale did not differ between arms."
    )
    assert facts(title, text, RCT).on_topic is False
