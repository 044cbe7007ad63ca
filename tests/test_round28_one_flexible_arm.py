"""Round 28 (c28a): a single arm whose dose moves within a range "as tolerated", and a
study that says in so many words it compares no doses ("This is not a dose-comparison
study", registry23 NCT07600012). One flexible regimen is not two compared doses
(CONTRACT.md: a flexible range lists both ends, compares_doses false); an explicit denial
of dose comparison is a "no" whatever else is read, in a PubMed abstract and in a
registration's text alike. Real dose comparisons keep their "yes"."""

from __future__ import annotations

from typing import Any

import pytest
from written import LEX, RULES, TRIAL, drug, facts, gaps, registration

from ldn_watch.assessor import assess_record
from ldn_watch.sources.ctgov.parse import parse_study

TITLE = "Low-dose naltrexone added to SSRIs in treatment-resistant depression: an open trial"
FLEXIBLE = (
    "Methods: Forty-two adults with major depressive disorder on a stable SSRI or SNRI "
    "received open-label naltrexone 1.5-4.5 mg/day, adjusted to tolerability, for 8 weeks. "
)


@pytest.mark.parametrize(
    "denial",
    [
        "This was not a dose-comparison study.",
        "No comparison between doses was planned.",
        "The trial was not designed to compare doses.",
        "Doses were individualised; dose comparison was not an aim.",
        "Comparing the doses was beyond the scope of this pilot.",
    ],
)
def test_one_flexible_arm_that_denies_comparing_doses_compares_none(denial: str) -> None:
    abstract = FLEXIBLE + denial + "\nResults: MADRS fell by 11 points."
    f = facts(TITLE, abstract, TRIAL)
    assert sorted(f.ldn_doses_mg) == [1.5, 4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(TITLE, abstract, TRIAL)


def test_one_flexible_arm_without_a_denial_compares_none() -> None:
    abstract = FLEXIBLE + "\nResults: Most participants settled on 3 mg; MADRS fell by 11 points."
    assert not facts(TITLE, abstract, TRIAL).compares_doses


def test_randomised_doses_still_compare() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder on an SSRI were randomised to "
        "naltrexone 1.5 mg/day or 4.5 mg/day for 8 weeks, comparing the two doses.\n"
        "Results: MADRS change did not differ between doses."
    )
    assert facts(TITLE, abstract, TRIAL).compares_doses


# -- registrations

ARM = "Naltrexone 1.5 mg/day to 4.5 mg/day as tolerated, plus current SSRI/SNRI"


def _registration(
    arms: list[tuple[str, str]], detail: str = "", *, model: str = "SINGLE_GROUP"
) -> dict[str, Any]:
    return registration(
        nct="NCT09999901",
        title="Low Dose Naltrexone Augmentation in Major Depression",
        summary="Adults with major depressive disorder on an SSRI or SNRI "
        "receive low dose naltrexone added for 8 weeks.",
        description=detail,
        arms=[(label, "EXPERIMENTAL", text) for label, text in arms],
        interventions=[drug("Naltrexone", "1.5 mg capsules", [label for label, _ in arms])],
        criteria="Inclusion Criteria:\n\n* Major depressive "
        "disorder\n* MADRS >= 20\n\nExclusion Criteria:\n\n* Opioid use",
        has_results=None,
        designModule={
            "studyType": "INTERVENTIONAL",
            "phases": ["PHASE2"],
            "designInfo": {"interventionModel": model, "primaryPurpose": "TREATMENT"},
            "enrollmentInfo": {"count": 40, "type": "ESTIMATED"},
        },
        outcomesModule={"primaryOutcomes": [{"measure": "MADRS change", "timeFrame": "8 weeks"}]},
    )


def _judged(study: dict[str, Any]) -> tuple[bool, dict[str, str]]:
    a, _ = assess_record(parse_study(study), LEX, RULES)
    return a.facts.compares_doses, dict(a.gaps)


@pytest.mark.parametrize(
    "detail",
    [
        "Dose is individualised between 1.5 mg and 4.5 mg per day according to tolerability. "
        "This is not a dose-comparison study.",
        "Participants may stay on 1.5 mg or go up to 4.5 mg daily. No dose comparison is planned.",
        "The dose is titrated by tolerability; the study will not compare doses.",
        "Doses range from 1.5 to 4.5 mg; this registration does not involve comparing the doses.",
    ],
)
def test_a_single_flexible_arm_registration_compares_no_doses(detail: str) -> None:
    compares, verdicts = _judged(_registration([("LDN augmentation", ARM)], detail))
    assert not compares
    assert verdicts["dose-finding"] == "no"


def test_two_registered_dose_arms_still_compare() -> None:
    study = _registration(
        [("LDN 1.5 mg", "Naltrexone 1.5 mg daily"), ("LDN 4.5 mg", "Naltrexone 4.5 mg daily")],
        "Participants are randomised to one of two doses.",
        model="PARALLEL",
    )
    compares, verdicts = _judged(study)
    assert compares
    assert verdicts["dose-finding"] == "in_progress"
