"""Kind: a span of dates written before "of N people" ("records 2019-2024 of 210 adults",
"charts from 2015 to 2020 of 88 patients") is no count of which the people are a part:
the N people whose records were reviewed are the study's sample. A count before "of" is
still a part ("40 of 120 patients"), and so is a lone number.

Round 62, c62a; record holdout219 24500021 ("Dispensing records 2019-2024 of 210 adults
with a depression diagnosis who received LDN (1.5 to 4.5 mg) together with an SSRI were
reviewed"), a retrospective cohort: no trial, so larger-trials stays "no".
"""

from __future__ import annotations

import pytest
from written import facts, gaps

OBS = ("Journal Article", "Observational Study")
CASES = [
    (
        "Low-dose naltrexone co-prescribed with SSRIs for depression: a retrospective cohort",
        "Methods: Dispensing records 2019-2024 of 210 adults with a depression diagnosis who "
        "received LDN (1.5 to 4.5 mg) together with an SSRI were reviewed.\nResults: PHQ-9 "
        "fell from 16.2 to 10.4.",
        210,
    ),
    (
        "Naltrexone at low dose in treatment-resistant depression: a chart review",
        "Charts from 2015 to 2020 of 88 patients with depression given naltrexone 3 mg with "
        "venlafaxine were reviewed. Half improved.",
        88,
    ),
    (
        "Low-dose naltrexone with bupropion: a retrospective cohort",
        "Results: Pharmacy files 2018–2023 of 64 outpatients with depression taking naltrexone "
        "4.5 mg and bupropion were analysed; PHQ-9 fell by 5 points.",
        64,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), CASES)
def test_the_people_reviewed_are_n(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, OBS).n == n


def test_a_cohort_is_no_larger_trial() -> None:
    title, abstract, _ = CASES[0]
    assert "larger-trials" not in gaps(title, abstract, OBS)
