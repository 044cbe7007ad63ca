"""Participants who "stopped at" a dose step of an escalation ("two stopped at 4 mg because
of insomnia"): the dose they stayed on, never a trial stopped at a number of participants.
Shown by holdout325 36500026 (a phase 1 escalation of 18 read as n 4). Session 31, round 81,
c81c."""

import pytest
from written import JOURNAL, facts

TITLE = "Rising naltrexone doses in major depressive disorder: an open-label study"
CASES = [
    (
        "Methods: Twenty adults with major depression took naltrexone in weekly steps of 1, 2, "
        "3 and 4.5 mg at night.\nResults: Seventeen reached 4.5 mg; three stopped at 3 mg "
        "because of headache.",
        20,
    ),
    (
        "Methods: Fourteen outpatients with treatment-resistant depression received naltrexone "
        "escalated from 0.5 mg to 4 mg.\nResults: One participant stopped at 2mg after vivid "
        "dreams.",
        14,
    ),
    (
        "Methods: We enrolled 26 adults with bipolar depression, given naltrexone rising by "
        "1.5 mg a fortnight.\nResults: Most reached 4.5 mg; four halted at 1.5 mg for nausea.",
        26,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_stopping_at_a_dose_is_no_count(abstract: str, n: int) -> None:
    types = (*JOURNAL, "Clinical Trial, Phase I")
    assert facts(TITLE, abstract, types).n == n


def test_trial_stopped_at_a_number_of_people_keeps_it() -> None:
    # near miss: a trial stopped at a count of people (no dose unit) keeps that count
    title = "Naltrexone 4.5 mg for depression: a randomised trial stopped early"
    abstract = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo; recruitment was stopped at 41 because of slow accrual.\n"
        "Results: MADRS change did not differ."
    )
    assert facts(title, abstract, JOURNAL).n == 41
