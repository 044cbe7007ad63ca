"""An amended protocol's account of how it changed its own design ("Because recruitment
was slower than planned and the optimal dose is uncertain, the trial has been changed from
two to three arms: naltrexone 1.5 mg, naltrexone 4.5 mg, or placebo") is the study's own
plan, even in its background section and after a reason that says what is unknown: its
arms are the doses it now compares (CONTRACT.md: a later protocol version replaces the
earlier one; 'dose-finding' needs two or more LDN doses compared). Shown by preprints86
PPR1100030 (the sentence read as future work, so "no LDN dose stated" and dose-finding
"no" for a three-arm amended protocol). Session 36, round 92, c92b.

Ways real amended protocols tell their own change:
- "Because the optimal dose is uncertain, the trial has been changed from two to three
  arms: naltrexone 1.5 mg, naltrexone 4.5 mg, or placebo"
- "Given the uncertainty about the best dose, the protocol was amended to randomise
  participants to naltrexone 1.5 mg, 4.5 mg or placebo"
- "As the optimal dose is unknown, this amendment adds a naltrexone 1.5 mg arm to the
  4.5 mg and placebo arms"
- "Since the best dose remains unclear, a third arm (naltrexone 1.5 mg) has been added to
  naltrexone 4.5 mg and placebo"
- "The study design has been modified: participants are now randomised to ..."

The rule is in the sentence roles (roles.py, ``_DESIGN_REVISED``): in a record that plans
its own trial, a sentence telling that the trial, protocol or design was changed, or what
this amendment adds, is the study's own (``restated``), and the unknown it gives as its
reason does not make it future work (``_SELF_DONE``).

Near miss keeps its verdict: a protocol's background saying that the optimal dose is
uncertain and that future trials should compare 1.5 mg with 4.5 mg compares no doses."""

import pytest
from written import PROTOCOL, facts

TITLE = (
    "Low-dose naltrexone added to escitalopram in major depression: amended protocol for a "
    "randomised placebo-controlled trial"
)


@pytest.mark.parametrize(
    "change",
    [
        "Because recruitment was slower than planned and the optimal dose is uncertain, the "
        "trial has been changed from two to three arms: naltrexone 1.5 mg, naltrexone 4.5 mg, "
        "or placebo each evening for 12 weeks.",
        "Given the uncertainty about the best dose, the protocol was amended to randomise "
        "participants to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo each evening.",
        "As the optimal dose is unknown, this amendment adds a naltrexone 1.5 mg arm to the "
        "naltrexone 4.5 mg and placebo arms.",
    ],
)
def test_amendment_of_own_arms_compares_doses(change: str) -> None:
    f = facts(
        TITLE,
        f"Introduction: The trial tests low-dose naltrexone added to escitalopram. {change}\n"
        "Methods and analysis: Adults with major depressive disorder (PHQ-9 of 15 or more) "
        "starting escitalopram are eligible. The planned sample is 180.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses


def test_uncertain_dose_left_to_future_trials_compares_nothing() -> None:
    f = facts(
        TITLE,
        "Introduction: The optimal dose is uncertain, and future trials should compare "
        "naltrexone 1.5 mg with 4.5 mg.\nMethods and analysis: Adults with major depressive "
        "disorder starting escitalopram will be randomised to naltrexone 4.5 mg or placebo. "
        "The planned sample is 180.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
