""" "Took part" is the idiom of participation, not taking an arm's treatment: "Forty patients
took part (21 LDN, 19 placebo)" counts 40 people with their arms in brackets, not an arm
"part (21 LDN" of 40 beside a second arm of 19. Shown by preprints59 PPR4000015 (a
40-patient bipolar-depression trial read as n 59, closing larger-trials falsely).
Session 25, round 67, c67a."""

import pytest
from written import RCT, facts, gaps

TITLE = "Adjunctive low-dose naltrexone in bipolar depression: a randomised trial"
METHODS = (
    "Methods: Adults with bipolar depression (MADRS 20 or more) were randomised to "
    "naltrexone 3 mg nightly or placebo for 8 weeks.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        ("Results: Forty-two people took part (22 LDN, 20 placebo). MADRS fell more with LDN.", 42),
        (
            "Results: In all, 36 adults took part (19 on naltrexone, 17 on placebo). Mood improved.",
            36,
        ),
        ("Results: Thirty patients took part (16 LDN and 14 placebo); two withdrew.", 30),
    ],
)
def test_took_part_counts_the_people_once(results: str, n: int) -> None:
    f = facts(TITLE, METHODS + results, RCT)
    assert f.n == n
    assert "larger-trials" not in gaps(TITLE, METHODS + results, RCT)


def test_arms_that_took_their_treatment_still_summed() -> None:
    """Near miss: arms counted by what each took keep today's sum."""
    f = facts(
        TITLE,
        METHODS + "Results: Twenty-six patients took LDN and twenty-five took placebo.",
        RCT,
    )
    assert f.n == 51
