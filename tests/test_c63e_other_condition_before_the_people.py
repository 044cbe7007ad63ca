"""People selected for another condition named in front of the people ("relapsing
multiple sclerosis patients", "fibromyalgia outpatients", "long COVID adults") who take an
antidepressant for it or alongside, given the drug for that condition with no mood outcome:
the drug is not added to a depression treatment, so the record is not about depression
(CONTRACT.md: on-topic needs depression or mood as a condition or outcome; a population
selected for another condition is not a depression population).

Round 63, c63e; the record that showed it: holdout152 16700022, "Low-dose naltrexone for
fatigue in relapsing multiple sclerosis patients on SNRIs: a crossover trial".
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts

RECORD_TITLE = (
    "Low-dose naltrexone for fatigue in relapsing multiple sclerosis patients on SNRIs: a "
    "crossover trial"
)
RECORD = (
    "Twenty-eight patients with relapsing MS, all taking duloxetine or venlafaxine, received "
    "naltrexone 4.5 mg/day and placebo for 8 weeks each in random order. Outcomes were the "
    "Modified Fatigue Impact Scale and MSQOL-54. Fatigue did not change; quality of life "
    "improved slightly."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, (*JOURNAL, *RCT))
    assert not f.on_topic
    assert f.ldn_doses_mg == [4.5]


OTHER = [
    # the opening sentence
    (
        "An open-label study of low-dose naltrexone 4.5 mg",
        "Fibromyalgia outpatients taking sertraline (n = 44) received LDN 4.5 mg nightly for 12 "
        "weeks. Pain intensity fell by 22% and sleep quality improved.",
        (*JOURNAL, *TRIAL),
    ),
    # labelled methods
    (
        "Low-dose naltrexone for post-viral fatigue: a randomized trial",
        "Methods: Sixty long COVID adults on stable SSRIs were randomized to LDN 4.5 mg or "
        "placebo for 12 weeks. The outcome was the Fatigue Severity Scale.\nResults: Fatigue "
        "fell by 0.8 vs 0.3 points.",
        (*JOURNAL, *RCT),
    ),
    # unlabelled, another order
    (
        "Naltrexone 3 mg nightly as an add-on for pain",
        "Over 10 weeks, 36 chronic pain patients already on duloxetine took naltrexone 3 mg "
        "nightly. Pain interference fell by 1.3 points.",
        (*JOURNAL, *TRIAL),
    ),
    # the title
    (
        "Adding low-dose naltrexone to venlafaxine in Crohn's disease patients: a pilot",
        "Twenty adults took LDN 4.5 mg daily with their venlafaxine for 12 weeks. The Crohn's "
        "Disease Activity Index fell by 70 points.",
        (*JOURNAL, *TRIAL),
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), OTHER)
def test_other_condition_before_the_people(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types).on_topic


KEPT = [
    # depressed people with the other condition
    (
        "Low-dose naltrexone in depressed multiple sclerosis patients on SNRIs",
        "Methods: Thirty depressed multiple sclerosis patients on SNRIs received LDN 4.5 mg "
        "daily for 12 weeks. The outcome was the MADRS.\nResults: MADRS fell by 8 points.",
        True,
    ),
    # both conditions selected
    (
        "Low-dose naltrexone added to sertraline: an open-label study",
        "Fibromyalgia patients with comorbid major depression taking sertraline (n = 40) "
        "received LDN 4.5 mg nightly. HAM-D scores fell by 6 points.",
        None,
    ),
    # depression as the condition, people named by the other
    (
        "Low-dose naltrexone for depression in chronic pain patients: a randomized trial",
        "Methods: Eighty chronic pain patients with major depressive disorder were randomized "
        "to LDN 4.5 mg or placebo. The primary outcome was the HAM-D.\nResults: HAM-D fell by "
        "7 vs 4 points.",
        True,
    ),
    # mood measured as an outcome
    (
        "An open-label study of low-dose naltrexone 4.5 mg",
        "Fibromyalgia outpatients taking sertraline (n = 44) received LDN 4.5 mg nightly for "
        "12 weeks. Pain fell by 22% and depressive symptoms (BDI-II) improved by 5 points.",
        False,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "population"), KEPT)
def test_depression_stays(title: str, abstract: str, population: bool | None) -> None:
    f = facts(title, abstract, (*JOURNAL, *TRIAL))
    assert f.on_topic
    if population is not None:
        assert f.depression_population is population
