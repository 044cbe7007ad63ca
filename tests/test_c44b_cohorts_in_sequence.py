"""Kind: a study whose cohorts are given their doses one after another, the design written
as "sequential-cohort", "successive cohorts" or "consecutive cohorts" (hyphenated or not):
two or more doses of the band given to cohorts in turn are compared, so the record is
dose-finding. A titration to one target told of such cohorts, a raise only for
non-responders, LDN against a standard dose and a cited sequential-cohort study stay no
comparison.

Round 44, c44b; the record that showed it: holdout154 16900015 ("In this open-label
sequential-cohort study ... 0.75 mg twice daily (cohort 1); ... a second cohort of 15
received 2.25 mg twice daily (cohort 2)": doses [1.5, 4.5] read, dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

TITLE = (
    "Sequential-cohort study of split-dose low-dose naltrexone in depression on dopaminergic "
    "antidepressants"
)
RECORD = (
    "Objective: To compare two split-dose LDN regimens.\n"
    "Methods: In this open-label sequential-cohort study, 15 patients with major depressive "
    "disorder on bupropion or a stimulant received naltrexone 0.75 mg twice daily for 6 weeks "
    "(cohort 1); after a safety review, a second cohort of 15 received 2.25 mg twice daily "
    "(cohort 2).\n"
    "Results: HAM-D fell by 4.9 in cohort 1 and 8.8 in cohort 2 (p = 0.03 between cohorts). "
    "No serious adverse events occurred.\n"
    "Conclusions: The higher split dose appeared more effective."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses
    assert gaps(TITLE, RECORD, TRIAL)["dose-finding"] == "addressed"


T = "Low-dose naltrexone in major depressive disorder: an open-label study"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Twenty adults with major depression were treated in successive cohorts: the first "
            "ten took naltrexone 1 mg nightly and the next ten took 3 mg nightly. MADRS "
            "improved more at 3 mg.",
            [1.0, 3.0],
        ),
        (
            "This was a consecutive-cohort pilot in 24 adults with treatment-resistant "
            "depression: cohort A received naltrexone 2 mg/day and cohort B 4 mg/day for 8 "
            "weeks.",
            [2.0, 4.0],
        ),
    ],
)
def test_cohorts_in_sequence_compare_doses(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # a titration to one target, told of cohorts
        (
            "In two successive cohorts, 30 adults with major depression started naltrexone at "
            "1.5 mg and were titrated to 4.5 mg nightly over two weeks.",
            [4.5],
        ),
        (
            "In two sequential cohorts, 30 adults with major depression started naltrexone at "
            "1.5 mg and were titrated to 4.5 mg nightly over two weeks.",
            [4.5],
        ),
        # a raise only for non-responders
        (
            "In two consecutive cohorts, 30 adults with major depression received naltrexone "
            "4.5 mg nightly; the dose was raised to 6 mg only in non-responders at week 4.",
            [4.5, 6.0],
        ),
        # LDN against a standard dose
        (
            "Sequential cohorts of adults with major depression received naltrexone 4.5 mg or "
            "naltrexone 50 mg daily.",
            [4.5],
        ),
        # a cited sequential-cohort study
        (
            "An earlier sequential-cohort study gave 1 mg and 3 mg. In this open trial 30 "
            "adults with major depression received naltrexone 4.5 mg nightly.",
            [4.5],
        ),
    ],
)
def test_near_misses_compare_nothing(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
