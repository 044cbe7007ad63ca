"""Kinds from blind batch 136 (session 58, first measured on the src of 56fc7f2e), and the
cross-taper reading, written again in other words.

- A cross-taper whose overlap the study states as a time of its own ("the two drugs were
  therefore taken together for 4 to 12 weeks", "took both drugs for 4 to 6 weeks", "median
  6 weeks of overlap") has the antidepressant taken together with LDN, as CONTRACT.md's
  words say and as six blind evaluators labelled it (holdout490 52200095, holdout504
  52200368, holdout506 52200406, holdout516 52200620, holdout526 52200804, holdout477
  51800005); a taper told only as a switch stays a replacement (eight others).
- holdout527 52200750: people "switched to escitalopram by their treating psychiatrists
  and withdrawn" never took it with LDN (a false serotonergic verdict).
- holdout527 52200742: "Allocation was 0.5 mg b.i.d., n = 20; 2 mg b.i.d., n = 19;
  placebo, n = 19" is a sample of 58 (a missed larger-trials verdict).
- holdout527 52200758: a dose "raised by 0.5 mg each week according to a fixed schedule to
  2.5 mg" is a titration to 2.5 mg.
- holdout531 52200874: "low mood" among the reasons people stopped LDN is an adverse
  effect, not a mood outcome (an LDN pain cohort read as on-topic).
"""

from __future__ import annotations

from written import facts, gaps

RCT = ["Journal Article", "Randomized Controlled Trial"]
TRIAL = ["Journal Article", "Clinical Trial"]
CASE = ["Journal Article", "Case Reports"]


# --- A cross-taper's stated overlap ------------------------------------------------------

OVERLAP_TITLE = "Moving from duloxetine to low-dose naltrexone in major depression: an open trial"


def _cross_taper(overlap: str) -> str:
    return (
        "Methods: Fifty-four outpatients with major depressive disorder (HAM-D17 of 16 or more) "
        "who wished to stop duloxetine because of sweating entered a cross-taper. Naltrexone "
        "4.5 mg at bedtime was begun on day 1 while duloxetine was lowered by 30 mg every 2 "
        f"weeks and stopped; {overlap} Thereafter they took naltrexone alone to week 16.\n\n"
        "Results: HAM-D17 fell from 19.8 to 12.4 at week 16."
    )


