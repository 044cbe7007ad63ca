"""Kind: a registration whose arms state their dose only in the label ("LDN 1.5 mg",
"LDN 4.5 mg"), the description left empty: each arm is still assigned its own dose, so
two such arms compare doses. A label without a dose ("LDN", "Cohort 1"), one labelled arm
beside a placebo, or a low-dose arm beside a standard-dose one compares none.

Round 51, c51c; no record showed it: a recall probe written ahead of the blind sets
(the brief's registration arms "LDN 1.5 mg" / "LDN 4.5 mg").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, registration

from ldn_watch.assess import default_lexicon, default_rules
from ldn_watch.assessor import assess_record
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study

LEX, RULES = default_lexicon(), default_rules()
TITLE = "Low-Dose Naltrexone in Major Depressive Disorder"
CRITERIA = (
    "Inclusion Criteria:\n\n* Adults aged 18 to 65 with major depressive disorder (DSM-5)\n"
    "* MADRS of 20 or more\n\nExclusion Criteria:\n\n* Current opioid use"
)


def _arm(label: str, description: str = "", kind: str = "EXPERIMENTAL") -> dict[str, Any]:
    names = ["Drug: Placebo"] if kind == "PLACEBO_COMPARATOR" else ["Drug: Naltrexone"]
    return {"label": label, "type": kind, "description": description, "interventionNames": names}


PLACEBO = _arm("Placebo", "Matching placebo capsule nightly", "PLACEBO_COMPARATOR")


def _judge(arms: list[dict[str, Any]], summary: str) -> tuple[Facts, dict[str, str]]:
    study = registration(
        title=TITLE,
        official_title=TITLE,
        summary=summary,
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=60,
        arms=arms,
        interventions=[
            drug(
                "Naltrexone",
                "Low-dose naltrexone capsules",
                [a["label"] for a in arms if a is not PLACEBO],
            )
        ],
        outcomes=["Change in MADRS total score"],
        criteria=CRITERIA,
    )
    a, _ = assess_record(parse_study(study), LEX, RULES)
    return a.facts, dict(a.gaps)


SUMMARY = "A randomized trial of low-dose naltrexone in adults with major depression."


@pytest.mark.parametrize(
    ("arms", "doses"),
    [
        ([_arm("LDN 1.5 mg"), _arm("LDN 4.5 mg"), PLACEBO], [1.5, 4.5]),
        ([_arm("LDN 1.5 mg"), _arm("LDN 4.5 mg")], [1.5, 4.5]),
        ([_arm("Naltrexone 2 mg/day"), _arm("Naltrexone 4.5 mg/day"), PLACEBO], [2.0, 4.5]),
        # one arm described, the other named by its dose alone
        ([_arm("LDN 1 mg", "Naltrexone 1 mg nightly for 8 weeks"), _arm("LDN 3 mg")], [1.0, 3.0]),
    ],
)
def test_arms_named_by_their_dose_compare_doses(
    arms: list[dict[str, Any]], doses: list[float]
) -> None:
    f, g = _judge(arms, SUMMARY)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True
    assert g["dose-finding"] == "in_progress"


@pytest.mark.parametrize(
    "arms",
    [
        # one arm named by its dose, beside a placebo
        [_arm("LDN 4.5 mg"), PLACEBO],
        # labels without a dose
        [_arm("LDN"), _arm("Cohort 1"), PLACEBO],
        # a low dose against a standard dose of the drug: one dose in the band
        [_arm("Naltrexone 4.5 mg"), _arm("Naltrexone 50 mg", kind="ACTIVE_COMPARATOR")],
        # the same dose in two arms (with and without an add-on)
        [_arm("LDN 4.5 mg + CBT"), _arm("LDN 4.5 mg alone")],
    ],
)
def test_one_dose_or_no_dose_in_the_labels_compares_none(arms: list[dict[str, Any]]) -> None:
    f, g = _judge(arms, SUMMARY)
    assert f.compares_doses is False
    assert g["dose-finding"] == "no"
