"""Kinds met in the blind sets of session 46 (lead), each written again in other words.

Opened sets (batch 101, left over from session 45):
- holdout416 46900036: "partial response to vortioxetine 10-20 mg/day received naltrexone
  titrated from 1 mg to 3 mg": the dose in the other drug's phrase made its non-response read
  as a raise for some, and the titration's start was kept.
- holdout416 46900007: "participants could remain at a lower dose if a higher dose was not
  tolerated", a rule of the protocol, read as the top step given up (the 4.5 mg step lost);
  "supporting a randomised comparison of 2.5 and 4.5 mg" read the open-label escalation as
  randomised.
- holdout417 47000001: "naltrexone 1.5 mg is started on day 1 while the SSRI or SNRI is reduced
  and stopped ..., and the naltrexone dose is then increased to a target of 4.5 mg": the "or"
  between the two antidepressants read the steps as alternatives.
- holdout417 47000019: "who had stopped them ... because of lack of benefit" read the whole
  sentence as a gap in knowledge (future work), so its flexible range was not the study's and
  a final-dose distribution added a third dose.
"""

from __future__ import annotations

import pytest
from written import CASE, PROTOCOL, TRIAL, facts, gaps

# --- a non-response to another drug, its own dose named ------------------------------------

CASE_TITLE = "Low-dose naltrexone added to escitalopram in postpartum depression: two cases"
CASE_TEXT = (
    "Results: Two women with postpartum major depression and an inadequate response to "
    "escitalopram {dose} were given naltrexone titrated from 0.5 mg to 2 mg nightly over ten "
    "days. Both improved by week 6."
)


@pytest.mark.parametrize("dose", ["10-20 mg/day", "20 mg daily", "15 mg/day"])
def test_a_non_response_to_a_dosed_co_medication_is_no_raise_for_some(dose: str) -> None:
    assert facts(CASE_TITLE, CASE_TEXT.format(dose=dose), CASE).ldn_doses_mg == [2.0]


def test_a_non_response_to_the_drug_s_own_dose_is_still_a_raise_for_some() -> None:
    # the near miss: the level not responded to is the watched drug's, so both count
    text = (
        "Results: Two women with postpartum depression taking escitalopram 10 mg/day were given "
        "naltrexone 0.5 mg nightly; after an inadequate response to 0.5 mg at week 4 it was "
        "increased to 2 mg nightly."
    )
    assert facts(CASE_TITLE, text, CASE).ldn_doses_mg == [0.5, 2.0]


# --- a rule of the protocol for whoever needs it is no stop that happened ------------------

STEP_TITLE = "Stepwise low-dose naltrexone added to sertraline in major depression: a pilot"
STEP = (
    "Methods: In this dose-finding pilot, adults with major depressive disorder taking "
    "sertraline received naltrexone 1.5 mg/day for 2 weeks, then 3 mg/day for 2 weeks, then "
    "4.5 mg/day for 4 weeks; {rule} Depression was rated at each dose. Results: Twenty-two "
    "patients were enrolled. MADRS fell from 24 to 19 at 1.5 mg, 16 at 3 mg and 14 at 4.5 mg."
)


@pytest.mark.parametrize(
    "rule",
    [
        "participants could stay at a lower dose if a higher dose was not tolerated.",
        "the previous step was resumed whenever a dose was poorly tolerated.",
    ],
)
def test_a_rule_for_intolerance_keeps_the_top_step(rule: str) -> None:
    assert facts(STEP_TITLE, STEP.format(rule=rule), TRIAL).ldn_doses_mg == [1.5, 3.0, 4.5]


def test_a_top_step_that_was_not_tolerated_is_still_given_up() -> None:
    # the near miss: the stop happened to the person
    text = (
        "Results: A 51-year-old woman taking sertraline received naltrexone 1.5 mg/day and then "
        "4.5 mg/day, which was not tolerated because of insomnia. She continued on 1.5 mg/day "
        "for six months."
    )
    assert facts(STEP_TITLE, text, CASE).ldn_doses_mg == [1.5]


# --- the randomised study the results argue for is the next one ----------------------------

