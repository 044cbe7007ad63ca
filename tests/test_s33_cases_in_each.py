"""The size of each arm told closing the sentence as "N cases in each" ("were divided into
an observation group and a control group, 45 cases in each.") is a count per arm: the
trial's n is the arms times it, not one arm's. Shown by holdout347 38900040 (a two-arm
trial of 42 cases in each read as n 42). Session 33, round 86, c86c."""

from written import RCT, facts


def test_cases_in_each_counts_both_arms() -> None:
    f = facts(
        "Low-dose naltrexone with sertraline for depression with insomnia: a randomized "
        "controlled trial",
        "Methods: Inpatients with a depressive episode were randomly divided into a study "
        "group and a control group, 45 cases in each. Both groups took sertraline 100 mg/d; "
        "the study group also took naltrexone 2 mg/d and the control group a placebo for 6 "
        "weeks.\n"
        "Results: The HAMD-17 score fell more in the study group (P < 0.01).",
        RCT,
    )
    assert f.n == 90


def test_cases_in_total_keep_their_count() -> None:
    # near miss: the whole sample told once, then split
    f = facts(
        "Low-dose naltrexone with sertraline for depression with insomnia: a randomized "
        "controlled trial",
        "Methods: 64 inpatients with a depressive episode were randomly divided into a study "
        "group and a control group. Both groups took sertraline 100 mg/d; the study group "
        "also took naltrexone 2 mg/d and the control group a placebo for 6 weeks.\n"
        "Results: The HAMD-17 score fell more in the study group (P < 0.01).",
        RCT,
    )
    assert f.n == 64
