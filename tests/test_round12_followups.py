"""A derived report's own people, said in ways round 12 had not met: found by probing
the merged classifier. Each gave the parent trial's size (>= 50: a false larger-trials
verdict) before these tests."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

TITLE = "Low-dose naltrexone added to sertraline in major depression: a secondary analysis"
PARENT = (
    "a randomised trial of naltrexone 4.5 mg/day or placebo added to sertraline in 176 "
    "adults with major depressive disorder"
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        # the report's own act on its people, first person
        (f"We analysed the 43 participants with stored serum from {PARENT}.", 43),
        # the report naming whom it concerns
        (f"This report concerns the 37 participants of {PARENT} who consented to MRI.", 37),
        # a subset said without a noun, then "analysed here"
        (f"In {PARENT}, hair cortisol was collected from a subset of 46, analysed here.", 46),
        # "N of them", then "we report these N"
        (f"In {PARENT}, diaries were complete for 44 of them, and we report these 44.", 44),
        # the sample said to be part of the parent's
        (f"The sample comprised 39 of the 176 adults randomised in {PARENT}.", 39),
        (f"Participants (n = 31) were those of {PARENT} who had genotype data.", 31),
    ],
)
def test_a_derived_report_counts_its_own_people_not_its_parents(methods: str, own: int) -> None:
    abstract = f"Methods: {methods}\nResults: LDN was associated with lower scores."
    assert facts(TITLE, abstract, JOURNAL).n == own
    assert "larger-trials" not in gaps(TITLE, abstract, JOURNAL)


def test_a_derived_report_of_the_whole_sample_keeps_the_whole_sample() -> None:
    abstract = (
        f"Methods: This secondary analysis included all 176 participants of {PARENT}; 81 had "
        "a raised C-reactive protein at baseline.\nResults: CRP did not moderate response."
    )
    assert facts(TITLE, abstract, JOURNAL).n == 176
