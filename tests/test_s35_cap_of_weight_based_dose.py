"""The cap on a dose given by weight ("0.03 or 0.06 mg/kg, each capped at a total of 4.5
mg/day") is the most anyone may take: a bound, neither a dose of its own nor the last step
of a titration. Per-kg doses are not converted (CONTRACT.md), so a trial randomising two
weight-based low doses lists no mg dose and still compares doses. Shown by holdout371
41800027 (the cap read as one dose of 4.5 mg, so "one LDN dose (4.5 mg)" and dose-finding
"no" where two weight-based doses were randomised). Session 35, round 90, c90c.

Ways real abstracts write the cap of a weight-based dose (a per-kg dose earlier in the
sentence, then cap words right before a dose in mg):
- "0.03 mg/kg or 0.06 mg/kg once daily (each capped at a total of 4.5 mg/day)"
- "0.03 or 0.06 mg/kg nightly, up to a maximum daily dose of 4.5 mg"
- "0.03 mg/kg or 0.06 mg/kg, with a ceiling of 4.5 mg per day"
- "0.03 or 0.06 mg/kg/day (maximum 4.5 mg)"
- "0.04 mg/kg or 0.08 mg/kg nightly, not to exceed 4.5 mg daily"
- "0.05 mg/kg, limited to 4.5 mg a day"

Near misses: one weight-based dose with its cap compares nothing, and a titration in mg
"up to a maximum daily dose of 4.5 mg" (no dose by weight) keeps 4.5 mg as its target."""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone added to fluoxetine in adolescents with major depressive "
    "disorder: a randomized, double-blind trial"
)


def _trial(allocation: str) -> str:
    return (
        "Method: Adolescents aged 12-17 years with major depressive disorder after at "
        f"least 8 weeks of fluoxetine were {allocation}\n"
        "Results: Forty adolescents were randomized. Depression scores decreased more "
        "with the higher dose."
    )


@pytest.mark.parametrize(
    "allocation",
    [
        "randomized to naltrexone 0.03 mg/kg or 0.06 mg/kg once daily (each capped at a "
        "total of 4.5 mg/day) for 8 weeks; fluoxetine was unchanged.",
        "randomized to naltrexone at 0.03 or 0.06 mg/kg nightly, up to a maximum daily "
        "dose of 4.5 mg, added to fluoxetine.",
        "randomized to naltrexone 0.03 mg/kg or 0.06 mg/kg, with a ceiling of 4.5 mg per "
        "day, added to fluoxetine.",
        "randomized to naltrexone 0.03 or 0.06 mg/kg/day (maximum 4.5 mg) for 8 weeks; "
        "fluoxetine was unchanged.",
    ],
)
def test_two_weight_based_doses_under_a_cap_are_compared(allocation: str) -> None:
    f = facts(TITLE, _trial(allocation), RCT)
    assert f.ldn_doses_mg == []
    assert f.compares_doses


def test_one_weight_based_dose_under_a_cap_compares_nothing() -> None:
    f = facts(
        TITLE,
        _trial(
            "randomized to naltrexone 0.06 mg/kg nightly (capped at a total of 4.5 mg/day) "
            "or placebo, added to fluoxetine."
        ),
        RCT,
    )
    assert f.ldn_doses_mg == []
    assert not f.compares_doses


def test_titration_to_a_maximum_in_mg_keeps_its_target() -> None:
    f = facts(
        TITLE,
        _trial(
            "randomized to naltrexone or placebo; naltrexone was started at 1.5 mg and "
            "titrated up to a maximum daily dose of 4.5 mg, added to fluoxetine."
        ),
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
