"""Round 35 (c35b): a trial's size from a per-arm count. An arm that offers several doses
of the drug as alternatives is that many arms ("placebo or one of three doses", four
arms), and a total the record states for the whole sample beats any per-arm reckoning."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = "Low-dose naltrexone augmentation for late-life depression: design of a randomised trial"


@pytest.mark.parametrize(
    "abstract",
    [
        # batch 25 (holdout104): the total, far from the per-arm count, and an arm of three
        # doses
        "LATE-LDN is a 10-week, double-blind trial in which 96 adults aged 60 or older with "
        "major depressive disorder (MADRS >= 18) who have not remitted on citalopram or "
        "duloxetine will be randomised to placebo or one of three doses of naltrexone (1 mg, "
        "2.5 mg or 4.5 mg daily; 24 per arm) while continuing their antidepressant.",
        # probe: no total; the four arms known only from the dose list
        "Adults with major depressive disorder will be randomised to placebo or naltrexone "
        "1 mg, 2.5 mg or 4.5 mg daily (24 per arm) for ten weeks.",
        # probe: "one of the three dose levels", the count said as "n = 24 per group"
        "Adults with major depressive disorder will be randomly assigned to matching placebo "
        "or to one of the three dose levels of low-dose naltrexone (1, 2.5 or 4.5 mg nightly), "
        "n = 24 per group.",
        # probe: a stated total with the doses joined by "and", which the arm reading cannot
        # split: the stated total stays
        "A total of 96 outpatients with major depression will be randomised to placebo or to "
        "naltrexone at 1 mg, 2.5 mg and 4.5 mg a day (24 per arm), each added to their SSRI.",
    ],
)
def test_every_dose_arm_counts_and_the_stated_total_wins(abstract: str) -> None:
    got = facts(TITLE, f"Methods: {abstract}", PROTOCOL)
    assert got.n == 96
    assert gaps(TITLE, f"Methods: {abstract}", PROTOCOL)["larger-trials"] == "in_progress"


def test_a_titration_in_one_arm_is_one_arm() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder were randomised to placebo or "
        "naltrexone 1.5 mg rising to 4.5 mg nightly (30 per arm).\nResults: MADRS fell more "
        "with naltrexone."
    )
    assert facts("Low-dose naltrexone in depression: a randomised trial", abstract, RCT).n == 60
