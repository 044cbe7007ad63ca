"""A registration that lets its people go on with their antidepressant in its description
("Stable antidepressant treatment (for example an SSRI) was permitted") is an add-on
design as much as one saying so in its inclusion criteria: its posted baseline count of
the antidepressants taken at entry (SSRI, SNRI) is what they took alongside the study drug.
A description that takes people off the medication, or permits another drug, gives
nothing.

Round 54, c54d; the record that showed it: registry51 NCT04400012, "Low-Dose Naltrexone
for Fatigue and Mood in Long COVID".
"""

from __future__ import annotations

from typing import Any

import pytest
from written import baseline_count, completed_registration, judge_registration

OFFICIAL = (
    "A Randomized Placebo-Controlled Trial of Low-Dose Naltrexone for Fatigue, Depressive "
    "Symptoms and Cognition in Post-COVID-19 Condition"
)


def _study(summary: str, title: str = "Antidepressant at baseline") -> dict[str, Any]:
    study = completed_registration(
        nct="NCT09990012",
        official_title=OFFICIAL,
        summary=summary,
        criteria="Inclusion Criteria:\n\n* Post-COVID-19 condition (WHO) >= 3 months\n* "
        "FACIT-F <= 30\n\nExclusion Criteria:\n\n* Opioids\n* Change in antidepressant dose "
        "within 4 weeks (stable SSRI or SNRI allowed)",
        enrolled=212,
        drug_arm=(
            "LDN",
            "Naltrexone titrated 1 mg -> 2 mg -> 4.5 mg over 2 weeks, then 4.5 mg daily to week 12",
        ),
        placebo_text="Matching placebo, same schedule",
        outcome="Change in FACIT-Fatigue",
        measures=[baseline_count(title, ["SSRI", "SNRI", "None"], values=("21", "19"))],
    )
    study["protocolSection"]["conditionsModule"]["conditions"] = [
        "Long COVID",
        "Fatigue",
        "Depressive Symptoms",
    ]
    return study


RECORD_SUMMARY = (
    "Adults with post-COVID-19 condition and fatigue were randomized to low-dose naltrexone "
    "or placebo for 12 weeks. Stable antidepressant treatment (for example an SSRI) was "
    "permitted."
)


def test_record() -> None:
    f, gaps = judge_registration(_study(RECORD_SUMMARY))
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    # selected for long COVID: no gap, whatever the classes
    assert gaps["serotonergic-combination"] == "no"


PERMITTED = [
    "Adults with post-COVID-19 condition receive naltrexone or placebo. Participants may "
    "continue their current antidepressant medication.",
    "Adults with fatigue after COVID-19 are randomised to naltrexone or placebo for 12 "
    "weeks; antidepressants at a stable dose are allowed.",
    "Naltrexone or placebo for 12 weeks in post-COVID-19 condition. Background medications "
    "are permitted if unchanged for 4 weeks.",
]


@pytest.mark.parametrize("summary", PERMITTED)
def test_permission_in_the_summary(summary: str) -> None:
    f, _ = judge_registration(_study(summary))
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


NOT_PERMITTED = [
    "Adults with post-COVID-19 condition receive naltrexone or placebo. Antidepressants are "
    "not permitted during the study.",
    "Adults with post-COVID-19 condition receive naltrexone or placebo. Antidepressants must "
    "be stopped two weeks before randomisation, and rescue medication is allowed.",
]


@pytest.mark.parametrize("summary", NOT_PERMITTED)
def test_no_permission_no_classes(summary: str) -> None:
    f, _ = judge_registration(_study(summary))
    assert f.concomitant_classes == []
