"""Kind: a study that runs a dose escalation itself, its people given ascending doses step
by step ("received ascending doses of X: 0.5, 1.5 and 3 mg, each for two weeks", "were
given increasing doses") or a dose-finding design named as its own ("in an open
dose-finding design", "in this dose-escalation study"), is an intervention study without
randomisation: a non-randomised trial, whatever its publication type (a congress
abstract). A single patient so dosed stays a case, animals stay preclinical, doses a
cohort's doctors prescribed stay observational, a dose-finding study only called for or
told in a letter sets no design.

Round 46, c46b; the record that showed it: holdout165 18200025 (a conference abstract of
an open dose-finding escalation, read design other, so its dose-finding gap was missed).
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, facts, gaps

CONGRESS = ("Congress",)


def test_the_record() -> None:
    title = (
        "Dose escalation of low-dose naltrexone in bipolar depression on quetiapine: "
        "tolerability and mood outcomes (abstract)"
    )
    abstract = (
        "Twenty-four adults with bipolar depression (MADRS >= 22) on quetiapine received "
        "ascending doses of naltrexone: 0.5 mg, 1.5 mg, 3 mg and finally 4.5 mg per day, each "
        "for two weeks, in an open dose-finding design. The highest tolerated dose was 4.5 mg "
        "in 20 patients; MADRS improved from 29 to 17 with most of the gain at 3 mg or above. "
        "No hypomania was observed."
    )
    f = facts(title, abstract, CONGRESS)
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0, 4.5]
    assert gaps(title, abstract, CONGRESS) == {"dose-finding": "addressed"}


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Naltrexone at rising doses in treatment-resistant depression",
            "Thirty outpatients with major depressive disorder (HAM-D >= 18) took naltrexone "
            "1 mg, then 2 mg, then 4 mg nightly, four weeks at each level, in a "
            "dose-escalation study. HAM-D fell from 23 to 14.",
            JOURNAL,
        ),
        (
            "Escalating low-dose naltrexone in persistent depressive disorder",
            "Adults with persistent depressive disorder were given increasing doses of "
            "naltrexone (1.5, 3 and 4.5 mg/day, three weeks each). Sixteen enrolled; mood "
            "improved at the two upper steps.",
            JOURNAL,
        ),
        (
            "LDN dose-ranging in depression",
            "In this open-ended dose-ranging design, 18 adults with major depression received "
            "naltrexone 2 mg and then 4 mg daily. MADRS fell by 9 points.",
            CONGRESS,
        ),
    ],
)
def test_escalations_run_by_the_study_are_trials(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).design == "nonrandomized_trial"


@pytest.mark.parametrize(
    ("title", "abstract", "types", "design"),
    [
        (  # one person so dosed is a case
            "Naltrexone in a woman with depression",
            "A 45-year-old woman with major depression received ascending doses of naltrexone, "
            "1.5, 3 and 4.5 mg daily. Her mood improved.",
            CASE,
            "case_report",
        ),
        (  # doses the doctors prescribed: a chart review
            "Naltrexone in depressed patients: a chart review",
            "We reviewed the records of 40 patients with major depression whose clinicians "
            "prescribed ascending doses of naltrexone from 1.5 to 4.5 mg. MADRS improved.",
            JOURNAL,
            "observational",
        ),
        (  # a dose-finding design a review wishes for
            "Low-dose naltrexone in depression: a review",
            "We reviewed reports of naltrexone in depression. An open dose-finding design in "
            "which patients receive ascending doses of 1.5, 3 and 4.5 mg would answer which "
            "dose works best.",
            JOURNAL,
            "review",
        ),
        (  # only called for
            "Low-dose naltrexone for bipolar depression: what dose?",
            "A dose-finding study of naltrexone in bipolar depression is needed; doses from "
            "0.5 to 4.5 mg should be tested.",
            JOURNAL,
            "other",
        ),
        (  # a letter telling its authors' study
            "Low-dose naltrexone in depression: letter",
            "In reply: in our dose-finding study, patients received ascending doses of 1.5 to "
            "4.5 mg and depression improved.",
            ("Letter",),
            "other",
        ),
        (  # animals
            "Low-dose naltrexone and mood in rats",
            "Male rats received ascending doses of naltrexone (0.1-1 mg/kg) in a dose-finding "
            "design. Immobility in the forced swim test fell.",
            JOURNAL,
            "preclinical",
        ),
    ],
)
def test_near_misses_keep_their_design(
    title: str, abstract: str, types: tuple[str, ...], design: str
) -> None:
    f = facts(title, abstract, types)
    assert f.design == design
    assert not gaps(title, abstract, types)
