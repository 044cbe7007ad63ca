"""A posted baseline count of the antidepressants people took at entry is co-medication
in an add-on trial.

Kind: a registration with posted results counts, among its baseline characteristics,
the antidepressants participants were taking when they entered ("Antidepressant taken at
baseline": SSRI 35, SNRI 19, bupropion 12). Where the trial adds its drug to the
antidepressant people are on (an inclusion criterion "on a stable antidepressant", or a
summary "added to the participant's current antidepressant"), what they took at entry is
what they take alongside LDN, as a careful pharmacist reads it; elsewhere it may be what
they stopped before the study drug began, and gives nothing.

Round 50, c50b. The record that showed it: registry48 NCT04700023 ("Partial Versus Full
Opioid Blockade in Depression": inclusion "on a stable antidepressant for >= 6 weeks",
baseline measure "Antidepressant taken at baseline": SSRI, SNRI, Bupropion).
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
RECORD_INCLUSION = "MDD, MADRS >= 20, on a stable antidepressant for >= 6 weeks"
RECORD_SUMMARY = (
    "Tests whether partial opioid receptor blockade (low-dose naltrexone) and full blockade "
    "(standard-dose naltrexone) differ in antidepressant effect when added to the "
    "participant's current antidepressant."
)
PLAIN_SUMMARY = "Adults with major depression are randomised to naltrexone 2.5 mg or placebo."


def _study(title: str, categories: list[str], inclusion: str, summary: str) -> dict[str, Any]:
    return completed_registration(
        nct="NCT01234568",
        brief_title="Low-Dose Naltrexone in Depression",
        official_title="Low-Dose Naltrexone for Major Depressive Disorder",
        summary=summary,
        enrolled=66,
        drug_arm=("Naltrexone", "Naltrexone 2.5 mg once daily for 8 weeks"),
        placebo_text="Placebo once daily for 8 weeks",
        criteria=f"Inclusion Criteria:\n\n* {inclusion}\n\nExclusion Criteria:\n\n* Opioids",
        measures=[baseline_count(title, categories, values=("12",))],
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    ("title", "categories", "inclusion", "summary", "classes"),
    [
        # the record's wording
        (
            "Antidepressant taken at baseline",
            ["SSRI", "SNRI", "Bupropion"],
            RECORD_INCLUSION,
            RECORD_SUMMARY,
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
        # the add-on said only by the inclusion criterion
        (
            "Medication at study entry",
            ["Escitalopram", "Sertraline"],
            "Currently taking an antidepressant at an adequate dose for at least 8 weeks",
            PLAIN_SUMMARY,
            ["serotonergic"],
        ),
        # ... or only by the summary
        (
            "Antidepressant class at randomization",
            ["SNRI"],
            "Major depressive disorder with a HAM-D17 of 18 or more",
            "Naltrexone 2.5 mg or placebo is added to the current antidepressant of adults "
            "with major depression.",
            ["serotonergic", "noradrenergic"],
        ),
        # a treatment at baseline, the people on stable antidepressant treatment
        (
            "Baseline antidepressant treatment",
            ["Vortioxetine"],
            "On a stable dose of an antidepressant for 4 weeks",
            PLAIN_SUMMARY,
            ["serotonergic"],
        ),
    ],
)
def test_taken_at_entry_in_an_add_on_trial_counts(
    title: str, categories: list[str], inclusion: str, summary: str, classes: list[str]
) -> None:
    f = _facts(_study(title, categories, inclusion, summary))
    assert f.on_topic
    assert f.concomitant_classes == classes


@pytest.mark.parametrize(
    ("title", "inclusion", "summary"),
    [
        # people who came off their antidepressant before the study drug
        (
            "Antidepressant taken at baseline",
            "MDD, MADRS >= 20, not on any antidepressant for 4 weeks",
            PLAIN_SUMMARY,
        ),
        # no add-on said anywhere: what they took at entry may have been stopped
        (
            "Antidepressant taken at baseline",
            "MDD, MADRS >= 20",
            PLAIN_SUMMARY,
        ),
        # the measure itself says stopped, in an add-on trial
        (
            "Antidepressant discontinued before baseline",
            RECORD_INCLUSION,
            RECORD_SUMMARY,
        ),
        # history
        ("Prior antidepressant at baseline", RECORD_INCLUSION, RECORD_SUMMARY),
    ],
)
def test_taken_at_entry_elsewhere_gives_nothing(title: str, inclusion: str, summary: str) -> None:
    f = _facts(_study(title, ["Sertraline", "Venlafaxine"], inclusion, summary))
    assert f.concomitant_classes == []
