"""Kind: a dose named as the one usually given elsewhere ("the 4.5-mg dose usually
prescribed", "a 3 mg regimen that is commonly used"), the study's motive and not its arm,
is no dose of the study; the study's own doses stay. Where the sentence gives people the
dose ("patients received the 4.5 mg dose commonly used in practice") it is the study's.

Round 43, c43b; the record that showed it: holdout142 15600007 (250 µg vs 1000 µg: label
[0.25, 1], read [0.25, 1, 4.5]).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts


def test_the_record() -> None:
    f = facts(
        "Ultra-low-dose naltrexone 250 µg versus 1000 µg daily for bipolar depression: a "
        "randomized, double-blind trial",
        "Objective: Ultra-low doses of opioid antagonists may act differently from the 4.5-mg "
        "dose usually prescribed. We compared two microgram doses in bipolar depression.\n"
        "Methods: Fifty-four adults with bipolar I or II disorder in a current depressive "
        "episode, maintained on lithium or quetiapine, were randomized to naltrexone 250 µg or "
        "1000 µg once daily for 8 weeks.\n"
        "Results: MADRS change did not differ between groups (-9.8 vs -10.4). No manic "
        "switches occurred.",
        RCT,
    )
    assert f.ldn_doses_mg == [0.25, 1.0]


@pytest.mark.parametrize(
    "motive",
    [
        "Lower doses may avoid the insomnia seen with the 4.5 mg dose commonly used.",
        "Most clinics give the 4.5 mg regimen that is widely prescribed, but lower doses are "
        "untested.",
        "It is unknown whether doses below the 4.5-mg dosage typically recommended still help.",
    ],
)
def test_usual_dose_is_not_an_arm(motive: str) -> None:
    f = facts(
        "Naltrexone 1 mg versus 2 mg in major depression: a randomised trial",
        f"{motive} Sixty adults with major depressive disorder were randomised to naltrexone "
        "1 mg or 2 mg nightly for 8 weeks. HAM-D fell in both groups.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.0, 2.0]


def test_the_usual_dose_given_is_the_studys() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label study",
        "Twenty adults with major depressive disorder received the 4.5 mg dose commonly used "
        "in practice for 8 weeks. HAM-D fell by 8 points.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
