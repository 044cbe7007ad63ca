"""A table written inline ("cohort | daily dose | n | mean MADRS change: A | 0.5 mg | 12 |
-3.9; B | 1 mg | ...") puts the statistic word in a column's header: the dose in the next
row's cell is an arm's dose, not a mean. Shown by holdout342 38400019 (the first cohort's
0.5 mg lost to the header's "mean"). Session 33, round 86, c86d."""

from written import TRIAL, facts

BASE = (
    "Methods: Open-label sequential-cohort study. Adults with major depression on a stable "
    "SSRI received naltrexone once nightly for 6 weeks, each cohort opening after a safety "
    "review. {}\nResults: There were no serious adverse events."
)


def test_dose_after_a_header_statistic_is_an_arm() -> None:
    f = facts(
        "Ascending-dose study of low-dose naltrexone added to SSRIs in depression",
        BASE.format(
            "Cohort | daily dose | enrolled | median QIDS change: I | 0.25 mg | 10 | -2.0; "
            "II | 1.5 mg | 10 | -4.1; III | 3 mg | 10 | -6.0."
        ),
        TRIAL,
    )
    assert f.ldn_doses_mg == [0.25, 1.5, 3.0]


def test_statistic_in_the_dose_cell_stays_a_statistic() -> None:
    # near miss: a mean written in the dose's own cell still describes that dose
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: an open-label study",
        BASE.format("Group | dose: all | mean 2.7 mg (flexible 1.5-4.5 mg) | 30."),
        TRIAL,
    )
    assert 2.7 not in f.ldn_doses_mg
