"""Round 35 (c35a): three false verdicts of batch 25, each read as a kind and probed in
other words before the fix. Precision only: every test here failed on the old code."""

from __future__ import annotations

import pytest
from written import CASE, LEX, RCT, RULES, TRIAL, facts, gaps

from ldn_watch.assess import assess
from ldn_watch.model import AbstractSection, Article

# -- 1. the levels a dose may be moved down to are one regimen's steps, not arms
# (holdout105 11300011: "investigators could reduce to 3 mg or 1.5 mg for adverse
# effects" gave "compares doses (1.5 vs 3 vs 4.5 mg)")

OPEN = "Low-dose naltrexone added to sertraline in major depression: an open-label study"
BASE = "Methods: Sixty adults with MDD on sertraline took naltrexone 4.5 mg nightly for 24 weeks"


@pytest.mark.parametrize(
    "methods",
    [
        # the record's wording
        "Methods: Sixty adults with MDD on sertraline entered. All participants started at "
        "4.5 mg nightly; investigators could reduce to 3 mg or 1.5 mg for adverse effects.",
        # probes: other verbs, other permissions, the reason left out, "either"
        f"{BASE}; the dose could be lowered to 3 or 1.5 mg if side effects occurred.",
        f"{BASE}. Patients with insomnia were permitted to step down to 2 mg or 1 mg.",
        f"{BASE}. Dose reductions to 3 mg or 1.5 mg were allowed for adverse events.",
        f"{BASE}. Where necessary, the nightly dose was decreased to either 3 mg or 1.5 mg.",
    ],
)
def test_the_levels_a_dose_may_be_lowered_to_are_not_arms(methods: str) -> None:
    abstract = f"{methods}\nResults: Remission was 46% at week 24."
    assert not facts(OPEN, abstract, TRIAL).compares_doses
    assert "dose-finding" not in gaps(OPEN, abstract, TRIAL)


@pytest.mark.parametrize(
    "results",
    [
        # how many were taking each dose at a time point: a distribution, not arms (these
        # passed before the fix too: guards that the kind stays read as it is)
        "At week 24, 31 participants were taking 4.5 mg, 20 were taking 3 mg and 9 were "
        "taking 1.5 mg.",
        "By month 6, 30 patients were on 3 mg and 12 on 4.5 mg.",
        "Final doses: 4.5 mg in 40, 3 mg in 9 and 1.5 mg in 11.",
    ],
)
def test_how_many_took_each_dose_under_a_permitted_reduction_is_no_comparison(
    results: str,
) -> None:
    abstract = f"{BASE}, reduced to 3 mg or 1.5 mg if not tolerated.\nResults: {results}"
    assert not facts(OPEN, abstract, TRIAL).compares_doses


def test_people_randomised_to_the_lower_levels_are_still_arms() -> None:
    abstract = (
        "Methods: Remitters on naltrexone 4.5 mg were randomised to reduce to 2 mg or 1 mg "
        "for 12 weeks.\nResults: Relapse was similar."
    )
    assert facts(OPEN, abstract, RCT).compares_doses


# -- 2. a dose named in the reason for the study's own choice is its motivation
# (holdout104 11200010: "Because standard-dose naltrexone is poorly tolerated and low-dose
# naltrexone (LDN, 4.5 mg) may be too weak, we tested an intermediate dose." made an RCT of
# naltrexone 12.5 mg/day on-topic with LDN 4.5 mg)

MIDDLE = "Naltrexone 12.5 mg added to escitalopram in major depression: a pilot randomised trial"
GIVEN = (
    "Methods: Thirty adults with MDD taking escitalopram were randomised to naltrexone "
    "12.5 mg/day or placebo for 8 weeks.\nResults: HAMD-17 fell more with naltrexone."
)


@pytest.mark.parametrize(
    "objective",
    [
        # the record's wording: the reason fronted, the study's act after it
        "Because standard-dose naltrexone is poorly tolerated and low-dose naltrexone (LDN, "
        "4.5 mg) may be too weak, we tested an intermediate dose.",
        # probes: another conjunction and subject, the reason after the main clause
        "Given that naltrexone at 4.5 mg often fails to separate from placebo, this trial "
        "used a 12.5 mg dose.",
        "We evaluated an intermediate dose of naltrexone, because low doses such as 4.5 mg "
        "might lack efficacy.",
        "As low-dose naltrexone (3-4.5 mg) may be insufficient, we studied an intermediate "
        "regimen.",
    ],
)
def test_a_dose_named_in_the_reason_for_the_studys_choice_is_not_received(
    objective: str,
) -> None:
    abstract = f"Objective: {objective}\n{GIVEN}"
    f = facts(MIDDLE, abstract, RCT)
    assert not f.on_topic
    assert f.ldn_doses_mg == []
    assert gaps(MIDDLE, abstract, RCT) == {}


