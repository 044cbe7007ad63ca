"""A protocol's size given as a planned total with no noun, in brackets or after a comma
("... in successive cohorts of 10 (planned total 40)"): the plan's n. A results paper's
planned total is its plan, never its n. Shown by holdout156 17200003 (n read as none).
Session 24, round 66, c66a."""

import pytest
from written import facts

PROTOCOL = ("Journal Article", "Clinical Trial Protocol")
TITLE = "Stepwise doses of low-dose naltrexone in major depression: protocol of an open trial"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Adults with major depression taking sertraline will be given naltrexone 1.5 mg, "
            "3 mg or 4.5 mg at night in three consecutive groups of 12 (planned total 36).",
            36,
        ),
        (
            "Outpatients with persistent depressive disorder will start naltrexone 2 mg and "
            "move to 4 mg if they have not responded by week 4; target total: 54.",
            54,
        ),
        (
            "Women with postnatal depression will take naltrexone 1 mg or 3 mg daily for six "
            "weeks in two sequential groups, an intended total of 30.",
            30,
        ),
    ],
)
def test_planned_total_is_the_protocols_size(methods: str, n: int) -> None:
    f = facts(TITLE, f"Methods and analysis: {methods}", PROTOCOL)
    assert f.n == n


def test_results_papers_planned_total_is_not_its_n() -> None:
    """Near miss: a finished trial's planned total is its plan; whom it enrolled is n."""
    f = facts(
        "Stepwise doses of low-dose naltrexone in major depression: an open trial",
        "Methods: Adults with major depression received naltrexone 1.5 mg, 3 mg or 4.5 mg in "
        "three consecutive groups (planned total 36).\nResults: Twenty-nine participants were "
        "enrolled before funding ended; MADRS fell by 8 points.",
        ("Journal Article", "Clinical Trial"),
    )
    assert f.n == 29
