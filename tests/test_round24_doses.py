"""Round 24 (doses and co-medication facts), from batch 12 (holdout72-73, registry18,
preprints16) once opened."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, TRIAL, facts, gaps

# -- a document OF a named trial (its analysis plan, a protocol update, an amendment):
# the title names the trial it belongs to, so a background sentence opening with that
# name describes the record's own trial, arms and co-medication (holdout73 32100002,
# "Statistical analysis plan for DOSE-LDN: a randomised ... comparison of three doses").


@pytest.mark.parametrize(
    ("title", "background"),
    [
        (
            "Statistical analysis plan for NALDOSE: a randomised, placebo-controlled "
            "comparison of three doses of low-dose naltrexone added to antidepressants",
            "NALDOSE is a four-arm, double-blind trial comparing naltrexone 1.5 mg, 3 mg and "
            "4.5 mg once daily with placebo as add-on to SSRIs, SNRIs or bupropion in adults "
            "with major depressive disorder.",
        ),
        (
            "Protocol update for LOWMOOD: evaluation of low-dose naltrexone doses added to "
            "antidepressants in depression",
            "In LOWMOOD, adults with treatment-resistant depression who take an SSRI or an "
            "SNRI or bupropion are randomised to naltrexone 1.5 mg, 3 mg or 4.5 mg daily or "
            "placebo.",
        ),
        (
            "The analysis plan of NAL-AUG, a placebo-controlled evaluation of three low "
            "doses of naltrexone in major depression",
            "NAL-AUG randomises adults with major depressive disorder on SSRIs, SNRIs or "
            "bupropion to placebo or to naltrexone at 1.5, 3 or 4.5 mg a day.",
        ),
    ],
)
def test_a_document_of_a_named_trial_reads_the_trial_in_its_background(
    title: str, background: str
) -> None:
    abstract = (
        f"Background: {background} The trial protocol has been published previously. "
        "This article describes the statistical analysis plan.\n"
        "Methods: A total of 150 participants will be randomised. The primary outcome is "
        "the change in HDRS-17 at week 8."
    )
    f = facts(title, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert sorted(f.concomitant_classes) == ["dopaminergic", "noradrenergic", "serotonergic"]
    assert gaps(title, abstract, PROTOCOL)["serotonergic-combination"] == "in_progress"


def test_an_earlier_trial_named_in_a_background_stays_earlier_work() -> None:
    """Only the name the title gives its own trial: another trial's name in the
    background is still earlier work."""
    title = "Statistical analysis plan for NALDOSE: a randomised comparison of naltrexone doses"
    abstract = (
        "Background: The LIGHT trial compared naltrexone 2 mg with placebo added to "
        "sertraline. NALDOSE compares naltrexone 1.5 mg and 4.5 mg daily with placebo in "
        "adults with major depressive disorder.\n"
        "Methods: A total of 120 participants will be randomised."
    )
    assert facts(title, abstract, PROTOCOL).ldn_doses_mg == [1.5, 4.5]


# -- a fixed titration whose steps are named between the raise and the target it ends at
# (registry18 NCT08100003, "Naltrexone titrated over two weeks (1.5 mg, 3 mg) to 4.5 mg at
# bedtime"): the steps are no maintenance doses, only the target is (CONTRACT.md).

OPEN_LABEL = "Low-dose naltrexone added to antidepressants in major depression: an open-label trial"


@pytest.mark.parametrize(
    "schedule",
    [
        "Naltrexone was titrated over two weeks (1.5 mg, 3 mg) to 4.5 mg at bedtime.",
        "Naltrexone was titrated over two weeks via 1.5 mg and 3 mg to 4.5 mg at bedtime.",
        "The dose was escalated through 1.5 mg for a week and 3 mg for a week to a target "
        "dose of 4.5 mg nightly.",
        "Naltrexone was raised weekly (1.5 and 3 mg) up to 4.5 mg daily.",
    ],
)
def test_steps_named_on_the_way_to_a_target_are_not_maintenance_doses(schedule: str) -> None:
    abstract = (
        "Methods: Forty adults with major depressive disorder taking an SSRI were enrolled. "
        f"{schedule}\nResults: Twenty responded."
    )
    assert facts(OPEN_LABEL, abstract, TRIAL).ldn_doses_mg == [4.5]


def test_arms_randomised_then_titrated_keep_every_arm() -> None:
    abstract = (
        "Methods: Ninety adults with major depressive disorder were randomised to naltrexone "
        "1.5 mg, 3 mg or 4.5 mg daily, each reached by titration over one week.\n"
        "Results: Response did not differ."
    )
    assert facts(OPEN_LABEL, abstract, TRIAL).ldn_doses_mg == [1.5, 3.0, 4.5]


# -- earlier work named with a hyphenated or two-word modifier ("our earlier
# proof-of-concept work tested ...", registry18 NCT08100002): the clause is earlier work,
# its doses and co-medication not the study's own.

DOSE_RANGING = "Dose-ranging trial of low-dose naltrexone added to SSRIs in major depression"


@pytest.mark.parametrize(
    "earlier",
    [
        "Our earlier proof-of-concept work tested naltrexone 1 mg twice daily in a few "
        "patients on dopaminergic regimens.",
        "A prior open-label pilot study gave naltrexone 1 mg twice daily with bupropion.",
        "Previous small-sample trials combined naltrexone 1 mg twice daily with stimulants.",
    ],
)
def test_earlier_work_with_a_compound_modifier_is_not_the_studys_own(earlier: str) -> None:
    abstract = (
        "The best dose of low-dose naltrexone for depression is unknown. "
        f"{earlier} In this trial, 96 outpatients with major depressive disorder and partial "
        "response to an SSRI are randomized to naltrexone 1 mg/day, 2.5 mg/day, 4.5 mg/day "
        "or placebo while continuing the SSRI."
    )
    f = facts(DOSE_RANGING, abstract, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic"]
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]


# -- an arm said to have closed, with no "was/has been" ("the 3 mg arm has closed",
# holdout72 33100015): no one is assigned to it any longer, so its dose is not listed.

AMENDMENT = "Amendment to the protocol of a randomised trial of low-dose naltrexone in depression"


@pytest.mark.parametrize(
    "closed",
    [
        "the 3 mg arm has closed",
        "the 3 mg group closed early for poor tolerability",
        "the naltrexone 3 mg arm stopped recruiting in May 2025",
    ],
)
def test_an_arm_said_to_have_closed_is_no_dose_of_the_plan(closed: str) -> None:
    abstract = (
        "Methods: From protocol version 3.0, new participants with major depressive disorder "
        f"are randomised 1:1:1 to naltrexone 1.5 mg or 4.5 mg nightly or placebo; {closed}. "
        "The target sample size is 120."
    )
    assert facts(AMENDMENT, abstract, PROTOCOL).ldn_doses_mg == [1.5, 4.5]


# -- two doses given one after the other in both orders (a crossover: "naltrexone 2 mg then
# 4.5 mg, or the reverse order", holdout72 33100008) are periods compared, not a titration
# whose first step is dropped.

CROSSOVER = "Two doses of low-dose naltrexone in depression: a randomised crossover trial"


@pytest.mark.parametrize(
    "sequence",
    [
        "were randomised to receive naltrexone 2 mg then 4.5 mg, or the reverse order, for 4 "
        "weeks each",
        "took naltrexone 2 mg for four weeks followed by 4.5 mg for four weeks, or vice versa",
        "were given naltrexone 2 mg and then 4.5 mg daily in random order",
    ],
)
def test_doses_given_in_both_orders_are_periods_not_steps(sequence: str) -> None:
    abstract = (
        f"Methods: Thirty-six adults with treatment-resistant depression {sequence}, with a "
        "2-week washout.\nResults: MADRS improved more during the 4.5 mg period."
    )
    assert facts(CROSSOVER, abstract, RCT).ldn_doses_mg == [2.0, 4.5]


def test_a_participant_of_an_arm_stopping_early_leaves_the_arm() -> None:
    """(holdout49 56100006 under a first draft of the rule above)"""
    abstract = (
        "Methods: Three cohorts of eight adults with major depressive disorder received "
        "naltrexone 1 mg, 2.5 mg or 4.5 mg nightly; one participant in the 4.5 mg cohort "
        "stopped early because of insomnia.\nResults: Scores fell."
    )
    assert facts(AMENDMENT, abstract, TRIAL).ldn_doses_mg == [1.0, 2.5, 4.5]


# -- the dose most people reached within a flexible range ("most participants reached
# 3 mg", holdout73 32100023) is where they ended, not an assigned dose: the range's ends.

FLEX = "Low-dose naltrexone added to fluoxetine in adolescents with depression: a randomised trial"


@pytest.mark.parametrize(
    "reached",
    [
        "most participants reached 3 mg",
        "the majority of patients ended on 3 mg nightly",
        "many adolescents settled on 3 mg",
    ],
)
def test_the_dose_most_reached_in_a_flexible_range_is_not_assigned(reached: str) -> None:
    abstract = (
        "Methods: Fifty-six adolescents with major depressive disorder were randomised to "
        "naltrexone or placebo. Naltrexone was flexibly dosed between 1.5 mg and 4.5 mg per "
        f"day according to response and tolerability; {reached}.\nResults: Scores fell."
    )
    assert facts(FLEX, abstract, RCT).ldn_doses_mg == [1.5, 4.5]
