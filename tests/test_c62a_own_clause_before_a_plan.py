"""Kind: a sentence that tells the study's own finished work and then, after a comma and a
conjunction, a plan for another study ("... feasible in the 18 young people enrolled, and
a randomised trial of 100 is planned") keeps its own clause: the study's people are its n,
the planned trial's size never is.

Round 62, c62a; record holdout218 24400040 (n stated only in that conclusion).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

CASES = [
    (
        "Low-dose naltrexone added to fluoxetine in adolescents with major depression: an "
        "open-label feasibility study",
        "Adolescents with MDD not remitted on fluoxetine received naltrexone 3 mg/day for 12 "
        "weeks. Sixteen completed all 7 visits. In conclusion, LDN with fluoxetine was "
        "feasible and acceptable in the 18 young people enrolled, and a randomised trial of "
        "100 is planned.",
        18,
    ),
    (
        "Naltrexone 1.5 mg with sertraline in postpartum depression: open-label pilot",
        "Methods: Women on sertraline took naltrexone 1.5 mg for 8 weeks.\nConclusions: The "
        "combination was well tolerated by the 23 women treated, but a placebo-controlled "
        "trial of 150 will be needed.",
        23,
    ),
    (
        "Low-dose naltrexone with escitalopram in older adults: single-arm study",
        "Twenty-nine older adults taking escitalopram were treated with naltrexone 4.5 mg, and "
        "a larger trial is planned in 120 patients. Depression scores fell.",
        29,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), CASES)
def test_the_own_clause_keeps_its_people(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TRIAL).n == n


def test_the_planned_size_addresses_nothing() -> None:
    title, abstract, _ = CASES[0]
    assert "larger-trials" not in gaps(title, abstract, TRIAL)


def test_a_plan_alone_is_no_count() -> None:
    assert (
        facts(
            "Low-dose naltrexone in depression: a pilot",
            "Adults with MDD received naltrexone 4.5 mg. Results were promising, and a "
            "randomised trial of 200 patients is planned.",
            TRIAL,
        ).n
        is None
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # cited work after ", and", not a plan: the whole sentence stays another study's
        # (preprints50 PPR4900005, at the merge of round 62: a false serotonergic reading)
        "In unipolar depression, Smith and colleagues randomised 12 patients to naltrexone 1 mg "
        "twice daily, and a larger trial (n = 148) has since combined 4.5 mg with SSRIs and "
        "SNRIs.",
    ],
)
def test_cited_work_after_and_is_no_plan_and_no_comedication(sentence: str) -> None:
    f = facts(
        "Adjunctive low-dose naltrexone in bipolar depression: a pilot randomized trial",
        f"{sentence} We randomised 38 adults with bipolar depression, maintained on lithium, to "
        "naltrexone 2 mg/day or placebo for 8 weeks. Antidepressants were not permitted. MADRS "
        "scores improved in both groups.",
        ("Randomized Controlled Trial",),
    )
    assert f.concomitant_classes == []
    assert f.n == 38
