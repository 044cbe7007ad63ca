"""In a sample selected for another condition, people with the watched condition let in on
a condition ("those with comorbid depression were included if stable on an SSRI or SNRI")
are a part of the sample, not whom the study selected (CONTRACT.md,
"depression_population"): a back-pain trial of 300 had read as a depression trial and
closed two gaps (batch 33)."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone for chronic low back pain in veterans: a randomized clinical trial"


@pytest.mark.parametrize(
    "said",
    [
        "Veterans with chronic low back pain for at least 6 months were eligible; those with "
        "comorbid depression were included if stable on an SSRI or SNRI for 8 weeks.",
        "Adults with chronic low back pain were enrolled; patients with co-occurring major "
        "depression were eligible provided that their sertraline dose had been stable.",
        "People with chronic low back pain took part; participants with concurrent depression "
        "could participate as long as they stayed on their SNRI.",
    ],
)
def test_a_part_let_in_on_a_condition_is_no_selection(said: str) -> None:
    abstract = (
        f"Methods: {said} 300 were randomized to LDN 4.5 mg nightly or placebo for 12 weeks. "
        "The primary outcome was PROMIS pain interference; PHQ-9 was a secondary outcome.\n"
        "Results: LDN did not reduce pain interference."
    )
    assert not facts(TITLE, abstract, RCT).depression_population
    assert gaps(TITLE, abstract, RCT) == {}


def test_people_selected_for_both_stay_a_depression_population() -> None:
    title = "Low-dose naltrexone in chronic pain with comorbid major depression: a randomized trial"
    abstract = (
        "Methods: Adults with chronic low back pain and comorbid major depressive disorder "
        "(PHQ-9 >= 10) were included if stable on an SSRI for 8 weeks; 120 were randomized "
        "to LDN 4.5 mg or placebo.\nResults: PHQ-9 fell more with LDN."
    )
    assert facts(title, abstract, RCT).depression_population
