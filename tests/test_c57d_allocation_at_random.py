"""Kind: a study that allocated its people by chance, said without the word
"randomised": "allocated at random", "assigned to the two arms at random", allocation by
"a computer-generated sequence". It is a randomised trial, not an unnamed design; a
sample drawn at random ("charts selected at random") or an allocation denied ("not
allocated at random") is not.

Round 57, c57d. No record: design probes (each read as design "other", so a trial of 60
closed no gap).
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Low-dose naltrexone as adjunct in major depressive disorder"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # methods
        (
            TITLE,
            "Methods: Sixty adults with major depressive disorder on sertraline were allocated "
            "at random to naltrexone 4.5 mg or placebo.\nResults: MADRS fell more with LDN "
            "(p = 0.01).",
        ),
        # an unlabelled abstract, words between the verb and "at random"
        (
            TITLE,
            "Seventy outpatients with major depressive disorder taking duloxetine were "
            "assigned to the two arms at random: naltrexone 3 mg or placebo for 8 weeks. "
            "Response was 40% vs 20% (p = 0.03).",
        ),
        # the sequence that allocated
        (
            TITLE,
            "Methods: Sixty adults with major depressive disorder on sertraline underwent 1:1 "
            "allocation by computer-generated sequence to naltrexone 4.5 mg or placebo.\n"
            "Results: MADRS fell more with LDN (p = 0.01).",
        ),
        # the title
        (
            "Naltrexone 2 mg or placebo allocated at random to depressed adults on escitalopram",
            "Sixty-two adults with major depressive disorder took naltrexone 2 mg or placebo "
            "with escitalopram for 8 weeks. HAM-D fell more with naltrexone (p = 0.02).",
        ),
        # results only
        (
            TITLE,
            "Results: Of 60 adults with major depressive disorder divided at random between "
            "naltrexone 4.5 mg and placebo, those on LDN improved more (p = 0.01).",
        ),
    ],
)
def test_allocation_at_random_is_randomised(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "rct"


# near misses: a sample drawn at random, and an allocation denied, are not randomisation
@pytest.mark.parametrize(
    ("abstract", "design"),
    [
        (
            "Sixty adults with major depressive disorder on citalopram received open-label "
            "naltrexone 4.5 mg for 8 weeks in a single-arm study; charts were selected at "
            "random for audit of data quality. MADRS fell by 9 points (p < 0.001).",
            "nonrandomized_trial",
        ),
        (
            "Methods: Sixty adults with major depressive disorder on sertraline were not "
            "allocated at random: those who chose naltrexone 4.5 mg were compared with those "
            "who continued sertraline alone in an open-label study.\nResults: MADRS fell more "
            "with LDN (p = 0.01).",
            "nonrandomized_trial",
        ),
    ],
)
def test_chance_without_allocation_is_no_randomisation(abstract: str, design: str) -> None:
    assert facts(TITLE, abstract).design == design
