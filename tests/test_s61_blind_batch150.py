"""Kinds from blind batch 150 (session 61, first measured on the src of e658cb40), written
again in other words.

- holdout600 52202249: an open-label study whose run-in replaced the SSRI with bupropion
  ("the SSRI was tapered and stopped while bupropion XL was titrated to 300 mg/day"), then
  gave LDN "with bupropion unchanged", read as LDN taken with nothing (bupropion read as
  stopped with the SSRI).
- holdout601 52202280: a rat study whose drug levels were matched to people's ("plasma
  concentrations comparable to those after a 4.5 mg oral dose in women") read as human work
  (design other, on-topic).
"""

from __future__ import annotations

from written import TRIAL, facts

SWITCH_TITLE = (
    "Switching an SNRI to bupropion before adding low-dose naltrexone in depression: an "
    "open-label study"
)


def _switch(run_in: str) -> str:
    return (
        "Methods: Adults with treatment-resistant depression on an SNRI entered a 4-week run-in "
        f"in which {run_in}. Those who completed it received naltrexone 4.5 mg nightly for 8 "
        "weeks with bupropion unchanged.\n"
        "Results: Forty were enrolled and 33 started naltrexone; MADRS fell by 9 points."
    )


def test_a_drug_begun_while_another_was_stopped_is_taken_with_ldn() -> None:
    text = _switch("the SNRI was tapered and stopped while bupropion was raised to 300 mg/day")
    assert facts(SWITCH_TITLE, text, TRIAL).concomitant_classes == ["dopaminergic"]


def test_drugs_stopped_together_are_both_stopped() -> None:
    # (control: a list of drugs stopped)
    text = _switch("the SNRI and bupropion were tapered and stopped")
    found = facts(SWITCH_TITLE, text, TRIAL).concomitant_classes
    assert "serotonergic" not in found and "noradrenergic" not in found


RAT_TITLE = (
    "Low-dose naltrexone added to sertraline in a chronic stress model of depression in rats"
)


def _rats(pk: str) -> str:
    return (
        "Because low-dose naltrexone is being tried in patients as an adjunct to SSRIs, we "
        "tested whether naltrexone at doses meant to reproduce human LDN exposure changes the "
        "response to sertraline. Dams exposed to chronic mild stress (n = 10 per group) "
        "received vehicle, sertraline "
        "(10 mg/kg/day), naltrexone 0.1 mg/kg/day, or both for 3 weeks. Sucrose preference and "
        f"forced swim immobility were measured. The combination increased sucrose preference "
        f"more than sertraline alone (p < 0.01). {pk}"
    )


def test_levels_matched_to_a_dose_in_people_leave_a_rat_study_preclinical() -> None:
    text = _rats("Plasma concentrations were similar to those after a 4.5 mg oral dose in women.")
    found = facts(RAT_TITLE, text)
    assert found.design == "preclinical"
    assert not found.on_topic


def test_a_rat_study_without_such_a_comparison_is_preclinical() -> None:
    # (control)
    found = facts(RAT_TITLE, _rats(""))
    assert found.design == "preclinical"
