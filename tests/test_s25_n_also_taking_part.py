"""A part of the sample named by what it also took or had ("seven participants were also
taking an SSRI", "five patients also used bupropion"): those people are already counted in
the sample, so their count is never n, whatever enrolment words the sentence holds. Shown
by holdout233 26000016 (n 7 for 22). Session 25, round 67, c67b."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label low-dose naltrexone added to lithium in bipolar depression: a pilot study"


@pytest.mark.parametrize(
    ("own", "n"),
    [
        (
            "Participants were on lithium or valproate; nine participants were also taking "
            "sertraline at a stable dose.",
            31,
        ),
        ("Four patients were also on bupropion, unchanged during the study.", 31),
        (
            "Participants were allowed any mood stabiliser, and six participants also took an SNRI.",
            31,
        ),
    ],
)
def test_also_taking_is_a_part(own: str, n: int) -> None:
    f = facts(
        TITLE,
        "Methods: Adults with bipolar depression (MADRS of 22 or more) received open-label "
        f"naltrexone 4.5 mg nightly for 10 weeks. {own}\n"
        "Results: Thirty-one participants started treatment and 27 completed; MADRS fell "
        "from 29 to 17.",
        TRIAL,
    )
    assert f.n == n


def test_a_count_taking_the_drug_when_enrolled_keeps_it() -> None:
    """Near miss: people counted as taking a drug when they were enrolled are the sample."""
    f = facts(
        TITLE,
        "Methods: Twenty-six participants taking lithium were enrolled and received open-label "
        "naltrexone 4.5 mg nightly for 10 weeks.\nResults: MADRS fell from 29 to 17.",
        TRIAL,
    )
    assert f.n == 26
