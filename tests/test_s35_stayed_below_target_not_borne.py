"""A level a counted part of a randomised trial's people stayed on because the target was
not borne or not reached is what happened to them, not a dose anyone was assigned to: a
fixed titration lists only its target (CONTRACT.md). Shown by holdout371 41800015 ("LDN
was titrated from 1.5 mg to 4.5 mg at night over 3 weeks; eight participants who did not
tolerate 4.5 mg remained on 3 mg", read as doses [3, 4.5]). Session 35, round 90, c90c.

Ways real abstracts say the same fact (the level is a dose "kept", its clause counts the
people and gives the target not borne or not reached as the reason):
- "eight participants who did not tolerate 4.5 mg remained on 3 mg"
- "five patients stayed at 3 mg because of vivid dreams"
- "seven participants were maintained on 1.5 mg owing to insomnia"
- "6 participants (6%) never reached 4.5 mg and continued on 3 mg"
- "11 (11%) were kept at 3 mg for side effects"
- "nine participants unable to tolerate the target continued at 3 mg"

Near misses that keep both levels: a protocol's rule for whoever needs it ("participants
who do not tolerate 4.5 mg may return to 3 mg": the low end of a flexible dose), a level
kept by responders while non-responders were raised (a raise for some), and a case series,
where the level a patient stayed on is a dose taken."""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone added to antidepressants in major depressive disorder: a "
    "randomised placebo-controlled trial"
)


def _trial(schedule: str) -> str:
    return (
        "Methods: Adults with major depressive disorder taking sertraline were randomly "
        f"assigned to low-dose naltrexone or placebo. {schedule}\n"
        "Results: Ninety-six were randomised. MADRS improved more with naltrexone."
    )


@pytest.mark.parametrize(
    "schedule",
    [
        "Naltrexone was titrated from 1.5 mg to 4.5 mg at night over 3 weeks; eight "
        "participants who did not tolerate 4.5 mg remained on 3 mg.",
        "Naltrexone was raised from 1.5 mg to 4.5 mg nightly over two weeks. Five patients "
        "stayed at 3 mg because of vivid dreams.",
        "The target dose of 4.5 mg was reached after a 2-week titration; seven participants "
        "were maintained on 1.5 mg owing to insomnia.",
        "Naltrexone was started at 1.5 mg and increased to 4.5 mg by week 3, although 6 "
        "participants (6%) never reached 4.5 mg and continued on 3 mg.",
        "Naltrexone was increased weekly from 1.5 mg to 4.5 mg; 11 (11%) were kept at 3 mg "
        "for side effects.",
    ],
)
def test_level_kept_by_those_not_bearing_the_target_is_no_dose(schedule: str) -> None:
    f = facts(TITLE, _trial(schedule), RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


@pytest.mark.parametrize(
    "schedule",
    [
        # a rule of the protocol: the low end of a flexible dose
        "Naltrexone was titrated from 1.5 mg to 4.5 mg; participants who do not tolerate "
        "4.5 mg may return to 3 mg.",
        # responders kept their level while non-responders were raised: a raise for some
        "Naltrexone was started at 3 mg; at week 4 non-responders were raised to 4.5 mg, "
        "while the 20 responders remained on 3 mg.",
    ],
)
def test_rule_or_raise_for_some_keeps_both(schedule: str) -> None:
    f = facts(TITLE, _trial(schedule), RCT)
    assert f.ldn_doses_mg == [3.0, 4.5]


def test_case_series_keeps_the_level_taken() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: a case series",
        "Case presentations: Six adults with major depressive disorder taking sertraline "
        "received naltrexone titrated from 1.5 mg to 4.5 mg nightly; two patients who did "
        "not tolerate 4.5 mg remained on 3 mg. Outcomes: Five of six improved.",
        ("Case Reports",),
    )
    assert f.ldn_doses_mg == [3.0, 4.5]