def test_drugs_said_to_be_taken_together_during_a_cross_taper_count() -> None:
    f = facts(
        OVERLAP_TITLE,
        _cross_taper("both medicines were thus taken together for about a month."),
        TRIAL,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert (
        gaps(OVERLAP_TITLE, _cross_taper("both medicines were thus taken together."), TRIAL)[
            "serotonergic-combination"
        ]
        == "addressed"
    )


def test_weeks_of_overlap_named_count_as_taken_together() -> None:
    f = facts(OVERLAP_TITLE, _cross_taper("there were about four weeks of overlap."), TRIAL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_an_antidepressant_continued_unchanged_after_ldn_began_counts() -> None:
    text = (
        "Methods: Fifty-four outpatients with major depressive disorder (HAM-D17 of 16 or more) "
        "on duloxetine took part. Naltrexone 4.5 mg at bedtime was begun on day 1 while "
        "duloxetine was kept unchanged for three weeks and then withdrawn in two steps; from "
        "week 6 naltrexone was taken alone.\n\nResults: HAM-D17 fell from 19.8 to 12.4."
    )
    assert facts(OVERLAP_TITLE, text, TRIAL).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
    ]


def test_a_cross_taper_told_only_as_a_switch_stays_a_replacement() -> None:
    # (control: no time taken together is stated; the taper is the way off the old drug)
    f = facts(
        OVERLAP_TITLE,
        _cross_taper("duloxetine was stopped by day 14 as planned."),
        TRIAL,
    )
    assert f.concomitant_classes == []
    text = (
        "Methods: Forty outpatients with major depressive disorder were switched from "
        "sertraline to low-dose naltrexone over a 10-day cross-taper and then took naltrexone "
        "4.5 mg alone for 12 weeks.\n\nResults: MADRS fell from 24 to 15."
    )
    assert (
        facts("Switching from sertraline to LDN in depression", text, TRIAL).concomitant_classes
        == []
    )


def test_nobody_taking_both_drugs_is_no_overlap() -> None:
    # (control: a head-to-head trial says nobody took both; holdout203 22700003)
    text = (
        "Methods: Drug-free adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg nightly (n = 40) or sertraline 50 mg daily (n = 40) for 8 weeks; no participant "
        "took both drugs, and there were no weeks of overlap with earlier treatment.\n\n"
        "Results: PHQ-9 fell by 7 points in both arms."
    )
    title = "Low-dose naltrexone versus sertraline in depression: a pilot RCT"
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_overlapping_confidence_intervals_are_no_overlap_of_drugs() -> None:
    # (control: "overlap" said of results, in a switch study)
    text = (
        "Methods: Sixty outpatients with major depressive disorder were switched from "
        "escitalopram to low-dose naltrexone 4.5 mg over a one-week cross-taper and took "
        "naltrexone alone for 12 weeks.\n\nResults: Response rates at weeks 6 and 12 had "
        "overlapping confidence intervals."
    )
    assert (
        facts("Switching escitalopram to LDN in depression", text, TRIAL).concomitant_classes == []
    )


# --- A drug people were switched to, and withdrawn ----------------------------------------


BUPROPION_TITLE = "Low-dose naltrexone added to bupropion in anhedonic depression: an RCT"
BUPROPION = (
    "Methods: Adults with major depressive disorder on bupropion XL 300 mg/day for 8 weeks or "
    "more were randomised to naltrexone 1.5 mg daily or placebo for 10 weeks. Changes of "
    "antidepressant were not allowed.\n\nResults: Forty-four were randomised. Two participants "
    "(one per arm) were moved to sertraline by their own psychiatrists and withdrawn. {tail}"
)


def test_people_switched_to_an_ssri_and_withdrawn_did_not_take_it_with_ldn() -> None:
    f = facts(BUPROPION_TITLE, BUPROPION.format(tail="Anhedonia improved with LDN."), RCT)
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(BUPROPION_TITLE, BUPROPION.format(tail=""), RCT)


def test_people_who_began_an_ssri_and_stayed_took_it_with_ldn() -> None:
    # (control: a start during the trial that the people stayed in the trial with)
    text = (
        "Methods: Adults with major depressive disorder on bupropion XL 300 mg/day were "
        "randomised to naltrexone 1.5 mg daily or placebo for 10 weeks.\n\nResults: Forty-four "
        "were randomised. Sertraline 50 mg was added for two participants and both continued "
        "naltrexone to week 10."
    )
    assert "serotonergic" in facts(BUPROPION_TITLE, text, RCT).concomitant_classes


# --- Arm sizes listed after "Allocation was" ---------------------------------------------


def test_arm_sizes_listed_after_allocation_are_summed() -> None:
    text = (
        "Methods: Outpatients with major depressive disorder were randomised to naltrexone "
        "1 mg twice daily, naltrexone 2.5 mg twice daily or placebo, added to their "
        "antidepressant.\n\nResults: Allocation was 1 mg b.i.d., n = 27; 2.5 mg b.i.d., n = 26; "
        "placebo, n = 26. HAM-D17 fell most with the higher dose."
    )
    title = "Two doses of naltrexone added to antidepressants in depression: an RCT"
    assert facts(title, text, RCT).n == 79
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_parts_listed_after_allocation_that_are_not_arms_are_not_summed() -> None:
    # (control: the list names no treatment or arm, only kinds of people)
    text = (
        "Methods: Thirty outpatients with major depressive disorder were randomised to "
        "naltrexone 1.5 mg or placebo.\n\nResults: Group sizes were: women, n = 18; men, "
        "n = 12. HAM-D17 fell more with naltrexone."
    )
    assert facts("Naltrexone 1.5 mg in depression: an RCT", text, RCT).n == 30


# --- A raise that follows a schedule -----------------------------------------------------


def test_a_raise_according_to_a_schedule_is_a_titration_to_its_target() -> None:
    text = (
        "A 52-year-old man with treatment-resistant major depression on tranylcypromine was "
        "given compounded naltrexone; he started 1 mg nightly and the dose was increased by "
        "1 mg each week according to the clinic's protocol to 4 mg nightly, which he kept. "
        "His MADRS fell from 30 to 12."
    )
    f = facts("Low-dose naltrexone added to tranylcypromine: a case report", text, CASE)
    assert f.ldn_doses_mg == [4.0]


# --- Low mood as a reason to stop --------------------------------------------------------


def test_low_mood_among_reasons_for_stopping_is_no_mood_outcome() -> None:
    text = (
        "Methods: We reviewed all patients with chronic low back pain who began low-dose "
        "naltrexone 4.5 mg at a pain clinic. Outcomes were pain intensity and function.\n\n"
        "Results: Sixty-two patients were included. Pain fell from 7.1 to 5.8. Nine stopped "
        "naltrexone owing to nightmares, nausea or low mood."
    )
    f = facts("Low-dose naltrexone for chronic low back pain: a retrospective cohort", text)
    assert f.on_topic is False


def test_mood_measured_in_a_pain_cohort_still_counts() -> None:
    # (control: mood is measured, and some also stopped for side effects)
    text = (
        "Methods: We reviewed all patients with chronic low back pain who began low-dose "
        "naltrexone 4.5 mg at a pain clinic. Outcomes were pain intensity and mood on the "
        "PHQ-9.\n\nResults: Sixty-two patients were included. PHQ-9 fell from 12 to 8. Nine "
        "stopped naltrexone owing to nightmares or nausea."
    )
    f = facts("Low-dose naltrexone for chronic low back pain: a retrospective cohort", text)
    assert f.on_topic is True
