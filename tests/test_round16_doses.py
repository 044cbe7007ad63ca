"""Doses and dose-finding, round 16 (c16b), from holdout53, holdout54 and registry10 once
opened. Every record here is written for this test, each kind said in several ways (the
probes), with a near miss that keeps its old verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_registry_facts import _assessed, _study
from written import PROTOCOL, RCT, TRIAL, facts, gaps

DOSE = "dose-finding"

# -- one flexible regimen compares nothing: the levels its dose moves within, listed as
# the strengths it is supplied in or the doses one may take, are not arms (registry10
# NCT08900003: "LDN 1.5-4.5 mg nightly, flexible" and "1.5 mg, 3 mg or 4.5 mg capsules"
# gave dose-finding in progress)

FLEX_TITLE = "Flexibly dosed low-dose naltrexone added to antidepressants in depression"


@pytest.mark.parametrize(
    ("abstract", "types"),
    [
        (
            "Methods: Sixty adults with major depression will take LDN, adjusted between 1.5 "
            "and 4.5 mg at night as tolerated. Intervention: naltrexone 1.5 mg, 3 mg or 4.5 mg "
            "tablets. The primary outcome is the MADRS at week 12.",
            PROTOCOL,
        ),
        (
            "Methods: Thirty patients with major depressive disorder took naltrexone flexibly "
            "dosed within 1-4.5 mg/day. Each night they took LDN 1 mg, 3 mg or 4.5 mg.\n"
            "Results: HAM-D fell by 9 points.",
            TRIAL,
        ),
        (
            "Methods: Forty adults with depression received LDN at the dose each tolerated, "
            "from 1.5 to 4.5 mg. Naltrexone was dispensed as 1.5 or 4.5 mg capsules.\n"
            "Results: MADRS improved.",
            TRIAL,
        ),
    ],
)
def test_levels_of_one_flexible_regimen_are_not_compared_doses(
    abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(FLEX_TITLE, abstract, types)
    assert f.compares_doses is False
    assert DOSE not in gaps(FLEX_TITLE, abstract, types)


def test_doses_randomised_within_a_flexible_range_are_still_compared() -> None:
    abstract = (
        "Methods: Sixty adults with major depression were randomised to LDN 1.5 mg or 4.5 mg "
        "nightly for 8 weeks. In the open-label phase that followed, the dose was flexible, "
        "1.5-4.5 mg.\nResults: MADRS improved in both arms."
    )
    assert facts(FLEX_TITLE, abstract, RCT).compares_doses is True


def _single_arm_extension() -> dict[str, Any]:
    """A single-group open-label registration: one flexible arm, and the intervention
    described by the capsule strengths it is supplied in."""
    study = _study("NCT99900001")
    ps = study["protocolSection"]
    ps["identificationModule"]["briefTitle"] = "Open-Label Extension of LDN in Depression"
    ps["identificationModule"]["officialTitle"] = (
        "A 24-Week Open-Label Extension of Low Dose Naltrexone Added to SSRIs in Depression"
    )
    ps["descriptionModule"] = {
        "briefSummary": "Adults with major depressive disorder who completed the parent "
        "study may take low dose naltrexone open-label for 24 weeks alongside their SSRI."
    }
    ps["designModule"]["designInfo"] = {
        "allocation": "NA",
        "interventionModel": "SINGLE_GROUP",
        "primaryPurpose": "TREATMENT",
        "maskingInfo": {"masking": "NONE"},
    }
    ps["armsInterventionsModule"] = {
        "armGroups": [
            {
                "label": "Open-label LDN",
                "type": "EXPERIMENTAL",
                "description": "Naltrexone 1-4.5 mg at night, flexible, 24 weeks",
                "interventionNames": ["Drug: Naltrexone"],
            }
        ],
        "interventions": [
            {
                "type": "DRUG",
                "name": "Naltrexone",
                "description": "1 mg, 2 mg or 4.5 mg capsules",
                "armGroupLabels": ["Open-label LDN"],
            }
        ],
    }
    return study


def test_a_single_flexible_arm_supplied_in_several_strengths_compares_nothing() -> None:
    _, f = _assessed(_single_arm_extension())
    assert f.compares_doses is False
    assert f.ldn_doses_mg == [1.0, 4.5]


# -- an extension's parent trial, its arms given in brackets, is the parent's design, not
# the extension's (holdout54 51100007: "completed an 8-week randomised dose-ranging study
# of naltrexone (1.5, 3 or 4.5 mg vs placebo)" made the extension dose-finding)

EXT_TITLE = "Long-term low-dose naltrexone in depression: a 52-week open-label extension"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Participants who completed an 8-week randomised dose-ranging study of naltrexone "
            "(1 mg, 2 mg or 4 mg vs placebo) were offered open-label treatment for 52 weeks. "
            "Sixty-one entered and received naltrexone 1 to 4 mg nightly, adjusted as "
            "tolerated.",
            [1.0, 4.0],
        ),
        (
            "This open-label extension enrolled 64 patients with major depression who had "
            "finished the parent trial (LDN 1.5 mg vs 4.5 mg vs placebo); all took LDN 4.5 mg "
            "nightly.",
            [4.5],
        ),
        (
            "Completers of a randomised trial (naltrexone 0.5 mg versus 2 mg) could continue in "
            "an open-label extension, in which 58 adults with depression took naltrexone 2 mg "
            "daily for a year.",
            [2.0],
        ),
    ],
)
def test_an_extensions_parent_arms_in_brackets_are_not_its_doses(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: Response was maintained at week 52."
    f = facts(EXT_TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is False
    assert DOSE not in gaps(EXT_TITLE, abstract, TRIAL)


def test_an_extensions_parent_named_with_an_abbreviation_keeps_its_population() -> None:
    # brackets without figures ("(LDN)") do not carry the parent's description on: the
    # population named after them is still read (preprints5 PPR9400027)
    abstract = (
        "Participants who completed an 8-week randomized placebo-controlled trial of low-dose "
        "naltrexone (LDN) added to duloxetine for major depressive disorder were offered 24 "
        "weeks of open-label LDN. Of 52 randomized in the parent trial, 41 entered the "
        "extension. All took naltrexone 4.5 mg nightly."
    )
    f = facts("Open-Label Extension of a Randomized Trial of Low-Dose Naltrexone", abstract)
    assert f.on_topic is True


# -- a dose clause naming no drug after a sentence that ends by giving the watched drug to
# people on another ("adults with MDD despite 8 weeks of vortioxetine or an SSRI received
# open-label LDN. The dose was flexible, between 1.5 and 4.5 mg") is the watched drug's
# (holdout53 52100031 had no dose)

AUG_TITLE = "Low-dose naltrexone augmentation in depression: an open-label study"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Adults with depression despite 6 weeks of sertraline or escitalopram were given "
            "low-dose naltrexone. Dosing ranged flexibly from 1 to 4.5 mg/day.",
            [1.0, 4.5],
        ),
        (
            "Forty patients taking duloxetine 60 mg were started on LDN. The dose was adjusted "
            "as tolerated between 1.5 and 4.5 mg daily.",
            [1.5, 4.5],
        ),
        (
            "Twenty-two people with MDD on bupropion (150-300 mg) or an SNRI took naltrexone at "
            "low dose for 8 weeks. Daily doses were 2 mg to 4 mg as tolerated.",
            [2.0, 4.0],
        ),
    ],
)
def test_a_dose_after_the_drug_given_last_is_the_given_drugs(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS improved."
    assert facts(AUG_TITLE, abstract, TRIAL).ldn_doses_mg == doses


# -- the schedule a colon opens after the base drug the watched drug was added to is the
# added drug's ("a naltrexone suspension (1 mg/mL) was added to sertraline: 1.5 mL at
# bedtime ..." had no dose, holdout53 52100006)

CASE_TITLE = "Low-dose naltrexone added to an antidepressant: a case report"


@pytest.mark.parametrize(
    "case",
    [
        "A 38-year-old woman with major depressive disorder was taking venlafaxine 225 mg. We "
        "added naltrexone to her venlafaxine: 1.5 mg nightly at first, 3 mg from week 2 and "
        "4.5 mg from week 4. Her mood improved.",
        "A 60-year-old man with depression and pain took duloxetine 60 mg/day. Low-dose "
        "naltrexone was combined with duloxetine: 1 mg at night for a week, then 4.5 mg at "
        "night. His HAM-D fell to 8.",
    ],
)
def test_a_schedule_after_a_colon_is_the_added_drugs(case: str) -> None:
    assert facts(CASE_TITLE, case, ("Case Reports",)).ldn_doses_mg == [4.5]


def test_a_dose_of_the_base_drug_after_a_colon_is_not_taken_for_the_added_drug() -> None:
    # near miss: the base drug's own dose is out of the band and keeps its owner
    case = (
        "A 41-year-old man with major depression took low-dose naltrexone 4.5 mg nightly. "
        "Naltrexone was combined with sertraline: 100 mg each morning. He improved."
    )
    assert facts(CASE_TITLE, case, ("Case Reports",)).ldn_doses_mg == [4.5]


# -- an arrow between doses is a schedule's next step (registry10 NCT08900030: "naltrexone
# 1500 mcg -> 3000 mcg -> 4500 mcg nocte (fixed titration)" read 3000 and 4500 as "> 3000",
# a bound, and kept 1.5): a fixed titration's target, every step of an ascending series

ARROW_TITLE = "Low-dose naltrexone for anhedonia in depression: a pilot"


@pytest.mark.parametrize(
    "schedule",
    [
        "naltrexone 1500 mcg -> 3000 mcg -> 4500 mcg nocte (fixed titration)",
        "naltrexone 1.5 mg → 3 mg → 4.5 mg at night",
        "naltrexone 1.5 -> 3 -> 4.5 mg at bedtime",
    ],
)
def test_an_arrowed_schedule_keeps_its_target(schedule: str) -> None:
    abstract = (
        f"Methods: Forty unmedicated adults with major depressive disorder will receive {schedule}."
    )
    f = facts(ARROW_TITLE, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False


def test_an_arrowed_series_of_ascending_doses_keeps_every_step() -> None:
    abstract = (
        "Methods: Eighteen adults with major depression will take ascending doses of "
        "naltrexone, 0.5 -> 1 -> 2 -> 4 mg/day, two weeks per level, to find the best dose."
    )
    f = facts("Ascending doses of low-dose naltrexone in depression", abstract, PROTOCOL)
    assert f.ldn_doses_mg == [0.5, 1.0, 2.0, 4.0]


# -- a registration's met gap says why it counts, not only its status (registry10
# NCT08900003's dose-finding read "enrolling by invitation", hiding the false rule)


def test_a_registrations_in_progress_reason_names_the_rule_and_the_status() -> None:
    from ldn_watch.assess import default_lexicon, default_rules
    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    a, _ = assess_record(parse_study(_study("NCT99900001")), default_lexicon(), default_rules())
    assert a.gaps["dose-finding"] == "in_progress"
    assert a.reasons["dose-finding"] == "compares doses (1.5 vs 4.5 mg); recruiting"


# -- a fixed titration before a raise for some: its first step is not a level anyone kept
# (holdout54 51100034: "started at 1.5 mg at night. The dose was increased to 4.5 mg by
# day 14. At week 4, participants with less than 25% improvement had the dose raised to
# 3 mg twice daily" listed 1.5 too)

RAISE_TITLE = "Low-dose naltrexone for major depression: an open-label study"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Thirty adults with major depression took naltrexone 1 mg at night for one week, "
            "then 4 mg at night. Non-responders at week 6 had it raised to 6 mg daily.",
            [4.0, 6.0],
        ),
        (
            "Forty outpatients with MDD began naltrexone at 1.5 mg nightly. The dose was "
            "increased to 3 mg after one week. Those without response at week 4 were escalated "
            "to 4.5 mg.",
            [3.0, 4.5],
        ),
        (
            "Naltrexone was started at 1.5 mg at night in 36 adults with depression, titrated "
            "to 4.5 mg by day 10; patients not improved by week 6 received 3 mg twice daily.",
            [4.5, 6.0],
        ),
    ],
)
def test_a_fixed_titration_step_below_a_raise_for_some_is_not_kept(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS improved."
    assert facts(RAISE_TITLE, abstract, TRIAL).ldn_doses_mg == doses


def test_a_start_raised_only_for_some_is_still_kept() -> None:
    # near miss: no raise everyone had, so the start is the level responders kept
    abstract = (
        "Methods: Thirty adults with major depression took naltrexone 1.5 mg nightly; "
        "non-responders at week 4 were raised to 4.5 mg.\nResults: MADRS improved."
    )
    assert facts(RAISE_TITLE, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]


def test_a_raise_for_some_told_again_in_the_results_keeps_the_start() -> None:
    # near miss: "Twenty had the dose increased to 4.5 mg" repeats the raise for some; it
    # is no raise everyone had
    abstract = (
        "Methods: LDN was started at 3 mg nightly in 54 adults with depression; at week 8, "
        "those with less than 50% improvement had the dose increased to 4.5 mg.\n"
        "Results: Twenty-one participants had the dose increased to 4.5 mg."
    )
    assert facts(RAISE_TITLE, abstract, TRIAL).ldn_doses_mg == [3.0, 4.5]
