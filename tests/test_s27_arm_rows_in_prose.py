"""A table of the people by arm written out as rows of "label, count" after a header
("Participants by arm: LDN 4.5 mg, 31; placebo, 29; total, 60") counts the sample: its
total row, else its rows added. Shown by holdout266 29700010 (an RCT whose only count was
such a table, read as n not stated). Session 27, round 72, c72c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone in treatment-resistant depression: a placebo-controlled trial",
            "Methods: Double-blind, 8 weeks, adults with treatment-resistant major "
            "depression.\nResults: Patients randomised by group: naltrexone 2 mg, 26; "
            "placebo, 27; total, 53. MADRS fell by 10.1 versus 8.0 points.",
            53,
        ),
        (
            "Naltrexone 1 mg twice daily for persistent depressive disorder",
            "Methods: A randomised, placebo-controlled trial of 10 weeks in persistent "
            "depressive disorder.\nResults: Table 2. Participants per arm: LDN, 35; "
            "placebo, 33. Remission was 31% versus 18%.",
            68,
        ),
        (
            "Low-dose naltrexone dose comparison in late-life depression",
            "Methods: Randomised, three arms, 12 weeks, adults over 60 with major "
            "depression.\nResults: Enrolment by arm: naltrexone 1.5 mg, 19; naltrexone "
            "4.5 mg, 20; placebo, 21. GDS scores fell most with 4.5 mg.",
            60,
        ),
    ],
)
def test_rows_of_people_by_arm_count_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_rows_of_completers_by_arm_are_not_the_sample() -> None:
    # near miss: the rows count completers, and the sample is stated elsewhere
    f = facts(
        "Low-dose naltrexone for major depression: a randomised trial",
        "Methods: We randomised 70 adults with major depression to naltrexone 4.5 mg or "
        "placebo.\nResults: Completers by arm: naltrexone, 30; placebo, 28. HAM-D fell "
        "more with naltrexone.",
        RCT,
    )
    assert f.n == 70
