"""Kind: a calendar year is never a count of people, wherever it stands ("Between 2019
and 2023 we recruited adults ..." is no sample of 2023). Round 58, c58b; the record that
showed it: holdout204 22800034 (LDN for bipolar I depression on lithium), n 2023 for 88.
Near misses: a year-shaped number with no year words around it still counts people."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = "Low-dose naltrexone for depressive episodes of bipolar I disorder in patients maintained on lithium"
RECORD = (
    "Depressive episodes dominate the course of bipolar I disorder and antidepressants carry "
    "a risk of switching. Preclinical work implicates endogenous opioid tone in hedonic "
    "capacity, and two small uncontrolled series (of 9 and 14 patients) reported benefit from "
    "low-dose naltrexone (LDN) in bipolar depression. Between 2019 and 2023 we recruited adults "
    "with bipolar I disorder in a current depressive episode (MADRS 22 or more) who had been "
    "maintained on lithium (serum level 0.6-1.0 mmol/L) for at least 3 months; patients taking "
    "antidepressants or antipsychotics were excluded. Participants were randomly allocated, "
    "double-blind, to naltrexone 4.5 mg at bedtime or placebo for 8 weeks and were seen at "
    "weeks 1, 2, 4, 6 and 8. MADRS response was 41% with LDN and 24% with placebo; YMRS scores "
    "did not rise and no patient switched to mania. In this randomised trial of 88 adults with "
    "bipolar I depression on lithium, LDN added to lithium was safe and may improve depressive "
    "symptoms."
)


def test_record() -> None:
    assert facts(TITLE, RECORD, ("Journal Article", *RCT)).n == 88


SIZE = "In this trial of 64 outpatients, LDN 4.5 mg nightly was well tolerated."

# (title, abstract, expected n)
PROBES = [
    # a year range in the opening sentence
    (
        "Low-dose naltrexone in treatment-resistant depression",
        "From 2018 to 2022 outpatients with treatment-resistant depression took low-dose "
        "naltrexone 3 mg daily for 12 weeks. HAM-D scores fell. " + SIZE,
        64,
    ),
    # a year in methods, labelled
    (
        "Low-dose naltrexone added to sertraline for major depression",
        "Background: Opioid signalling may bear on mood.\n"
        "Methods: In 2021 we enrolled adults with major depressive disorder on sertraline; "
        "they received LDN 4.5 mg or placebo.\n"
        "Results: Response was 38% versus 22%.\n"
        "Conclusions: " + SIZE,
        64,
    ),
    # a month and year before the people
    (
        "LDN for depression in multiple sclerosis",
        "Methods: Between March 2020 and June 2023 patients with multiple sclerosis and "
        "depression were given naltrexone 4.5 mg.\nResults: Depression scores improved.\n"
        "Conclusions: " + SIZE,
        64,
    ),
    # a year range in the title, and since a year in results
    (
        "Low-dose naltrexone for depression in fibromyalgia, 2017-2021",
        "Since 2017 adults with fibromyalgia and depression have been offered LDN 4.5 mg at "
        "our clinic. Mood improved in most. " + SIZE,
        64,
    ),
    # "in 2020, 42 adults": the year is no count, the 42 is
    (
        "LDN in depression",
        "In 2020, 42 adults with major depression were randomised to LDN 1.5 mg or placebo. "
        "Response was higher with LDN.",
        42,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), PROBES)
def test_years_are_no_count(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TRIAL).n == n


# near misses: a year-shaped number with no year words around it counts people
NEAR = [
    (
        "LDN in depression",
        "A total of 2023 adults with depression were randomised to LDN 4.5 mg or placebo.",
        2023,
    ),
    (
        "LDN in depression",
        "We enrolled 1984 patients with depression and gave them LDN 4.5 mg.",
        1984,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), NEAR)
def test_year_shaped_counts_still_count(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TRIAL).n == n
