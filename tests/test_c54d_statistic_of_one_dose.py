"""A statistic word ("median", "mean", "average") describes the dose right after it, not a
later dose of another drug in the same bracket or clause: in "sertraline (median 100
mg/day; 32 naltrexone 4.5 mg, 29 placebo)" the 4.5 mg is the arm's assigned dose.

Round 54, c54d; the record that showed it: preprints50 PPR4900003, "Does the
antidepressant partner matter? A post-hoc analysis of sertraline-treated participants in
the LIFT-D trial of low-dose naltrexone" (its words are in test_c54d_sample_chosen_by_drug).
"""

from __future__ import annotations

import pytest
from test_c54d_sample_chosen_by_drug import RECORD, RECORD_TITLE
from written import JOURNAL, RCT, TRIAL, facts


def test_record() -> None:
    assert facts(RECORD_TITLE, RECORD, JOURNAL).ldn_doses_mg == [4.5]


PROBES = [
    (
        "Naltrexone added to antidepressants: secondary analysis of a randomized trial",
        "Methods: We analysed 70 participants on escitalopram (mean 15 mg/day; 35 naltrexone "
        "2 mg, 35 placebo).\nResults: MADRS improved more with naltrexone.",
        RCT,
        [2.0],
    ),
    (
        "Naltrexone in depression: a randomized trial",
        "Methods: 44 adults with MDD on duloxetine (mean 60 mg; naltrexone 1 mg, n = 22; "
        "placebo, n = 22) were randomized.",
        RCT,
        [1.0],
    ),
    # unlabelled, opening sentence
    (
        "Low-dose naltrexone in depression",
        "Thirty adults with MDD on citalopram (average 30 mg/day; naltrexone 4.5 mg nightly "
        "for all) were treated for 8 weeks.",
        TRIAL,
        [4.5],
    ),
    # results
    (
        "Low-dose naltrexone in depression: an open trial",
        "Methods: Adults with MDD on fluoxetine took part.\nResults: The 26 treated "
        "participants (fluoxetine median 40 mg; naltrexone 3 mg in all) improved by 8 points.",
        TRIAL,
        [3.0],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "doses"), PROBES)
def test_a_later_dose_is_no_statistic(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float]
) -> None:
    assert facts(title, abstract, types).ldn_doses_mg == doses


def test_statistics_of_the_drug_stay_statistics() -> None:
    # near miss: a mean dose of the watched drug is no assigned dose
    f = facts(
        "Low-dose naltrexone in depression: a cohort",
        "Results: Mean sertraline dose was 100 mg and mean naltrexone dose 3.2 mg among 120 "
        "adults with MDD.",
        JOURNAL,
    )
    assert f.ldn_doses_mg == []
