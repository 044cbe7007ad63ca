"""People counted by how they responded to a lead-in treatment: "58 non-remitters were
randomized" is the study's sample, like "58 patients" or "58 non-responders". An
enrichment design names those it randomises by their failure to remit, wherever the
count stands (methods, results, an unlabelled abstract, the title).

Round 54, c54d; the record that showed it: holdout181 20000026, "Ultra-low-dose
naltrexone (100 micrograms daily) added to vortioxetine in treatment-resistant
depression: randomized, double-blind, placebo-controlled trial".
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD_TITLE = (
    "Ultra-low-dose naltrexone (100 micrograms daily) added to vortioxetine in "
    "treatment-resistant depression: randomized, double-blind, placebo-controlled trial"
)
RECORD = (
    "Background: At microgram doses naltrexone may enhance rather than block opioid "
    "signalling.\n"
    "Methods: Adults with treatment-resistant depression (two or more failed "
    "antidepressants) were switched to vortioxetine 20 mg and, after 4 weeks, 58 "
    "non-remitters were randomized to naltrexone 100 \u00b5g/day or placebo added to "
    "vortioxetine for 8 weeks.\n"
    "Results: MADRS change was -9.6 vs -6.0 (p = 0.03).\n"
    "Conclusions: Ultra-low-dose naltrexone augmentation of vortioxetine merits replication."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, RCT)
    assert f.n == 58
    assert gaps(RECORD_TITLE, RECORD, RCT).get("larger-trials") == "addressed"


TITLE = "Naltrexone added to an antidepressant in major depressive disorder"
PROBES = [
    # methods, after the lead-in
    (
        TITLE,
        "Methods: Adults with major depressive disorder received sertraline for 6 weeks; "
        "64 non-remitters were then randomized to naltrexone 1 mg/day or placebo.",
        64,
    ),
    # a number word, "randomly assigned"
    (
        TITLE,
        "Background: Many patients fail SSRIs.\nMethods: After an open escitalopram phase, "
        "seventy-two non-remitters were randomly assigned to naltrexone 2 mg daily or "
        "placebo.\nResults: Remission was 30% vs 14%.",
        72,
    ),
    # results, after the number that entered the lead-in
    (
        TITLE,
        "Results: Of 140 adults with major depressive disorder who entered the lead-in, 61 "
        "non-remitters were randomised to naltrexone 1.5 mg or placebo.",
        61,
    ),
    # unlabelled abstract, opening sentence, written without a hyphen
    (
        TITLE,
        "Sixty nonremitters with major depressive disorder on duloxetine were randomized to "
        "naltrexone 1 mg or placebo for 8 weeks. Remission was higher with naltrexone.",
        60,
    ),
    # the title carries the count
    (
        "Naltrexone 1 mg in 66 SSRI non-remitters with major depressive disorder: a "
        "randomized trial",
        "Methods: Patients with major depressive disorder were randomized to naltrexone 1 mg "
        "or placebo added to their SSRI.\nResults: MADRS fell more with naltrexone.",
        66,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), PROBES)
def test_non_remitters_are_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_non_remitters_counted_as_an_outcome_do_not_replace_the_sample() -> None:
    # near miss: the randomised total stays the sample; the non-remitters at the end are
    # a result
    f = facts(
        TITLE,
        "Methods: 40 adults with major depressive disorder on sertraline were randomized to "
        "naltrexone 1 mg or placebo.\nResults: At week 8, 22 non-remitters remained.",
        RCT,
    )
    assert f.n == 40
