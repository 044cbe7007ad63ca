"""A dose written right after the name of another agent the drug spec does not list,
as an arm of the same allocation ("naltrexone 4.5 mg at night, cabergoline 0.5 mg twice
weekly, or placebo") is that agent's, not a second dose of the watched drug: only the
watched drug's own doses count, and a second active drug's dose makes no dose comparison
(CONTRACT.md: only one arm is LDN). Shown by holdout290 32400040 (a three-arm trial with
a thyroid hormone arm dosed in micrograms). Session 29, round 76, c76a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("arms", "dose"),
    [
        ("naltrexone 4.5 mg at night, pramipexole 0.25 mg in the morning, or placebo", 4.5),
        ("low-dose naltrexone 3 mg nightly or anastrozole 1 mg daily", 3.0),
        ("naltrexone 1.5 mg, levothyroxine (T4) 50 µg each morning, or matching placebo", 1.5),
    ],
)
def test_dose_of_an_unlisted_agent_arm_is_not_the_drugs(arms: str, dose: float) -> None:
    f = facts(
        "Low-dose naltrexone versus an active comparator added to antidepressants in "
        "depression: a randomized trial",
        "Methods: Adults with major depression despite an adequate SSRI trial were "
        "randomized to " + arms + " for 10 weeks.\n"
        "Results: Ninety adults were randomized. MADRS fell most with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [dose]
    assert not f.compares_doses


def test_the_drugs_own_steps_in_a_list_stay_its_doses() -> None:
    """Near miss: the drug's own further steps, no other name before them."""
    f = facts(
        "Low-dose naltrexone in depression: an open-label dose-escalation study",
        "Methods: Adults with major depression received naltrexone 1.5 mg nightly, then "
        "3 mg from week 2, and 4.5 mg from week 4.\n"
        "Results: Thirty adults were enrolled. MADRS fell by 8 points.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
