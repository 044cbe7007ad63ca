"""A range the people's dose moved within as tolerated is the regimen they took, both
ends listed (CONTRACT.md), even where the sentence takes them in with "included" or
"identified": only a range records were selected by is a cohort's window. From
holdout120 13300012 ("We included 212 adults ... who received LDN 1.5-4.5 mg nightly as
tolerated": doses [4.5], label [1.5, 4.5])."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone as add-on therapy for depression: a retrospective cohort study"
OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    "methods",
    [
        "We included 212 adults with major depressive disorder who received LDN 1.5-4.5 mg "
        "nightly as tolerated while taking an SSRI. Patients kept on 1.5 mg were compared "
        "with those titrated to 4.5 mg.",
        # the same kind said differently (probes)
        "We identified 96 patients with depression prescribed naltrexone 1.5 to 4.5 mg at "
        "night, adjusted according to tolerability; most reached 4.5 mg.",
        "Eligible were 140 adults with MDD taking LDN between 1.5 and 4.5 mg daily, with the "
        "dose titrated flexibly by their GP.",
    ],
)
def test_a_flexible_range_taken_by_a_cohort_lists_both_ends(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: PHQ-9 scores fell from 17 to 11."
    assert facts(TITLE, abstract, OBS).ldn_doses_mg == [1.5, 4.5]


def test_a_range_records_were_selected_by_is_still_a_window() -> None:
    abstract = (
        "Methods: We identified 5,120 adults who filled a prescription of naltrexone at 1-5 "
        "mg/day; most prescriptions were for 4.5 mg.\nResults: Depression diagnoses were "
        "less frequent than in matched non-users."
    )
    assert facts(TITLE, abstract, JOURNAL).ldn_doses_mg == [4.5]
