"""Round 18 (c18b): n and the ascending-dose study, from holdout59-61 and preprints10.

An extension's own people are those who join its new phase, however the joining is said;
a dose escalation framed by the study itself as dose-finding compares doses."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

EXTENSION = (
    "Open-label extension of a trial of low-dose naltrexone added to SSRIs in major "
    "depressive disorder"
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        # holdout59 46100037: consent comes before randomisation in the parent's funnel,
        # but consenting to the extension is joining the record's own phase
        (
            "Of 146 randomised participants, 118 completed the double-blind phase; 41 "
            "consented to the extension and received naltrexone 4.5 mg once daily with their "
            "SSRI until week 40.",
            41,
        ),
        # probes: the same act said otherwise
        (
            "Of the 132 adults randomised in the parent trial, 104 finished the 12-week "
            "blinded period and 37 gave consent for the open-label continuation, taking "
            "naltrexone 3 mg nightly with sertraline.",
            37,
        ),
        (
            "160 patients were randomised; of the 131 completers, 29 were enrolled in the "
            "follow-on open-label study and received naltrexone 4.5 mg daily plus escitalopram.",
            29,
        ),
        (
            "After the double-blind phase (n = 120 randomised), 45 participants agreed to join "
            "the 24-week open-label phase, in which all took LDN 4.5 mg with their SSRI.",
            45,
        ),
    ],
)
def test_an_extension_counts_the_people_who_join_it(methods: str, own: int) -> None:
    abstract = f"Methods: {methods}\nResults: Improvements were maintained."
    assert facts(EXTENSION, abstract, TRIAL).n == own
    assert "larger-trials" not in gaps(EXTENSION, abstract, TRIAL)


def test_a_trials_own_report_keeps_its_randomised_total() -> None:
    # the trial's main report: its extension is a later part, its n the randomised
    title = "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomised trial"
    abstract = (
        "Methods: Of 146 randomised participants, 118 completed the double-blind phase; 41 "
        "consented to the extension and received naltrexone 4.5 mg.\n"
        "Results: LDN improved MADRS more than placebo."
    )
    assert facts(title, abstract, RCT).n == 146
