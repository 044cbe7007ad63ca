"""A rate's denominator counts nobody: "affects roughly one in seven women" is a
prevalence, not seven women studied (round 40, c40a; shown by holdout125 13800006, a
case report whose n read 7 from its opening prevalence line)."""

from __future__ import annotations

import pytest
from written import facts

CASE = ("Journal Article", "Case Reports")
TRIAL = ("Journal Article", "Randomized Controlled Trial")


@pytest.mark.parametrize(
    "opening",
    [
        # the record's wording
        "Postpartum depression affects roughly one in seven women.",
        # probes: digits, "every", a larger denominator
        "Depression complicates about 1 in 5 adults with multiple sclerosis.",
        "Treatment-resistant depression is seen in one in every ten patients in primary care.",
        "Perinatal depression affects 1 in 100 mothers in severe form.",
    ],
)
def test_a_case_reports_prevalence_line_is_no_count(opening: str) -> None:
    title = "Low-dose naltrexone added to sertraline in depression: a case report"
    abstract = (
        f"{opening} We describe a 31-year-old woman with major depression who remained "
        "unwell on sertraline 150 mg; low-dose naltrexone 4.5 mg was added and her EPDS "
        "fell from 16 to 5 over 12 weeks."
    )
    assert facts(title, abstract, CASE).n == 1


def test_a_trials_prevalence_line_leaves_its_count() -> None:
    title = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"
    abstract = (
        "Background: Depression affects one in 300 older adults in this region.\n"
        "Methods: Sixty adults taking an SSRI were randomised to naltrexone 4.5 mg or placebo."
    )
    assert facts(title, abstract, TRIAL).n == 60


def test_a_word_ending_in_one_before_in_is_no_rate() -> None:
    """Guard (holdout42 63100019): "naltrexone in twenty-two men and nineteen women" is
    41 people, not a rate ("...one in")."""
    title = "Low-dose naltrexone for treatment-resistant depression: an open-label study"
    abstract = (
        "We conducted a 12-week open-label study of low-dose naltrexone in twenty-two men "
        "and nineteen women with treatment-resistant major depression. MADRS fell."
    )
    assert facts(title, abstract, ("Journal Article", "Clinical Trial")).n == 41
