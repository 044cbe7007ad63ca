"""Kind: people taking the watched drug "with or without" an antidepressant ("with or
without SSRIs, SNRIs or other antidepressants", "with and without a stable SSRI") include
some who take it alongside: the drug counts. "Without" alone still says none is taken.

Round 44, c44c. Shown by holdout155 17000030 ("The LDN Mood Registry: protocol for a
prospective cohort ...", "... prescribes LDN (any dose, typically 1.5-4.5 mg), with or
without SSRIs, SNRIs or other antidepressants"), read with no classes. A cohort's protocol
closes no gap; the classes still count.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "The LDN Mood Registry: protocol for a prospective cohort of patients prescribed "
    "low-dose naltrexone for depression",
    "Background: Off-label LDN use for depression is growing faster than trial evidence.\n"
    "Objective: To describe outcomes and safety of LDN in routine psychiatric practice.\n"
    "Methods: A prospective, multicentre observational registry will enrol 500 adults with "
    "a depressive disorder for whom their psychiatrist prescribes LDN (any dose, typically "
    "1.5-4.5 mg), with or without SSRIs, SNRIs or other antidepressants. Follow-up is 12 "
    "months. No intervention is assigned by the study.\n"
    "Results: Enrolment began in March 2026.",
)


def test_the_registry_counts_the_classes_and_closes_no_gap() -> None:
    f = facts(*RECORD)
    assert f.design == "observational"
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic"}
    assert gaps(*RECORD) == {}


TITLE = "Low-dose naltrexone in major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "classes"),
    [
        (
            "Sixty adults with major depressive disorder, with or without a stable SSRI, "
            "were randomised to naltrexone 4.5 mg or placebo.",
            {"serotonergic"},
        ),
        (
            "Outpatients with major depression with and without ongoing venlafaxine were "
            "randomly assigned to naltrexone 2 mg or placebo for 8 weeks.",
            {"serotonergic", "noradrenergic"},
        ),
        (
            "Adults with major depressive disorder took naltrexone 3 mg or placebo, with or "
            "without mirtazapine as prescribed by their psychiatrist.",
            {"serotonergic", "noradrenergic"},
        ),
    ],
)
def test_with_or_without_a_drug_counts_it(methods: str, classes: set[str]) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone."
    assert set(facts(TITLE, abstract, RCT).concomitant_classes) == classes


@pytest.mark.parametrize(
    "methods",
    [
        "Sixty adults with major depressive disorder without SSRIs or SNRIs were randomised "
        "to naltrexone 4.5 mg or placebo.",
        "Adults with major depressive disorder, without any antidepressant (including "
        "sertraline) for four weeks, were randomised to naltrexone 4.5 mg or placebo.",
    ],
)
def test_without_alone_counts_nothing(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone."
    assert facts(TITLE, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(TITLE, abstract, RCT)
