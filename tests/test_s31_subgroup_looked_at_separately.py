"""A sample taken in for another condition of which the people who also have depression
are looked at separately ("looked separately at those who also met criteria for major
depression", "participants with comorbid depression were examined separately"): a
subgroup, not a depression population, so no gap is addressed. Shown by registry74
NCT01800016 (a fibromyalgia trial whose separately examined depressed women made it read
as a depression trial of 70). Session 31, round 80, c80a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: adults with chronic low back pain took naltrexone 4.5 mg or placebo at "
        "night for 10 weeks. Pain was the primary outcome; the HADS was also given, and we "
        "looked separately at those who also met criteria for major depression. Results: "
        "eighty adults were randomised.",
        "Methods: patients with fibromyalgia were randomised to naltrexone 4.5 mg or "
        "placebo for 12 weeks; participants with comorbid major depression at entry were "
        "examined separately. Results: 64 patients were randomised; pain fell more with "
        "naltrexone.",
        "Methods: people with irritable bowel syndrome received naltrexone 3 mg or placebo "
        "daily for 8 weeks, with mood rated by the BDI-II; we separately examined the "
        "people who also had depression. Results: 72 people were randomised.",
    ],
)
def test_subgroup_looked_at_separately_is_not_the_population(abstract: str) -> None:
    f = facts("Low-dose naltrexone for pain and mood: a randomised trial", abstract, RCT)
    assert f.on_topic
    assert not f.depression_population


def test_depressed_sample_looked_at_separately_stays_depressed() -> None:
    # near miss: people taken in for depression, a part of them looked at separately
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "Methods: adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo for 8 weeks; those who also had chronic pain were looked at "
        "separately. Results: 70 adults were randomised.",
        RCT,
    )
    assert f.depression_population
