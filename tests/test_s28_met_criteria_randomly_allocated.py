"""A count that met the criteria and was then "randomly allocated" or "randomly assigned"
(the randomising verb in its two-word form, or "allocated"/"assigned" alone) is the
randomised total, as "met criteria and were randomised" is. Shown by preprints66
PPR3200001 ("88 met criteria and were randomly allocated (44 per arm)", read as no n).
Session 28, round 74, c74c."""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone added to SSRIs in major depression: a randomised placebo-controlled trial"
)
METHODS = (
    "Methods: Adults with major depressive disorder on an SSRI were eligible; naltrexone "
    "4.5 mg or placebo was taken at bedtime for ten weeks."
)


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("Results: We screened 150 adults; 64 met criteria and were randomly allocated.", 64),
        (
            "Results: Of 131 screened, 70 met all criteria and were randomly assigned to the two arms.",
            70,
        ),
        (
            "Results: 120 were assessed and 58 met the inclusion criteria and were allocated to treatment.",
            58,
        ),
    ],
)
def test_met_criteria_and_randomly_allocated(results: str, expected: int) -> None:
    f = facts(TITLE, f"{METHODS}\n{results}", RCT)
    assert f.n == expected


def test_met_criteria_alone_is_not_randomised() -> None:
    """Near miss: those who met criteria, a later randomised count stated, stay the pool."""
    results = "Results: 80 met criteria, and 61 were randomised after a one-week run-in."
    f = facts(TITLE, f"{METHODS}\n{results}", RCT)
    assert f.n == 61
