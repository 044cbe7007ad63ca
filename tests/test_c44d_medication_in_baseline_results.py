"""A registration whose own fields say only "any usual treatment" may list in its posted
results' baseline what participants went on taking during the trial ("Antidepressant
Continued During the Trial": escitalopram, sertraline, venlafaxine, ...): those are the
co-medications taken alongside the drug (round 44, c44d; shown by registry43 NCT05200014,
read with no co-medication and so a missed serotonergic "addressed"). A baseline count of
what people took before the trial ("Prior antidepressant trials") is history."""

from __future__ import annotations

from typing import Any

import pytest
from written import baseline_count, completed_registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()


def _measure(title: str, categories: list[str]) -> dict[str, Any]:
    return baseline_count(title, categories)


def _study(measure: dict[str, Any]) -> dict[str, Any]:
    return completed_registration(
        nct="NCT01234567",
        brief_title="Naltrexone for Anhedonia in Depression",
        official_title="Low-Dose Naltrexone for Anhedonia in Major Depressive Disorder",
        summary="Adults with major depression were randomised to naltrexone 4.5 mg or placebo "
        "once daily for 8 weeks. Participants kept their usual treatment.",
        enrolled=76,
        drug_arm=("Naltrexone", "Naltrexone 4.5 mg once daily for 8 weeks"),
        placebo_text="Placebo once daily for 8 weeks",
        outcome="Change in HAM-D17",
        criteria="Inclusion Criteria:\n\n* MDD (DSM-5), HAM-D17 >= 16\n"
        "* Any usual treatment at a dose unchanged for >= 6 weeks\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
        measures=[measure],
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    ("title", "drugs", "classes"),
    [
        # the record's wording
        (
            "Antidepressant Continued During the Trial",
            ["Escitalopram", "Sertraline", "Venlafaxine", "Mirtazapine", "Bupropion"],
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
        # probes: other titles for the same count
        ("Concomitant Antidepressant Medication", ["Duloxetine", "None"], None),
        ("Background antidepressant at baseline", ["Vortioxetine"], ["serotonergic"]),
    ],
)
def test_baseline_medication_taken_during_the_trial_counts(
    title: str, drugs: list[str], classes: list[str] | None
) -> None:
    f = _facts(_study(_measure(title, drugs)))
    assert f.on_topic
    if classes is None:
        assert "serotonergic" in f.concomitant_classes
    else:
        assert f.concomitant_classes == classes


@pytest.mark.parametrize(
    "title",
    # near misses: what people took before the trial
    ["Prior Antidepressant Trials", "Previous Antidepressant Treatment Failures"],
)
def test_baseline_history_is_not_co_medication(title: str) -> None:
    f = _facts(_study(_measure(title, ["Sertraline", "Venlafaxine"])))
    assert f.concomitant_classes == []
