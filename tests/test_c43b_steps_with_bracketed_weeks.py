"""Kind: a titration written in one sentence as doses each followed by its stretch of time
in brackets ("naltrexone 1.5 mg (wk 1), 3 mg (wk 2), 4.5 mg (wk 3-12)"): the steps of one
fixed schedule, whose last dose is the one kept (CONTRACT.md: a fixed titration lists only
its target). In a record framed as a dose escalation every step stays a dose tested.

Round 43, c43b; the record that showed it: registry41 NCT05500019 (label [4.5]; read
[1.5, 3, 4.5] from its arm description).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("sentence", "dose"),
    [
        # the record's arm, in its words
        (
            "Fluoxetine 20 mg daily plus naltrexone 1.5 mg (wk 1), 3 mg (wk 2), 4.5 mg (wk 3-12).",
            4.5,
        ),
        ("Participants took naltrexone 1 mg (week 1), 2 mg (week 2) and 4 mg (weeks 3-8).", 4.0),
        (
            "The active arm received naltrexone 0.5 mg (days 1-7), 1.5 mg (days 8-14), 3 mg (from day 15).",
            3.0,
        ),
    ],
)
def test_bracketed_weeks_are_a_titration(sentence: str, dose: float) -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomised trial",
        "Sixty adults with major depressive disorder on an SSRI were randomised to "
        f"naltrexone or placebo for 12 weeks. {sentence} MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [dose]
    assert not f.compares_doses


def test_escalation_keeps_every_step() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label dose-escalation study",
        "Twenty adults with major depressive disorder took naltrexone 1 mg (weeks 1-4), "
        "2 mg (weeks 5-8) and 4 mg (weeks 9-12); MADRS change was read at each step.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert f.compares_doses


def test_arms_with_their_sizes_stay_arms() -> None:
    f = facts(
        "Low-dose naltrexone doses in major depression: a randomised trial",
        "Sixty adults with major depressive disorder were randomised to naltrexone 1.5 mg "
        "(n = 30) or 4.5 mg (n = 30) for 12 weeks. MADRS fell in both arms.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses
