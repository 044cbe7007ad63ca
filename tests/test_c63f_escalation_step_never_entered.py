"""Kind: a dose-escalation step nobody entered. A cohort, arm or level the study planned but
never opened or reached ("a planned 4.5 mg cohort was not opened", "escalation stopped
before the 6 mg level") is a dose no participant took, so it is not one of the study's
doses (CONTRACT.md: the doses participants were assigned to; for a dose-finding escalation
every step tested). The steps that were given stay, and so does a step that was opened.

Round 63, c63f; the record that showed it: holdout209 23400021 ("Cohort 1 received 0.5 mg,
cohort 2 1.5 mg and cohort 3 3 mg daily; a planned 4.5 mg cohort was not opened because
cohort 3 met the prespecified efficacy signal": [0.5, 1.5, 3], not + 4.5).
"""

from __future__ import annotations

import pytest
from written import TRIAL, drug, facts, registration

from ldn_watch.assess import default_lexicon, default_rules
from ldn_watch.assessor import assess_record
from ldn_watch.sources.ctgov.parse import parse_study

LEX, RULES = default_lexicon(), default_rules()

TITLE = "Dose escalation of low-dose naltrexone in major depressive disorder: a phase 1b study"
OPEN = (
    "Eighteen adults with major depressive disorder stabilised on venlafaxine took part in a "
    "sequential dose-escalation study of naltrexone."
)
GIVEN = "Cohort 1 received 0.5 mg, cohort 2 1.5 mg and cohort 3 3 mg daily."


def _doses(title: str, abstract: str) -> list[float]:
    return facts(title, abstract, TRIAL).ldn_doses_mg


def test_the_record() -> None:
    abstract = (
        "Eighteen adults with major depressive disorder stabilised on venlafaxine or "
        "desvenlafaxine took part in a sequential dose-escalation study. Each cohort of six "
        "received naltrexone for two weeks at a single level; tolerability determined "
        "escalation to the next level. Cohort 1 received 0.5 mg, cohort 2 1.5 mg and cohort 3 "
        "3 mg daily; a planned 4.5 mg cohort was not opened because cohort 3 met the "
        "prespecified efficacy signal. No serious adverse events occurred; plasma venlafaxine "
        "was unchanged. MADRS fell by 2.1, 4.8 and 7.0 points across the three levels."
    )
    f = facts(
        "Dose escalation of low-dose naltrexone added to serotonin-norepinephrine reuptake "
        "inhibitors: an open-label phase 1b study",
        abstract,
        TRIAL,
    )
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0]
    assert f.compares_doses


@pytest.mark.parametrize(
    "never",
    [
        # after the dose, in other words
        "The planned 4.5 mg cohort was never opened.",
        "A fourth cohort at 4.5 mg was not started, since efficacy was already seen.",
        "The 4.5 mg dose level was never reached because of vivid dreams at 3 mg.",
        "The naltrexone 4.5 mg arm was not activated.",
        # before the dose
        "Escalation stopped before the 4.5 mg cohort.",
        "We did not open the planned 4.5 mg cohort.",
        "The safety committee never opened the 4.5 mg cohort.",
    ],
)
@pytest.mark.parametrize("where", ["methods", "results", "conclusions", "unlabelled"])
def test_a_step_never_entered_is_no_dose(never: str, where: str) -> None:
    if where == "unlabelled":
        abstract = f"{OPEN} {GIVEN} {never} MADRS fell by 7 points at 3 mg."
    elif where == "methods":
        abstract = (
            f"Methods: {OPEN} {GIVEN} {never}\nResults: MADRS fell by 7 points at 3 mg.\n"
            "Conclusions: Naltrexone was tolerated."
        )
    elif where == "results":
        abstract = (
            f"Methods: {OPEN} {GIVEN}\nResults: MADRS fell by 7 points at 3 mg. {never}\n"
            "Conclusions: Naltrexone was tolerated."
        )
    else:
        abstract = (
            f"Methods: {OPEN} {GIVEN}\nResults: MADRS fell by 7 points at 3 mg.\n"
            f"Conclusions: Naltrexone was tolerated. {never}"
        )
    assert _doses(TITLE, abstract) == [0.5, 1.5, 3.0]


def test_other_numbers_and_drug_name() -> None:
    abstract = (
        "Methods: Twelve adults with treatment-resistant depression received LDN in ascending "
        "cohorts of 1 mg and 2 mg nightly; the planned LDN 3 mg cohort was not opened.\n"
        "Results: MADRS fell by 6 points."
    )
    assert _doses(TITLE, abstract) == [1.0, 2.0]


@pytest.mark.parametrize(
    "opened",
    [
        # near misses: a step that was given stays
        "The 4.5 mg cohort was opened after cohort 3 completed.",
        "Cohort 4 received 4.5 mg daily.",
        "Dosing in the 4.5 mg cohort began in May.",
        "Escalation to the 4.5 mg cohort followed a safety review.",
        "Patients in the 4.5 mg cohort were not dosed on the day of the scan.",
    ],
)
def test_a_step_given_stays(opened: str) -> None:
    abstract = f"Methods: {OPEN} {GIVEN} {opened}\nResults: MADRS fell by 7 points."
    assert _doses(TITLE, abstract) == [0.5, 1.5, 3.0, 4.5]


def test_registration_description() -> None:
    study = registration(
        title="Ascending Doses of Low-Dose Naltrexone in Depression",
        official_title="Ascending Doses of Low-Dose Naltrexone in Major Depressive Disorder",
        status="COMPLETED",
        summary="A sequential dose-escalation study of low-dose naltrexone in depression.",
        description=(
            "Cohorts received naltrexone 1 mg, then 2 mg nightly. The planned 4 mg cohort "
            "was not opened because the 2 mg cohort met the efficacy signal."
        ),
        phases=["PHASE1"],
        allocation="NA",
        enrollment=12,
        enrollment_type="ACTUAL",
        arms=[
            {
                "label": "Cohort 1",
                "type": "EXPERIMENTAL",
                "description": "Naltrexone 1 mg nightly",
                "interventionNames": ["Drug: Naltrexone"],
            },
            {
                "label": "Cohort 2",
                "type": "EXPERIMENTAL",
                "description": "Naltrexone 2 mg nightly",
                "interventionNames": ["Drug: Naltrexone"],
            },
        ],
        interventions=[drug("Naltrexone", "Low-dose naltrexone", ["Cohort 1", "Cohort 2"])],
        outcomes=["Change in MADRS"],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder\n\nExclusion Criteria:\n\n* Opioids",
    )
    a, _ = assess_record(parse_study(study), LEX, RULES)
    assert a.facts.ldn_doses_mg == [1.0, 2.0]
