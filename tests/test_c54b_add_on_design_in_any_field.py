"""A registration keeps its people on the antidepressant they came in on wherever it says
so: then its baseline count of that antidepressant is what they take with the study drug.

Kind: a completed registration posts, among its baseline characteristics, the
antidepressants its people were on at entry ("Antidepressant at baseline": SSRI 40,
SNRI 22, ...; "Antidepressant prescribed for depression at baseline": escitalopram 20,
...). That count is co-medication where the trial is an add-on design, and a
registration states the design in any field: the brief summary ("who continue their
current antidepressant"), the detailed description ("any licensed antidepressant at a
stable dose was allowed", "usual care ... was not altered by the study"), an arm or an
intervention ("naltrexone 4.5 mg daily plus usual care", "added to the participant's
existing antidepressant"), or the inclusion criteria ("current antidepressant unchanged
for >= 6 weeks"). A registration that takes people off their antidepressant in any of
those fields, or compares the drug with usual care instead of adding it, gives nothing.

Round 54, c54b; the records that showed it: registry52 NCT04300016 (ORCA, "Naltrexone 1 mg
or 3 mg Daily as Adjunct in Treatment-Resistant Depression") and NCT04300029 ("LDN as
Add-on to Usual Care for Depression in Primary Care").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import baseline_count, completed_registration, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()
PLAIN_SUMMARY = "Adults with major depression are randomised to naltrexone 4.5 mg or placebo."
PLAIN_CRITERION = "MADRS >= 22"
TABLE = ("Antidepressant at baseline", ["SSRI", "SNRI", "None"])


def _study(
    *,
    summary: str = PLAIN_SUMMARY,
    description: str | None = None,
    arm: str = "Naltrexone 4.5 mg at bedtime for 8 weeks",
    intervention: str | None = None,
    criterion: str = PLAIN_CRITERION,
    table: tuple[str, list[str]] = TABLE,
) -> dict[str, Any]:
    study = completed_registration(
        nct="NCT01234570",
        official_title="Low-Dose Naltrexone in Major Depressive Disorder",
        summary=summary,
        enrolled=60,
        drug_arm=("LDN 4.5 mg", arm),
        placebo_text="Placebo at bedtime for 8 weeks",
        criteria=f"Inclusion Criteria:\n\n* MDD, current episode\n* {criterion}\n\n"
        "Exclusion Criteria:\n\n* Opioids within 14 days",
        measures=[baseline_count(*table, values=("9", "9"))],
    )
    ps = study["protocolSection"]
    if description is not None:
        ps["descriptionModule"]["detailedDescription"] = description
    if intervention is not None:
        ps["armsInterventionsModule"]["interventions"][0]["description"] = intervention
    return study


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


def _record(nct: str, title: str, summary: str, description: str, criteria: str,
            arms: list[tuple[str, str, str]], measure: tuple[str, list[tuple[str, str]]],
            enrolled: int) -> dict[str, Any]:  # fmt: skip
    """A registration in the shape of the round's records, baseline counts per category."""
    mtitle, cats = measure
    counts = {
        "title": mtitle,
        "paramType": "COUNT_OF_PARTICIPANTS",
        "classes": [
            {
                "categories": [
                    {"title": c, "measurements": [{"groupId": "BG000", "value": v}]}
                    for c, v in cats
                ]
            }
        ],
    }
    return registration(
        nct=nct,
        title=title,
        status="COMPLETED",
        summary=summary,
        description=description,
        conditions=["Depression"],
        allocation="RANDOMIZED",
        enrollment=enrolled,
        enrollment_type="ACTUAL",
        arms=[
            (label, kind, desc, ["Placebo" if kind.startswith("PLACEBO") else "Naltrexone"])
            for label, kind, desc in arms
        ],
        outcomes=["Change in MADRS"],
        criteria=criteria,
        has_results=True,
        results={"baselineCharacteristicsModule": {"measures": [counts]}},
    )


