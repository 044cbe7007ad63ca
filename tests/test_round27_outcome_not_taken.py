"""Round 27 (c27c, batch 16): an antidepressant named as what a study counted or compared
as an outcome is not taken together with LDN (holdout80 25100020: "initiation of SSRIs was
less frequent (HR 0.86)"). The probes say the kind in other words."""

from __future__ import annotations

import pytest
from written import RCT, facts

COHORT = "Low-dose naltrexone and depressive symptoms in multiple sclerosis: a register cohort"
METHODS = (
    "Methods: LDN users (3-4.5 mg) were matched 1:4 with non-users on age and sex. Outcomes "
    "were HADS-depression scores and new antidepressant prescriptions."
)


@pytest.mark.parametrize(
    "results",
    [
        # the record's own words
        "HADS-D scores were slightly lower among users, and initiation of SSRIs was less "
        "frequent (HR 0.86; 95% CI 0.75-0.99).",
        # probes: the start named by other nouns and said in other ways
        "Depression scores fell slightly; the hazard of a first SNRI prescription was lower "
        "in LDN users than in non-users (HR 0.81).",
        "Depression scores fell slightly. New dispensing of tricyclic antidepressants did not "
        "differ between the groups (OR 1.02).",
        "Depression scores fell slightly. Fewer LDN users than non-users started sertraline "
        "during follow-up (4.1% vs 6.0%).",
    ],
)
def test_an_antidepressant_counted_as_an_outcome_is_not_taken_with_ldn(results: str) -> None:
    abstract = f"{METHODS}\nResults: We identified 1,216 LDN users. {results}"
    f = facts(COHORT, abstract, ("Observational Study", "Journal Article"))
    assert f.on_topic
    assert f.concomitant_classes == []


def test_an_antidepressant_named_as_an_outcome_measure_is_not_taken_with_ldn() -> None:
    abstract = (
        "Methods: LDN users were matched with non-users. The secondary outcome was time to "
        "initiation of an SSRI or mirtazapine.\nResults: Depression scores were lower in users."
    )
    f = facts(COHORT, abstract, ("Observational Study", "Journal Article"))
    assert f.concomitant_classes == []


def test_an_antidepressant_taken_alongside_still_counts_when_its_use_is_compared() -> None:
    # baseline use compared between arms is still people taking it with LDN
    abstract = (
        "Methods: 120 adults with major depressive disorder on a stable SSRI were randomised "
        "to LDN 4.5 mg or placebo added to their SSRI.\nResults: SSRI use was similar "
        "between arms (sertraline 40% vs 38%). MADRS fell more with LDN."
    )
    f = facts("LDN augmentation in depression: an RCT", abstract, RCT)
    assert f.concomitant_classes == ["serotonergic"]
