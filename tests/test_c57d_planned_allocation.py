"""Kind: a trial whose allocation is still to come, told with an adverb before the verb
("will be randomly assigned", "will be centrally allocated", "will then receive"), is a
protocol: its people have not been randomised, so it has no results and can only put a
gap in progress, never address it.

Round 57, c57d. No record: a design probe (a registration-style abstract saying "will be
randomly assigned 1:1" was read as a randomised trial with results, a false "addressed").
"""

from __future__ import annotations

import pytest
from written import facts, gaps

PROBES = [
    # methods, with a discussion that names the trial
    (
        "Low-dose naltrexone as adjunct in major depressive disorder",
        "Methods: Participants (n = 120) with major depressive disorder will be randomly "
        "assigned 1:1 to naltrexone 4.5 mg or placebo added to their SSRI.\n"
        "Discussion: This trial will test LDN.",
    ),
    # an unlabelled abstract, another adverb and verb
    (
        "Adjunctive naltrexone 2 mg with venlafaxine in treatment-resistant depression",
        "Ninety adults with treatment-resistant depression taking venlafaxine will be "
        "centrally allocated to naltrexone 2 mg nightly or matching placebo for 12 weeks. "
        "The primary outcome is the change in MADRS.",
    ),
    # the opening sentence, the allocation told as "randomly allocated"
    (
        "Naltrexone 3 mg added to escitalopram for major depression",
        "Eighty outpatients with major depressive disorder on escitalopram will be randomly "
        "allocated to naltrexone 3 mg or placebo. Response is the primary outcome.",
    ),
    # what everyone will get, with "then"
    (
        "Low-dose naltrexone with sertraline in persistent depressive disorder",
        "Methods: Sixty adults with persistent depressive disorder will first complete a "
        "one-week placebo lead-in and will then receive naltrexone 4.5 mg with sertraline "
        "for eight weeks.\nOutcomes: HAM-D change at week 8.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_a_planned_allocation_is_a_protocol(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "protocol"
    assert "addressed" not in gaps(title, abstract).values()


# near misses: allocations done, told with the same adverbs, stay trials with results
@pytest.mark.parametrize(
    ("title", "abstract", "design"),
    [
        (
            "Low-dose naltrexone as adjunct in major depressive disorder",
            "Methods: Sixty adults with major depressive disorder on sertraline were "
            "randomly assigned to naltrexone 4.5 mg or placebo.\nResults: MADRS fell more "
            "with LDN (p = 0.01).",
            "rct",
        ),
        (
            "Low-dose naltrexone as adjunct in major depressive disorder",
            "Sixty adults with major depressive disorder were randomly assigned to "
            "naltrexone 4.5 mg or placebo added to sertraline; MADRS fell more with LDN "
            "(p = 0.01). Whether the benefit lasts will be examined in a later study.",
            "rct",
        ),
    ],
)
def test_allocations_done_stay_trials(title: str, abstract: str, design: str) -> None:
    assert facts(title, abstract).design == design
