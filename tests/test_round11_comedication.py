"""Who takes what, and when (round 11, "co-medication and on-topic").

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Near misses keep their old verdict, so that a rule, not a phrase, is
what passes.
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

SERO = "serotonergic-combination"


# ------------------------------- begun once the watched drug was stopped: not taken with it
_OPEN = (
    "Methods: Thirty adults with major depressive disorder (HAM-D >= 18) took naltrexone "
    "2 mg each morning for 12 weeks.\n"
    "Results: HAM-D fell from 21.4 to 12.2. {later}"
)


@pytest.mark.parametrize(
    "later",
    [
        "Three patients without benefit came off naltrexone at week 8 and then began escitalopram.",
        "Two participants discontinued naltrexone because of insomnia and were later "
        "prescribed duloxetine.",
        "In four, naltrexone was withdrawn at week 6 because of headache and they were "
        "subsequently given citalopram.",
        "Venlafaxine was prescribed to two participants after naltrexone had been stopped.",
    ],
)
def test_an_antidepressant_begun_after_the_drug_was_stopped_is_not_taken_with_it(
    later: str,
) -> None:
    """What replaces the watched drug follows it; it is not taken together with it
    (CONTRACT.md: classes of the antidepressants taken together with LDN)."""
    title = "Naltrexone 2 mg in depression: an open-label trial"
    abstract = _OPEN.format(later=later)
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == []
    assert SERO not in gaps(title, abstract, TRIAL)


@pytest.mark.parametrize(
    "kept",
    [
        # the watched drug stopped, the antidepressant kept: it was taken with it
        "Three patients stopped naltrexone because of vivid dreams and continued "
        "escitalopram alone.",
        "Escitalopram was continued unchanged after naltrexone was stopped in three.",
    ],
)
def test_near_miss_an_antidepressant_kept_on_when_the_drug_stopped_still_counts(kept: str) -> None:
    title = "Naltrexone 2 mg added to escitalopram: an open-label trial"
    abstract = (
        "Methods: Thirty adults with major depressive disorder (HAM-D >= 18) on a stable "
        "dose of escitalopram took naltrexone 2 mg each morning for 12 weeks.\n"
        f"Results: HAM-D fell from 21.4 to 12.2. {kept}"
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == ["serotonergic"]
