"""Kinds from blind batch 155 (session 63, first measured on the src of 97de252c), written
again in other words.

- holdout626 52202769: a secondary analysis whose "64 (mean age ...; 61% women)
  contributed to this analysis" was missed, so a later subgroup ("19 participants (30%)
  scored 5 or more") was read as its sample.
- holdout625 52202752: "the SSRI or SNRI was cross-tapered to bupropion XL; the
  serotonergic drug was fully withdrawn before day 21" left the SSRIs taken (serotonergic
  read as addressed).
- registry140 NCT00290859: "Bupropion acts mainly on dopamine ... and is a common choice
  when sexual side effects limit SSRIs" read as SSRIs taken (serotonergic addressed).
"""

from __future__ import annotations

from written import CASE, RCT, TRIAL, facts


def test_those_who_contributed_to_this_analysis_are_its_sample() -> None:
    title = (
        "Mood in adults with chronic low back pain given low-dose naltrexone: a secondary "
        "analysis of a randomised trial"
    )
    text = (
        "Methods: This planned secondary analysis used data from a 10-week double-blind trial "
        "in which adults with chronic low back pain were randomised to naltrexone 4.5 mg/day "
        "or placebo. The PHQ-9 was completed at baseline and week 10. Results: Of the 96 "
        "randomised participants, 71 (mean age 58.1 years; 55% women) contributed to this "
        "analysis. Twenty-two participants (31%) had a PHQ-9 of 10 or more. PHQ-9 fell by 1.9 "
        "points more with LDN than with placebo."
    )
    assert facts(title, text, RCT).n == 71


CROSS_TAPER_TITLE = (
    "Low-dose naltrexone added to bupropion after switching from serotonergic antidepressants: "
    "an open-label trial"
)


def _cross_taper(stop: str) -> str:
    return (
        "Methods: Adults with major depressive disorder and a partial response to an SNRI "
        "began a four-week lead-in during which the SNRI was cross-tapered to bupropion XL 300 "
        f"mg{stop}. Naltrexone 4.5 mg nightly was then added for 8 weeks. Results: Forty-two "
        "adults enrolled; MADRS fell from 27 to 15."
    )


def test_a_class_cross_tapered_onto_another_drug_is_not_taken() -> None:
    text = _cross_taper("; the noradrenergic antidepressant was completely withdrawn by day 28")
    assert facts(CROSS_TAPER_TITLE, text, TRIAL).concomitant_classes == ["dopaminergic"]


def test_a_class_word_stopped_after_it_is_not_taken() -> None:
    title = "Low-dose naltrexone with bupropion in depression: an open-label pilot"
    text = (
        "Methods: Adults with major depression on escitalopram were switched to bupropion 300 "
        "mg over three weeks; the serotonergic antidepressant was fully stopped before week 4. "
        "Naltrexone 2 mg nightly was then added. Results: Thirty patients took part."
    )
    assert facts(title, text, TRIAL).concomitant_classes == ["dopaminergic"]


def test_how_a_drug_works_and_when_it_is_chosen_takes_no_other_drug() -> None:
    title = "Low-dose naltrexone as augmentation of bupropion in major depression: a pilot RCT"
    text = (
        "Methods: Bupropion works mainly by inhibiting dopamine and noradrenaline reuptake and "
        "is a frequent alternative when emotional blunting limits SSRIs. Adults whose "
        "depression had not remitted on bupropion monotherapy were randomised to naltrexone "
        "4.5 mg or placebo for 8 weeks. Results: We randomised 56 adults."
    )
    assert facts(title, text, RCT).concomitant_classes == ["dopaminergic"]


def test_a_drug_the_study_gives_opening_a_sentence_is_still_taken() -> None:
    # (control)
    title = "Low-dose naltrexone added to sertraline in major depression: a pilot RCT"
    text = (
        "Methods: Sertraline was continued at a stable dose in all participants, who were "
        "randomised to naltrexone 4.5 mg or placebo for 8 weeks. Results: We randomised 56 "
        "adults."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


SWITCH_TITLE = "Low-dose naltrexone continued through an antidepressant switch: a case report"


def _switch(verb: str) -> str:
    return (
        "A 39-year-old man with recurrent major depression taking duloxetine 90 mg daily "
        "was started on naltrexone 1.5 mg nightly, raised to 4.5 mg. Because of sweating, "
        f"duloxetine {verb} escitalopram 20 mg while LDN 4.5 mg was continued unchanged. His "
        "PHQ-9 fell from 20 to 8."
    )


def test_a_drug_switched_away_from_while_the_watched_drug_went_on_was_taken_with_it() -> None:
    f = facts(SWITCH_TITLE, _switch("was switched to"), CASE)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_a_drug_cross_tapered_away_from_while_the_watched_drug_went_on_was_taken() -> None:
    # (guards the cross-taper stop above: kept where the watched drug went on)
    f = facts(SWITCH_TITLE, _switch("was cross-tapered over four weeks to"), CASE)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


WITHDRAWAL_TITLE = (
    "Very-low-dose naltrexone during methadone taper: effects on withdrawal and mood in "
    "patients on antidepressants"
)


def test_an_antidepressant_taken_for_co_occurring_depression_measures_no_mood() -> None:
    # holdout623 52202717: the condition named only as what the people's SSRI treats, and
    # mood only as an item of a withdrawal scale
    text = (
        "Methods: Patients with opioid use disorder tapering from methadone over 21 days were "
        "randomized to naltrexone 0.1 mg/day, 0.2 mg/day or placebo. All had taken an SSRI "
        "for at least 6 weeks for co-occurring depression or anxiety and kept taking it. "
        "Withdrawal was rated daily on the COWS and the SOWS, whose items include dysphoric "
        "mood. Results: Of 84 randomized patients, 70 completed the taper. Peak COWS was "
        "lower with 0.2 mg than with placebo."
    )
    assert not facts(WITHDRAWAL_TITLE, text, RCT).on_topic


def test_people_selected_for_co_occurring_depression_with_a_depression_scale_are_on_topic() -> None:
    # (control)
    text = (
        "Methods: Patients with opioid use disorder and co-occurring major depression tapering "
        "from methadone were randomized to naltrexone 0.2 mg/day or placebo. Depression was "
        "rated on the HAM-D. Results: Of 84 randomized patients, 70 completed the taper. HAM-D "
        "fell more with naltrexone."
    )
    assert facts(WITHDRAWAL_TITLE, text, RCT).on_topic