ESCALATION_TITLE = "Open-label escalation of low-dose naltrexone in depression on bupropion"
ESCALATION = (
    "Methods: Thirty adults with major depression taking bupropion received naltrexone 1 mg, "
    "then 2.5 mg, then 4.5 mg a day, two weeks each, with ratings at every step. "
    "Conclusions: Benefit appeared from 2.5 mg, {next}."
)


@pytest.mark.parametrize(
    "next_",
    [
        "supporting a randomised comparison of 2.5 and 4.5 mg",
        "which justifies a larger placebo-controlled trial",
        "findings that warrant a definitive randomized study",
    ],
)
def test_a_randomised_study_the_results_support_is_not_this_one(next_: str) -> None:
    f = facts(ESCALATION_TITLE, ESCALATION.format(next=next_), TRIAL)
    assert f.design == "nonrandomized_trial"


def test_a_study_that_did_the_randomised_comparison_is_randomised() -> None:
    # the near miss: the record's own comparison was randomised
    text = (
        "Methods: Sixty adults with major depression taking bupropion were randomised to "
        "naltrexone 2.5 mg or 4.5 mg a day for 8 weeks. Results: The randomised comparison "
        "favoured 4.5 mg, supporting its use."
    )
    assert facts(ESCALATION_TITLE, text, TRIAL).design == "rct"


# --- an "or" between two other drugs does not make a schedule's steps alternatives ---------

SWITCH_TITLE = "Switching to low-dose naltrexone after a partial response: protocol for a trial"
SWITCH = (
    "Methods: Adults with major depression will be randomised to a switch to naltrexone or to a "
    "second antidepressant. In the naltrexone arm, naltrexone 1.5 mg is started on day 1 while "
    "the {pair} is tapered and stopped by day 14, and the naltrexone dose is then increased to a "
    "target of 4.5 mg nightly until week 12. We plan to randomise 100 participants."
)


@pytest.mark.parametrize("pair", ["SSRI or SNRI", "sertraline or venlafaxine"])
def test_an_or_between_two_other_drugs_keeps_one_schedule(pair: str) -> None:
    assert facts(SWITCH_TITLE, SWITCH.format(pair=pair), PROTOCOL).ldn_doses_mg == [4.5]


def test_an_or_between_the_doses_still_makes_arms() -> None:
    # the near miss: the "or" offers the two doses themselves
    text = (
        "Methods: Adults with major depression taking an SSRI or SNRI will be randomised to "
        "naltrexone 1.5 mg or naltrexone 4.5 mg nightly for 12 weeks. We plan to randomise 100 "
        "participants."
    )
    assert facts(SWITCH_TITLE, text, PROTOCOL).ldn_doses_mg == [1.5, 4.5]


# --- what a treatment failed to give someone is no gap in knowledge ------------------------

PDD_TITLE = "Flexible-dose low-dose naltrexone alone in persistent depressive disorder: a pilot"
PDD = (
    "Methods: Adults with persistent depressive disorder who had stopped antidepressants at "
    "least 4 weeks earlier because of lack of {what} received naltrexone starting at 1.5 mg/day "
    "and increased every 2 weeks to a maximum of 4.5 mg/day as tolerated, for 12 weeks. "
    "Results: Thirty participants were enrolled. The final dose was 4.5 mg in 18, 3 mg in 8 and "
    "1.5 mg in 4 participants."
)


@pytest.mark.parametrize("what", ["benefit", "response", "clinical improvement"])
def test_a_lack_of_benefit_keeps_the_sentence_the_study_s_own(what: str) -> None:
    f = facts(PDD_TITLE, PDD.format(what=what), TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_a_lack_of_data_still_names_work_not_done() -> None:
    # the near miss: a gap in the evidence is still no dose the study gave
    text = (
        "Background: Given the lack of data on naltrexone 1.5 mg versus 4.5 mg in depression, "
        "dose-finding trials are needed. Methods: Twenty adults with major depression received "
        "naltrexone 4.5 mg nightly for 8 weeks."
    )
    assert facts(PDD_TITLE, text, TRIAL).ldn_doses_mg == [4.5]
    assert "dose-finding" not in gaps(PDD_TITLE, text, TRIAL)
