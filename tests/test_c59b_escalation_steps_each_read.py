"""Kind: an escalation whose every step was read for the illness ("with assessments at
every step", "depression was rated at each dose level") or whose results give a reading
at each of its doses ("MADRS fell from 27.4 to 21.0 at 1 mg, 18.3 at 2 mg and 17.9 at 4
mg"): the steps are doses it compared, each one listed (CONTRACT.md: "for an explicitly
dose-finding escalation every step tested"; compares_doses). A titration read only at
its target, or whose steps are read only for safety ("adverse events were assessed at
each step", "side effects: 12% at 1.5 mg and 8% at 4.5 mg"), stays one dose, its target.

Round 59, c59b; the record that showed it: holdout205 22900010 ("Open-label dose
escalation of low-dose naltrexone in bipolar depression: first 18 participants"; read
[4], no dose comparison).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

TITLE = (
    "Open-label dose escalation of low-dose naltrexone in bipolar depression: first 18 participants"
)
RECORD = (
    "Objectives: Low-dose naltrexone is untested in bipolar depression. Methods: Adults with "
    "bipolar I or II disorder in a current depressive episode (MADRS >= 20), stable on "
    "lithium or lamotrigine and taking no antidepressant, received naltrexone 1 mg/day for "
    "2 weeks, then 2 mg/day and then 4 mg/day, each for 2 weeks, with assessments at every "
    "step. Results: Eighteen participants have completed all steps. MADRS fell from 27.4 to "
    "21.0 at 1 mg, 18.3 at 2 mg and 17.9 at 4 mg; no switch to mania occurred. Conclusions: "
    "A plateau above 2 mg is suggested; enrolment continues."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, ("Congress",))
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert f.compares_doses
    assert gaps(TITLE, RECORD, ("Congress",)) == {"dose-finding": "addressed"}


PLAIN = "An open-label trial of low-dose naltrexone added to sertraline in major depression"
SCHEDULE = (
    "Thirty outpatients with major depressive disorder taking sertraline received "
    "naltrexone 1.5 mg daily for three weeks, then 3 mg and then 4.5 mg daily"
)


@pytest.mark.parametrize(
    "abstract",
    [
        # every step read, said in the methods
        f"Methods: {SCHEDULE}, with assessments at every step.\nResults: Mood improved.",
        f"Methods: {SCHEDULE}; depression was rated at each dose level.\nResults: Mood improved.",
        f"{SCHEDULE}, the HAM-D being measured at the end of each step. Mood improved.",
        # ... or a reading told with each dose, in the results
        f"Methods: {SCHEDULE}.\nResults: HAM-D fell from 24.0 to 20.1 at 1.5 mg, 16.2 at 3 mg "
        "and 15.8 at 4.5 mg.",
        f"Methods: {SCHEDULE}.\nResults: MADRS response was 20% on 1.5 mg and 45% on 3 mg.",
        # ... or unlabelled, the reading first
        f"{SCHEDULE}. Scores improved from 25 to 21 after 1.5 mg and 17 after 3 mg.",
    ],
)
def test_steps_each_read(abstract: str) -> None:
    f = facts(PLAIN, abstract, TRIAL)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5], abstract
    assert f.compares_doses, abstract
    assert gaps(PLAIN, abstract, TRIAL).get("dose-finding") == "addressed"


TITRATION = (
    "Thirty outpatients with major depressive disorder taking sertraline started "
    "naltrexone at 1.5 mg daily, increased to 4.5 mg after one week"
)


@pytest.mark.parametrize(
    "abstract",
    [
        # a titration read at its visits or its target
        f"Methods: {TITRATION}; depression was assessed at every visit.\nResults: HAM-D fell "
        "from 24 to 15 at week 8.",
        # ... its steps read only for safety
        f"Methods: {TITRATION}; adverse events were assessed at each step.\nResults: Mood "
        "improved.",
        f"Methods: {TITRATION}; tolerability was assessed at each dose increase.\nResults: "
        "Mood improved.",
        f"Methods: {TITRATION}.\nResults: Side effects fell over time: 12% at 1.5 mg and 8% "
        "at 4.5 mg.",
        # ... one dose against placebo, read for both
        "Methods: Thirty outpatients with major depressive disorder taking sertraline were "
        "randomised to naltrexone 4.5 mg or placebo.\nResults: HAM-D fell by 8.1 with 4.5 mg "
        "and 5.0 with placebo.",
    ],
)
def test_near_misses_keep_the_target(abstract: str) -> None:
    f = facts(PLAIN, abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5], abstract
    assert not f.compares_doses, abstract
    assert "dose-finding" not in gaps(PLAIN, abstract, TRIAL)
