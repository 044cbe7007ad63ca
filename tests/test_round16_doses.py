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