def test_records() -> None:
    orca = _record(
        "NCT04300016",
        "Naltrexone 1 mg or 3 mg Daily as Adjunct in Treatment-Resistant Depression",
        "Participants with treatment-resistant depression who continue their current "
        "antidepressant are randomized to naltrexone 1 mg/day, naltrexone 3 mg/day or placebo "
        "for 8 weeks.",
        "Any licensed antidepressant at a stable dose was allowed. Completers may enter the "
        "open-label extension (ORCA-X).",
        "Inclusion Criteria:\n\n* MDD, current episode, MADRS >= 22\n* Inadequate response to "
        ">= 2 antidepressants in the current episode (MGH-ATRQ)\n* Current antidepressant "
        "unchanged for >= 6 weeks\n\nExclusion Criteria:\n\n* Opioids\n* ECT in the past 6 months",
        [
            ("1 mg", "EXPERIMENTAL", "Naltrexone 1 mg once daily"),
            ("3 mg", "EXPERIMENTAL", "Naltrexone 3 mg once daily"),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo once daily"),
        ],
        (
            "Antidepressant at baseline",
            [
                ("SSRI", "40"),
                ("SNRI", "22"),
                ("Bupropion", "12"),
                ("Other (mirtazapine, vortioxetine, TCA)", "10"),
            ],
        ),
        84,
    )
    f = _facts(orca)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic", "dopaminergic"]
    primary = _record(
        "NCT04300029",
        "LDN as Add-on to Usual Care for Depression in Primary Care",
        "Adults with moderate depression (PHQ-9 >= 10) in general practice were randomised to "
        "LDN 4.5 mg daily or placebo on top of usual care, which could include "
        "antidepressants, for 12 weeks.",
        "Usual care was at the discretion of the GP and was not altered by the study.",
        "Inclusion Criteria:\n\n* Depressive episode or persistent depressive disorder "
        "diagnosed by GP, PHQ-9 >= 10\n\nExclusion Criteria:\n\n* Opioid use\n* Bipolar disorder",
        [
            ("LDN + usual care", "EXPERIMENTAL", "Naltrexone 4.5 mg daily plus usual care"),
            ("Placebo + usual care", "PLACEBO_COMPARATOR", "Placebo plus usual care"),
        ],
        (
            "Antidepressant prescribed for depression at baseline",
            [("Escitalopram", "20"), ("Sertraline", "14"), ("Venlafaxine", "9"), ("None", "15")],
        ),
        58,
    )
    f = _facts(primary)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


KEPT = [
    # the brief summary
    {"summary": "Outpatients who keep taking their antidepressant receive naltrexone 4.5 mg "
     "or placebo."},
    {"summary": "Naltrexone 2 mg or placebo is added to the participant's existing "
     "antidepressant for 10 weeks."},
    # the detailed description
    {"description": "Stable antidepressant therapy was permitted throughout."},
    {"description": "Participants' usual treatment was not changed by the trial."},
    {"description": "Each person's current medication is maintained; the study adds "
     "naltrexone or placebo."},
    # the arm, the intervention
    {"arm": "Naltrexone 3 mg nightly in addition to current antidepressant treatment"},
    {"intervention": "Naltrexone 4.5 mg capsule taken on top of the usual antidepressant"},
    # the inclusion criteria
    {"criterion": "Current antidepressant unchanged for at least 4 weeks"},
    {"criterion": "Ongoing antidepressant treatment will be continued at the same dose"},
]  # fmt: skip


@pytest.mark.parametrize("fields", KEPT)
def test_add_on_design_in_any_field(fields: dict[str, str]) -> None:
    f = _facts(_study(**fields))
    assert f.on_topic
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


NOT_KEPT = [
    # nothing says the antidepressant was kept
    {},
    # compared with usual care, not added to it
    {"summary": "Adults with major depression are randomised to naltrexone 4.5 mg or to "
     "usual care."},
    # taken off it, in any field
    {"summary": "Participants stop their current antidepressant and receive naltrexone "
     "4.5 mg or placebo."},
    {"description": "Antidepressants were tapered off over two weeks before the first dose."},
    {"arm": "Naltrexone 4.5 mg after discontinuing any antidepressant"},
    {"description": "Usual care continues.", "criterion": "Antidepressant-free for 4 weeks"},
    # the count is of what was tried before
    {"description": "Stable antidepressant therapy was permitted throughout.",
     "table": ("Antidepressants tried before entry", ["SSRI", "SNRI"])},
]  # fmt: skip


@pytest.mark.parametrize("fields", NOT_KEPT)
def test_no_add_on_design_gives_nothing(fields: dict[str, Any]) -> None:
    assert _facts(_study(**fields)).concomitant_classes == []
