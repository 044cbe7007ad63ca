"""A dose raised only in "non-improvers" (a word for non-responders: "4.5 mg daily from
week 4 in non-improvers") is a raise for some: both levels are listed, and one arm's raise
is not a dose comparison (CONTRACT.md; round 44, c44d; shown by registry43 NCT05200018,
naltrexone 2 mg with nortriptyline raised to 4.5 mg in non-improvers, read as [4.5])."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the record's wording (its arm)
        (
            "Fifty-two inpatients with treatment-resistant depression on nortriptyline received "
            "naltrexone 2 mg daily; 4.5 mg daily from week 4 in non-improvers.",
            [2.0, 4.5],
        ),
        # probes: other doses and word orders
        (
            "Forty adults with major depressive disorder took naltrexone 1.5 mg nightly, raised "
            "to 3 mg at week 6 for non-improvers.",
            [1.5, 3.0],
        ),
        (
            "Thirty outpatients with major depression received LDN 3 mg; non-improvers at week "
            "4 went on to 4.5 mg.",
            [3.0, 4.5],
        ),
    ],
)
def test_a_raise_in_non_improvers_keeps_both_levels(methods: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in depression: an open trial", f"Methods: {methods}", TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses


def test_a_raise_for_everyone_keeps_its_target() -> None:
    # near miss: the same schedule without the subset is a fixed titration
    f = facts(
        "Low-dose naltrexone in depression: a randomised trial",
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone or "
        "placebo; naltrexone 2 mg daily was raised to 4.5 mg daily from week 2 in all "
        "participants.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
