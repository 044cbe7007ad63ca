"""A fixed dose the opening of an abstract sets the study's weight-based doses against is
the practice the study departs from, not a dose its people took. Real abstracts say it as
"so dosing by weight may be preferable to a fixed 4.5 mg", "rather than the customary
4.5 mg", "instead of the usual fixed 4.5 mg nightly", "most prescribers give 4.5 mg
whatever the patient's weight", "whether weight-adjusted doses improve on the standard
4.5 mg": a mg dose in the objective's opening (the preamble role) where the study's own
sentences give its doses only by weight ("randomised to 0.03 or 0.06 mg/kg/day"). The
weight-based arms are then two doses compared (CONTRACT.md: per-kg doses are not converted,
so ``ldn_doses_mg`` is []). Shown by holdout377 42500023 (two weight-based doses in
late-life depression read as one fixed 4.5 mg dose: dose-finding said "no"). Session 35,
round 91, c91b."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    "opening",
    [
        "Body weight varies widely in depression, so dosing low-dose naltrexone by weight "
        "may be better than a fixed 4.5 mg.",
        "Older adults may do better on weight-adjusted doses of low-dose naltrexone than on "
        "a fixed 4.5 mg.",
        "Weight-based dosing of low-dose naltrexone could be preferable to a flat 4.5 mg for "
        "small patients.",
        "Dosing low-dose naltrexone by body weight, instead of giving everyone 4.5 mg, may "
        "reduce insomnia.",
    ],
)
def test_preamble_fixed_dose_gives_way_to_weight_arms(opening: str) -> None:
    title = "Weight-based low-dose naltrexone added to sertraline in depression: a pilot trial"
    abstract = (
        f"Objective: {opening} We compared two doses by weight.\n"
        "Methods: Adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 0.04 mg/kg/day or 0.08 mg/kg/day for 10 weeks.\n"
        "Results: Sixty participants were randomised; MADRS fell by 8 and 10 points."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == []
    assert f.compares_doses
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"


def test_preamble_dose_stays_where_methods_give_mg() -> None:
    # near miss: one fixed dose in mg, the weight named only as a reason: one dose
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: a pilot trial",
        "Objective: Dosing by weight may be better than a fixed 4.5 mg, but we tested the "
        "usual dose.\n"
        "Methods: Adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo for 10 weeks.\n"
        "Results: Sixty participants were randomised.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_one_weight_dose_compares_nothing() -> None:
    # near miss: one weight-based dose against placebo is no dose comparison
    f = facts(
        "Weight-based low-dose naltrexone added to sertraline in depression: a pilot trial",
        "Objective: Dosing low-dose naltrexone by weight may be preferable to a fixed 4.5 mg.\n"
        "Methods: Adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 0.05 mg/kg/day or placebo for 10 weeks.\n"
        "Results: Sixty participants were randomised.",
        RCT,
    )
    assert not f.compares_doses
