"""Kind: a secondary or post hoc analysis has its parent's design (CONTRACT.md); a parent
whose people the report takes in a placebo arm ("the 88 naltrexone- and placebo-treated
participants", "the placebo group (n = 40)", "compared with placebo") was a controlled,
randomised trial, so the report is an rct even where it never writes "randomised". A
single-arm or non-randomised parent, a placebo lead-in, and a study of its own compared with
someone else's placebo patients stay non-randomised.

Round 51, c51b; the record that showed it: holdout175 19300016 ("Dose-response relationship
of low-dose naltrexone ...: post hoc analysis of the LOTUS trial": read nonrandomized_trial).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

TITLE = (
    "Dose-response relationship of low-dose naltrexone in treatment-resistant depression: "
    "post hoc analysis of the LOTUS trial"
)
RECORD = (
    "Purpose: In LOTUS, naltrexone was flexibly dosed between 1.5 and 4.5 mg/day. We explored "
    "dose-response.\n"
    "Methods: Post hoc analysis of the 88 naltrexone- and placebo-treated participants who "
    "completed at least 6 weeks; naltrexone-treated participants were grouped by the dose they "
    "were maintained on (1.5 mg, n = 19; 4.5 mg, n = 24) and compared with each other and with "
    "placebo (n = 45). All continued bupropion, stimulants or pramipexole.\n"
    "Results: Remission was more frequent at 4.5 mg than at 1.5 mg (38% vs 16%).\n"
    "Conclusions: A dose-response relationship is suggested; a randomized dose comparison is "
    "warranted."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert f.design == "rct"
    assert f.n == 88
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(TITLE, RECORD)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Anhedonia and response to low-dose naltrexone: exploratory analysis of the NALDEP "
            "trial",
            "Methods: Adults with major depression took naltrexone 4.5 mg or placebo for 8 weeks "
            "in NALDEP. Anhedonia was compared between the naltrexone group (n = 42) and the "
            "placebo group (n = 40).\nResults: Anhedonia improved more with naltrexone.",
        ),
        (
            "Sleep outcomes of low-dose naltrexone in depression: secondary analysis of the "
            "MOODLDN trial",
            "Methods: Secondary analysis of 120 adults with major depressive disorder in "
            "MOODLDN; sleep scores on naltrexone 3 mg were compared with placebo over 10 "
            "weeks.\nResults: Sleep improved on naltrexone.",
        ),
        (
            "Weight change on low-dose naltrexone: post hoc analysis of the CALMD trial",
            "Post hoc analysis of the 64 placebo-treated and 66 naltrexone-treated participants "
            "with treatment-resistant depression in CALMD (naltrexone 4.5 mg nightly). Weight "
            "did not change.",
        ),
    ],
)
def test_placebo_controlled_parent(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "rct"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Cognition on low-dose naltrexone: secondary analysis of an open-label single-arm "
            "trial",
            "Secondary analysis of the 30 adults with major depression who took naltrexone 4.5 "
            "mg after a one-week placebo lead-in in a single-arm trial. Cognition improved.",
        ),
        (
            "Fatigue on low-dose naltrexone: secondary analysis of the SOLO trial",
            "Secondary analysis of SOLO, a non-randomised study in which 40 adults with major "
            "depression took naltrexone 4.5 mg; their fatigue was compared with placebo-treated "
            "historical controls. Fatigue fell.",
        ),
        (
            "Low-dose naltrexone in depression: an open-label study",
            "Forty adults with major depression took naltrexone 4.5 mg for 8 weeks; outcomes "
            "were compared with placebo-treated patients of an earlier trial. Scores improved.",
        ),
    ],
)
def test_uncontrolled_parents_stay_nonrandomised(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "nonrandomized_trial"
