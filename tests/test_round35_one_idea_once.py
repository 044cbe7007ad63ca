"""Two ideas the classifier had stated twice, each now read in one place (round 35):
a denied randomisation (design.py) and a study this one comes after (roles.py). Each
test failed on the code before the fold."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts

PILOT = "Low-dose naltrexone for depressive symptoms in fibromyalgia: a pilot"
TAIL = (
    "30 adults with fibromyalgia took naltrexone 4.5 mg nightly for 8 weeks and depression "
    "was rated with the PHQ-9.\nResults: PHQ-9 scores fell."
)


@pytest.mark.parametrize(
    "methods",
    [
        # a denied random assignment ("randomly assigned" after "neither"): the same
        # denial as "neither randomised nor blinded"
        f"Patients were neither randomly assigned nor blinded; {TAIL}",
        # ... with an adjective in between
        f"Without any randomly assigned control group, {TAIL}",
        # probes: the same denial said otherwise
        f"There was no formal randomly allocated comparison; {TAIL}",
        f"Lacking a randomised comparator, {TAIL}",
    ],
)
def test_a_denied_random_assignment_is_no_randomisation(methods: str) -> None:
    abstract = f"Methods: {methods}"
    assert facts(PILOT, abstract, TRIAL).design == "nonrandomized_trial"
    assert facts(PILOT, abstract, JOURNAL).design != "rct"


def test_randomly_assigned_undenied_is_still_randomised() -> None:
    abstract = (
        "Methods: 30 adults with major depressive disorder were randomly assigned to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\nResults: MADRS scores fell."
    )
    assert facts("Low-dose naltrexone in depression", abstract, JOURNAL).design == "rct"


# -- a study this one comes after: only that study and what the sentence says of it are
# other work; the record's own act in the same clause keeps its doses and people

TRIAL_TITLE = "Low-dose naltrexone doses in major depressive disorder: a randomised trial"
ARMS = "90 adults with major depressive disorder to naltrexone 1, 2 or 4.5 mg/day for 8 weeks."


@pytest.mark.parametrize(
    "methods",
    [
        f"This trial builds on the earlier pilot by randomising {ARMS}",
        # probes: other verbs of succession, other words for the earlier study and the act
        f"This study follows on from the earlier pilot, randomising {ARMS}",
        f"Our trial builds upon the prior pilot study by randomly assigning {ARMS}",
        f"This trial builds on a pilot by randomising {ARMS}",
    ],
)
def test_the_act_of_a_study_that_builds_on_another_is_its_own(methods: str) -> None:
    f = facts(TRIAL_TITLE, f"Methods: {methods}\nResults: Mood improved.", RCT)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.5]
    assert f.n == 90


@pytest.mark.parametrize(
    "methods",
    [
        "This trial is a follow-up to a pilot in which 12 patients took naltrexone 3 mg;",
        "The study replicates an earlier trial of naltrexone 3 mg in 12 patients;",
        "This trial builds on a pilot that gave naltrexone 3 mg to 12 patients;",
        "This study follows an uncontrolled pilot of naltrexone 3 mg in 12 outpatients;",
    ],
)
def test_the_study_it_comes_after_is_still_other_work(methods: str) -> None:
    own = "we randomised 90 adults with major depressive disorder to naltrexone 1 or 4.5 mg/day."
    f = facts(TRIAL_TITLE, f"Methods: {methods} {own}\nResults: Mood improved.", RCT)
    assert f.ldn_doses_mg == [1.0, 4.5]
    assert f.n == 90
