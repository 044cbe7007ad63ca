"""Kind: the people's own antidepressant named as a compound adjective ("in
bupropion-treated major depressive disorder", "escitalopram-maintained outpatients"):
that drug is what everyone already takes, so the cohorts' or arms' doses named after it
("across the 1, 2, 3 and 4.5 mg/day cohorts") are the titled drug's, not the base
drug's. A dose written beside the base drug, and one dose of the titled drug, stay as
they were.

Round 44, c44b; the record that showed it: holdout156 17200019 (post-hoc biomarker
analysis of the DOSE-D escalation across doses [1, 2, 3, 4.5], read []).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Inflammatory markers across low-dose naltrexone doses in depression: a post-hoc "
    "biomarker analysis of the DOSE-D study"
)
RECORD = (
    "Low-dose naltrexone (LDN) is hypothesised to act through glial TLR4 antagonism. In this "
    "post-hoc analysis of an open-label dose-escalation study in bupropion-treated major "
    "depressive disorder (NCT06720455), serum hsCRP, IL-6 and TNF-alpha were measured at "
    "baseline and week 4 in the 29 participants with paired samples across the 1, 2, 3 and "
    "4.5 mg/day cohorts. IL-6 fell in a dose-dependent manner (slope -0.21 pg/mL per mg, "
    "p = 0.03), and IL-6 reduction correlated with HAM-D improvement (r = 0.41). hsCRP did "
    "not change."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert f.design == "nonrandomized_trial"
    assert f.n == 29
    assert f.ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]
    assert f.compares_doses


T = "Low-dose naltrexone in major depression: an open-label dose-escalation study"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Adults with sertraline-treated major depression were enrolled in the 1 mg and "
            "3 mg/day cohorts (n = 12 each).",
            [1.0, 3.0],
        ),
        (
            "Twenty escitalopram-maintained outpatients with major depression took part in two "
            "arms (2 mg, n = 10; 4 mg, n = 10).",
            [2.0, 4.0],
        ),
        (
            "Outcomes were compared in bupropion-treated adults with major depression across "
            "the 0.5, 1.5 and 4.5 mg/day cohorts (n = 36).",
            [0.5, 1.5, 4.5],
        ),
    ],
)
def test_doses_after_a_base_drug_as_treated(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        "Twenty sertraline-treated adults with major depression received sertraline 50 mg or "
        "100 mg (n = 10 each) with naltrexone 4.5 mg nightly.",
        "Twenty bupropion-treated adults with major depression received naltrexone 4.5 mg "
        "nightly for 8 weeks.",
    ],
)
def test_one_dose_of_ours(abstract: str) -> None:
    f = facts("Low-dose naltrexone in major depression: an open-label study", abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