@pytest.mark.parametrize(
    "objective",
    [
        # the reason names the dose the main clause gives: still the study's dose
        "Because low-dose naltrexone (4.5 mg) is well tolerated, we tested it as an adjunct, "
        "randomising adults to naltrexone 4.5 mg/day or placebo.",
        # a reason about something else, the study's own dose in the main clause
        "Since inflammation may drive depression, we gave naltrexone 4.5 mg nightly.",
    ],
)
def test_a_reason_clause_leaves_the_dose_of_the_main_clause(objective: str) -> None:
    title = "Low-dose naltrexone added to escitalopram in major depression: a pilot trial"
    abstract = (
        f"Objective: {objective}\nMethods: Thirty adults with MDD taking escitalopram took "
        "part.\nResults: HAMD-17 fell."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]


@pytest.mark.parametrize(
    "plan",
    [
        "a larger trial comparing 4.5 mg and 12.5 mg is planned.",
        "a follow-up study of low-dose naltrexone 4.5 mg will follow.",
        "a head-to-head trial against LDN 4.5 mg is being planned.",
        "LDN 4.5 mg will be tested next in a crossover design.",
    ],
)
def test_the_record_with_single_newline_sections_and_a_planned_trial(plan: str) -> None:
    # sections separated by single newlines inside one labelled AbstractText (as the
    # record came): each "Heading:" still opens its own section; the dose of the planned
    # trial in the conclusion is future work (guards: these passed before the fix)
    abstract = (
        "Endogenous opioid dysregulation has been linked to depression. Because "
        "standard-dose naltrexone is poorly tolerated and low-dose naltrexone (LDN, 4.5 mg) "
        "may be too weak, we tested an intermediate dose.\n"
        + GIVEN
        + f"\nConclusion: Intermediate-dose naltrexone was tolerable; {plan}"
    )
    record = Article(
        pmid="1",
        title=MIDDLE,
        abstract=[AbstractSection(abstract, "OBJECTIVE", None)],
        publication_types=list(RCT),
    )
    assert not assess(record, LEX, RULES).facts.on_topic


# -- 3. the studied regimen is the daily total the person moved on to; the low dose
# left behind is history (holdout105 11300014: "prescribed naltrexone 4 mg twice daily
# (8 mg/day) after partial response to 4.5 mg at night" was on-topic)

CASE_TITLE = "Naltrexone for refractory bipolar depression: a case report"


@pytest.mark.parametrize(
    "abstract",
    [
        # the record's wording
        "Low-dose naltrexone (LDN) is usually prescribed at 1.5-4.5 mg once daily. We "
        "describe a 46-year-old man with bipolar II depression, refractory to lithium, "
        "quetiapine and sertraline, whose psychiatrist prescribed naltrexone 4 mg twice daily "
        "(8 mg/day) after partial response to 4.5 mg at night. Over 10 weeks his QIDS-SR16 "
        "fell from 19 to 7.",
        # probes: the earlier dose as pluperfect history, as the "from" of a switch, as a
        # failure before a raise; the twice-daily total unstated
        "We report a 39-year-old woman with major depression on escitalopram who had taken "
        "naltrexone 4.5 mg nightly with partial benefit and was switched to naltrexone 5 mg "
        "b.i.d. Her PHQ-9 fell from 18 to 6 over 8 weeks.",
        "A 52-year-old man with treatment-resistant depression was switched from naltrexone "
        "3 mg nightly to 4 mg twice a day. His MADRS fell from 30 to 12.",
        "After an inadequate response to naltrexone 3 mg, the dose was raised to 10 mg/day in "
        "a 60-year-old woman with depression; her HAMD fell from 24 to 9.",
    ],
)
def test_a_low_dose_left_for_one_above_the_band_is_history(abstract: str) -> None:
    f = facts(CASE_TITLE, abstract, CASE)
    assert not f.on_topic
    assert gaps(CASE_TITLE, abstract, CASE) == {}


@pytest.mark.parametrize(
    ("abstract", "kept"),
    [
        # twice daily up to 6 mg/day is still the low dose
        (
            "A 44-year-old man with major depression was switched from naltrexone 4.5 mg "
            "nightly to 3 mg BID (6 mg/day). His MADRS fell from 28 to 10.",
            6.0,
        ),
        ("A 44-year-old man with major depression received naltrexone 3 mg twice daily.", 6.0),
        # the move within the band
        (
            "A 44-year-old man with major depression was prescribed naltrexone 4.5 mg after "
            "partial response to 1.5 mg. His MADRS fell from 28 to 10.",
            4.5,
        ),
    ],
)
def test_a_move_within_the_band_stays_on_topic(abstract: str, kept: float) -> None:
    f = facts(CASE_TITLE, abstract, CASE)
    assert f.on_topic
    assert kept in f.ldn_doses_mg


@pytest.mark.parametrize(
    "methods",
    [
        # a move made by some of the people, or at a time of the study: all took 4.5 mg
        "Forty adults with MDD took naltrexone 4.5 mg nightly; non-responders were switched "
        "from 4.5 mg to 12.5 mg.",
        "Forty adults with MDD took naltrexone 4.5 mg nightly. At week 8 the dose was "
        "switched from 4.5 mg to 9 mg/day.",
    ],
)
def test_a_move_some_people_make_during_the_study_keeps_the_low_dose(methods: str) -> None:
    title = "Naltrexone in major depression: an open-label trial"
    assert facts(title, f"Methods: {methods}\nResults: MADRS fell.", TRIAL).on_topic
