"""Kinds from blind batch 191 (session 71, first measured on the src of 6edf4f92), written
again in other words.

- holdout804 52206331 (a missed serotonergic verdict): a single-arm trial that started LDN
  "on the first day of a 4-week cross-taper. During these 4 weeks the antidepressant was
  reduced stepwise to zero while LDN was taken at the full dose", whose scores "did not
  worsen during the overlap weeks": the two were taken together for a time, so the
  antidepressant counts (the convention of ``drugs._overlap_pattern``).
"""

from __future__ import annotations

from written import TRIAL, facts, gaps

_TAPER_TITLE = (
    "Low-dose naltrexone begun at the start of an SSRI taper: a single-arm open-label pilot"
)


def _taper(during: str, result: str) -> str:
    return (
        "Methods: In this open-label pilot trial, 36 adults with major depressive disorder "
        "(MADRS >= 18) on sertraline or citalopram who wished to stop it began LDN 4.5 mg at "
        f"night on the first day of a 6-week cross-taper. {during} LDN was then taken alone "
        f"for 10 weeks. Results: Thirty participants completed 16 weeks. {result}"
    )


def test_an_antidepressant_lowered_while_ldn_was_taken_was_taken_with_it() -> None:
    text = _taper(
        "Over these 6 weeks the SSRI was reduced stepwise to zero while LDN was taken at the "
        "full dose.",
        "MADRS fell from 24.0 to 15.2.",
    )
    assert facts(_TAPER_TITLE, text, TRIAL).concomitant_classes == ["serotonergic"]
    assert gaps(_TAPER_TITLE, text, TRIAL).get("serotonergic-combination") == "addressed"


def test_an_overlap_named_as_a_time_under_a_negated_verb_is_still_one() -> None:
    text = _taper(
        "The SSRI dose was halved every two weeks.",
        "MADRS did not rise during the overlap weeks and fell from 24.0 to 15.2 by week 16.",
    )
    assert facts(_TAPER_TITLE, text, TRIAL).concomitant_classes == ["serotonergic"]


def test_a_taper_told_only_as_a_switch_stays_a_replacement() -> None:
    # (control: no overlap said)
    text = _taper("The SSRI was stopped by the end of the taper.", "MADRS fell from 24.0 to 15.2.")
    assert facts(_TAPER_TITLE, text, TRIAL).concomitant_classes == []
