"""A comparison cohort or group "treated with X alone", set beside the watched drug's
people, is a comparator arm: its drug is not taken with the watched drug (CONTRACT.md:
a comparator arm does not count toward concomitant_classes) (round 41, c41b; shown by
holdout135 14900034, a cohort protocol whose "300 matched women with perinatal
depression treated with SSRIs alone" read serotonergic)."""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts

COHORT = "Low-dose naltrexone in perinatal depression: protocol for a prospective cohort"
OPEN = "Low-dose naltrexone added to antidepressants in major depression: an open-label trial"


@pytest.mark.parametrize(
    "sentence",
    [
        # the record's wording
        "We will enrol 300 women with a depressive episode in pregnancy or within 12 months "
        "postpartum who are prescribed LDN (1.5-4.5 mg/day) by their treating clinician, and "
        "300 matched women with perinatal depression treated with SSRIs alone.",
        # probes: another drug, "only", "monotherapy", "compared with", "versus"
        "We will follow 150 adults with major depression prescribed naltrexone 4.5 mg/day and "
        "150 adults with major depression taking sertraline alone.",
        "Patients with depression starting low-dose naltrexone (1.5-4.5 mg) will be compared "
        "with patients receiving an SNRI only.",
        "Adults with depression who take naltrexone 3 mg daily, versus matched controls on "
        "escitalopram monotherapy, will be followed for 12 months.",
    ],
)
def test_a_group_on_a_drug_alone_is_a_comparator(sentence: str) -> None:
    assert facts(COHORT, sentence, JOURNAL).concomitant_classes == []


@pytest.mark.parametrize(
    ("sentence", "classes"),
    [
        # near misses that must not change: "alone" as what failed before the watched drug
        # was added, and people on a drug alone who then add the watched drug
        (
            "Thirty adults with major depressive disorder who had not responded to an SSRI "
            "alone received naltrexone 4.5 mg/day added to it for 8 weeks.",
            ["serotonergic"],
        ),
        (
            "Thirty adults with major depressive disorder on sertraline alone had naltrexone "
            "3 mg nightly added for 8 weeks.",
            ["serotonergic"],
        ),
    ],
)
def test_a_drug_alone_before_the_watched_drug_is_added_stays(
    sentence: str, classes: list[str]
) -> None:
    assert facts(OPEN, sentence, TRIAL).concomitant_classes == classes
