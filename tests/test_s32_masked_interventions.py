"""Registrations whose arms and interventions are masked: every listed intervention has a
placeholder name ("Study medication", "Active capsule", "Matching placebo"), so the
structured fields name no drug at all and cannot say nobody takes the watched drug; the
description that assigns it ("randomised to naltrexone 1 mg or placebo") decides.

Shown by registry78 NCT01400008 (a blinded pilot whose arms are "Active"/"Comparator").
Session 32, round 84, c84f.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


def _masked(description: str, active: str, placebo: str = "Placebo") -> dict[str, Any]:
    return registration(
        title="A Pilot Trial in Chronic Depression",
        summary="We test whether adding a small nightly dose of an opioid antagonist to "
        "current antidepressant treatment lifts chronic low mood.",
        description=description,
        conditions=["Major Depressive Disorder"],
        allocation="RANDOMIZED",
        enrollment=40,
        arms=[
            {"label": "Arm A", "type": "EXPERIMENTAL", "interventionNames": [f"Drug: {active}"]},
            {
                "label": "Arm B",
                "type": "PLACEBO_COMPARATOR",
                "interventionNames": [f"Drug: {placebo}"],
            },
        ],
        interventions=[
            drug(active, "Prepared by the hospital pharmacy.", ["Arm A"]),
            drug(placebo, arms=["Arm B"]),
        ],
        outcomes=["Change in MADRS total score"],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder on a stable SSRI\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
    )


@pytest.mark.parametrize(
    ("description", "active", "placebo"),
    [
        (
            "Forty adults will be randomised to naltrexone 2 mg at bedtime or to an "
            "identical placebo for eight weeks, added to their SSRI.",
            "Study medication",
            "Matching placebo",
        ),
        (
            "Participants are allocated at random to receive low-dose naltrexone 4.5 mg "
            "nightly or placebo capsules for twelve weeks.",
            "Active capsule",
            "Placebo capsule",
        ),
        (
            "Each participant takes naltrexone 1 mg each morning, or a dummy tablet, "
            "in addition to the antidepressant they already take.",
            "Investigational product",
            "Dummy tablet",
        ),
    ],
)
def test_masked_interventions_leave_the_drug_to_the_description(
    description: str, active: str, placebo: str
) -> None:
    facts = _facts(_masked(description, active, placebo))
    assert facts.on_topic is True, facts.off_topic_reason


def test_an_intervention_naming_another_drug_still_says_nobody_takes_it() -> None:
    """Near miss: the interventions name a drug (ketamine), so the structure speaks: the
    watched drug named only in the background is not given."""
    study = _masked(
        "Earlier open trials of low-dose naltrexone motivated this work. Forty adults will "
        "be randomised to ketamine 0.5 mg/kg or to midazolam.",
        "Ketamine",
        "Midazolam",
    )
    facts = _facts(study)
    assert facts.on_topic is False
