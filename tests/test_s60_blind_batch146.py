"""Kinds from blind batch 146 (session 60, first measured on the src of 9badb3ac), written
again in other words.

- holdout578 52201817: an open-label extension of LDN monotherapy whose results say "Five
  participants left to restart an SSRI" read as LDN taken with an SSRI (a false serotonergic
  verdict).
- holdout579 52201825: a trial of LDN during an antidepressant taper in people "in sustained
  remission of depression" read as measuring depression (its outcome a discontinuation
  checklist).
- holdout580 52201853: arms sized "(N=21) ... (N=22) ... (N=20) ... placebo (N=21)" beside a
  "modified intention-to-treat population (all randomised participants with a rating;
  N=79)" read as 79.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps

# --- an extension its people left to restart an SSRI ----------------------------------

EXTENSION_TITLE = "Open-label extension of a trial of low-dose naltrexone monotherapy in depression"
EXTENSION = (
    "Methods: Completers of the randomised phase could enter a 20-week open-label extension "
    "in which all took LDN 1.5-4.5 mg nightly, adjusted by the treating psychiatrist.\n"
    "Results: Twenty-eight entered the extension and 21 finished it. {left}"
)


def test_people_who_left_to_restart_an_ssri_did_not_take_it_with_ldn() -> None:
    text = EXTENSION.format(
        left="Four participants left to restart an SSRI, one because of relapse."
    )
    assert facts(EXTENSION_TITLE, text, TRIAL).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(EXTENSION_TITLE, text, TRIAL)


def test_people_who_restarted_an_ssri_and_stayed_took_it_with_ldn() -> None:
    # (control: restarted alongside LDN, still in the study)
    text = EXTENSION.format(left="Four participants restarted an SSRI alongside LDN.")
    assert "serotonergic" in facts(EXTENSION_TITLE, text, TRIAL).concomitant_classes


# --- people in remission ----------------------------------------------------------------

TAPER_TITLE = "Low-dose naltrexone during antidepressant tapering: a randomised trial"
TAPER = (
    "Methods: Adults who had taken an SSRI for at least a year, {state}, and wished to stop "
    "were randomised to LDN 3 mg or placebo during an 8-week taper. The primary outcome was "
    "the DESS discontinuation checklist.\n"
    "Results: Eighty participants were randomised; DESS scores were 18% lower with LDN."
)


def test_people_in_remission_of_depression_are_not_measured_for_it() -> None:
    text = TAPER.format(state="had been in full remission of depression for 6 months")
    assert not facts(TAPER_TITLE, text, RCT).on_topic


def test_remission_of_depression_as_an_outcome_still_measures_it() -> None:
    # (control: remission as the trial's outcome)
    text = (
        TAPER.format(state="had depression") + " Remission of depression was a secondary outcome."
    )
    assert facts(TAPER_TITLE, text, RCT).on_topic


# --- arm sizes beside an analysed set --------------------------------------------------


def test_arm_sizes_outweigh_a_modified_intention_to_treat_count() -> None:
    title = "Three doses of low-dose naltrexone in depression: a randomised trial"
    text = (
        "Methods: Antidepressant-free adults with major depressive disorder were randomly "
        "assigned to naltrexone 1 mg (N=24), 2.5 mg (N=23) or 4.5 mg (N=22) daily, or placebo "
        "(N=23), for 8 weeks. The primary analysis used the modified intention-to-treat "
        "population (all randomised participants with a post-baseline rating; N=86).\n"
        "Results: HAM-D change was larger with 2.5 mg and 4.5 mg than with placebo."
    )
    assert facts(title, text, RCT).n == 92
