"""A titration whose spells are named by their place rather than their length ("1.5 mg for
the first week and 3 mg for the second before reaching 4.5 mg", "1.5 mg in week one and
3 mg in week two"): its steps are one schedule, not doses compared. Shown by registry63
NCT03100003 (a factorial registration's titration read as dose-finding in progress).
Session 26, round 70, c70b."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone versus placebo in major depressive disorder: a randomized trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Adults with major depression were randomized to naltrexone 4.5 mg (or an "
        "identical placebo) taken nightly for twelve weeks; to avoid vivid dreams, they take "
        "1 mg for the first week and 2.5 mg for the second before reaching 4.5 mg.",
        "Methods: Adults with major depression were randomized to naltrexone or placebo; "
        "participants took 1.5 mg in week one and 3 mg in week two before reaching 4.5 mg.",
        "Methods: Adults with major depression were randomized to naltrexone or placebo; "
        "the dose was 1.5 mg in week one and 3 mg in week two, reaching 4.5 mg from week three.",
    ],
)
def test_spells_named_by_place_are_one_schedule(methods: str) -> None:
    f = facts(TITLE, f"{methods}\nResults: Sixty-two were randomized.", RCT)
    assert f.compares_doses is False


def test_doses_offered_as_alternatives_stay_compared() -> None:
    """Near miss: two doses offered as arms, each for its spell, are compared."""
    f = facts(
        TITLE,
        "Methods: Adults with major depression will be randomized to naltrexone 1.5 mg or "
        "4.5 mg nightly for the first eight weeks.",
        PROTOCOL,
    )
    assert f.compares_doses is True
