"""A registration's baseline count of what people take is co-medication where they take
it with the study drug: said as "concurrent", or counted at entry where the registration
lets them go on with it.

Kind: a registration with posted results counts, among its baseline characteristics, the
antidepressants its people were on ("Concurrent antidepressant at randomization": SSRI,
SNRI, bupropion, mirtazapine; "Concurrent medication": fluoxetine 11, sertraline 6;
"Taking an antidepressant at baseline": SSRI, SNRI). "Concurrent" is taken alongside the
study drug, as "concomitant" is. A count at entry is what people take alongside it where
the registration keeps them on it: an inclusion criterion "Continuing that
antidepressant at a stable dose", or one that permits it ("Stable antidepressant
treatment is allowed", "Current medications may be continued"). A category no
participant is counted in names nobody's medication. Forbidden, stopped or earlier
medication gives nothing.

Round 52, c52c. The records that showed it: registry50 NCT04500004 (NALIAR, "Concurrent
antidepressant at randomization"), NCT04500018 (adolescents, "Concurrent medication":
Fluoxetine, Sertraline) and NCT04500009 (post-COVID fatigue, "Taking an antidepressant at
baseline": SSRI, SNRI; "Stable antidepressant treatment is allowed").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import baseline_count, completed_registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()
SUMMARY = "Adults with major depression are randomised to naltrexone 4.5 mg or placebo."


def _study(
    title: str, categories: list[str], inclusion: str, summary: str = SUMMARY, value: str = "9"
) -> dict[str, Any]:
    return completed_registration(
        nct="NCT01234569",
        official_title="Low-Dose Naltrexone Augmentation in Major Depressive Disorder",
        summary=summary,
        enrolled=48,
        drug_arm=("LDN 4.5 mg", "Naltrexone 4.5 mg at bedtime for 8 weeks"),
        placebo_text="Placebo at bedtime for 8 weeks",
        criteria=f"Inclusion Criteria:\n\n* MADRS >= 22\n* {inclusion}\n\n"
        "Exclusion Criteria:\n\n* Opioids within 14 days",
        measures=[baseline_count(title, categories, values=(value, value))],
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    ("title", "categories", "inclusion", "classes"),
    [
        # the records' wording: NCT04500004 ...
        (
            "Concurrent antidepressant at randomization",
            [
                "SSRI (escitalopram, sertraline, fluoxetine)",
                "SNRI (venlafaxine, duloxetine)",
                "Bupropion",
                "Mirtazapine",
            ],
            "Continuing that antidepressant at a stable dose; no changes allowed during the study",
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
        # ... NCT04500018 ...
        (
            "Concurrent medication",
            ["Fluoxetine", "Sertraline", "No antidepressant"],
            "Current medications may be continued",
            ["serotonergic"],
        ),
        # ... NCT04500009
        (
            "Taking an antidepressant at baseline",
            ["SSRI", "SNRI", "None"],
            "Stable antidepressant treatment is allowed",
            ["serotonergic", "noradrenergic"],
        ),
        # concurrent, whatever the criteria say
        (
            "Concurrent antidepressant use",
            ["Nortriptyline"],
            "Age 18-65",
            ["serotonergic", "noradrenergic"],
        ),
        # only some other antidepressant is stopped
        (
            "Concurrent antidepressant",
            ["Sertraline"],
            "On a stable SSRI; other antidepressants must be discontinued",
            ["serotonergic"],
        ),
        # kept on, in other words
        (
            "Medication at enrolment",
            ["Duloxetine"],
            "Patients will continue their current antidepressant unchanged",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Antidepressant at study entry",
            ["Vortioxetine"],
            "Antidepressants are permitted if the dose has been stable for 4 weeks",
            ["serotonergic"],
        ),
        (
            "Antidepressant class at baseline",
            ["Reboxetine"],
            "Keeping the same antidepressant throughout the trial",
            ["noradrenergic"],
        ),
    ],
)
def test_taken_with_the_drug_counts(
    title: str, categories: list[str], inclusion: str, classes: list[str]
) -> None:
    f = _facts(_study(title, categories, inclusion))
    assert f.on_topic
    assert f.concomitant_classes == classes


@pytest.mark.parametrize(
    ("title", "categories", "inclusion", "value"),
    [
        # forbidden, in words that name the permission
        (
            "Taking an antidepressant at baseline",
            ["SSRI", "SNRI"],
            "Antidepressants are not allowed",
            "9",
        ),
        (
            "Antidepressant at study entry",
            ["Sertraline"],
            "No antidepressant treatment is permitted within 4 weeks of baseline",
            "9",
        ),
        # stopped before the study drug
        (
            "Antidepressant at baseline",
            ["Escitalopram"],
            "Willing to discontinue their antidepressant",
            "9",
        ),
        (
            "Antidepressant at baseline",
            ["Escitalopram"],
            "Must stop the current antidepressant",
            "9",
        ),
        # earlier medication, however it is described
        (
            "Prior concurrent antidepressant",
            ["Paroxetine"],
            "Current medications may be continued",
            "9",
        ),
        # named, but nobody took it
        (
            "Concurrent medication",
            ["Sertraline", "Venlafaxine"],
            "Current medications may be continued",
            "0",
        ),
        # taken for sleep or pain, not for depression
        (
            "Concurrent medication for sleep",
            ["Trazodone 50 mg at bedtime"],
            "Current medications may be continued",
            "9",
        ),
        ("Concurrent pain medication", ["Amitriptyline 10 mg"], "Age 18-65", "9"),
        # washed out before randomisation
        (
            "Concurrent medication",
            ["Escitalopram"],
            "Antidepressants must be discontinued before randomisation",
            "9",
        ),
        # permitted, but the count is of what people took before entry
        (
            "Antidepressants tried before entry",
            ["Citalopram"],
            "Stable antidepressant treatment is allowed",
            "9",
        ),
    ],
)
def test_not_taken_with_the_drug_gives_nothing(
    title: str, categories: list[str], inclusion: str, value: str
) -> None:
    f = _facts(_study(title, categories, inclusion, value=value))
    assert f.concomitant_classes == []
