"""People selected for another condition that the abstract calls by initials it never
defines ("patients with relapsing MS"), while the record writes the condition out
elsewhere ("relapsing multiple sclerosis patients" in the title): they are that
condition's people, so an antidepressant they take does not make the study one of the
watched condition (round 64, c64a; shown by holdout152 16700022, "Low-dose naltrexone for
fatigue in relapsing multiple sclerosis patients on SNRIs", read as on-topic)."""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "Low-dose naltrexone for fatigue in relapsing multiple sclerosis patients on SNRIs: a "
    "crossover trial",
    "Twenty-eight patients with relapsing MS, all taking duloxetine or venlafaxine, received "
    "naltrexone 4.5 mg/day and placebo for 8 weeks each in random order. Outcomes were the "
    "Modified Fatigue Impact Scale and MSQOL-54. Fatigue did not change; quality of life "
    "improved slightly.",
)

PROBES = [
    RECORD,
    # the full name in the title after "in", the initials in the methods
    (
        "Naltrexone 4.5 mg for pain in Parkinson's disease patients taking SSRIs: a "
        "randomised trial",
        "Methods: Forty adults with PD on stable escitalopram or sertraline were randomised "
        "to low-dose naltrexone or placebo for 12 weeks.\n"
        "Results: Pain intensity fell slightly more with naltrexone.",
    ),
    # the full name only in the conclusions, the initials in the opening sentence
    (
        "Low-dose naltrexone for fatigue: a pilot trial",
        "Thirty-six patients with CFS, all taking an SNRI, received low-dose naltrexone 3 mg "
        "nightly for 10 weeks. Fatigue severity was the outcome. In chronic fatigue syndrome "
        "patients on SNRIs, naltrexone did not reduce fatigue.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_people_with_another_condition_by_its_initials(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert not f.depression_population


# near misses: the same people also selected for the watched condition, and the watched
# condition's own initials
NEAR = [
    (
        "Low-dose naltrexone for depression in relapsing multiple sclerosis: a randomised trial",
        "Forty-two patients with relapsing MS and a current major depressive episode "
        "(HAMD-17 >= 18), all taking duloxetine, were randomised to naltrexone 4.5 mg or "
        "placebo for 8 weeks. The HAMD-17 fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomised trial",
        "Sixty adults with MDD on a stable SSRI were randomised to naltrexone 4.5 mg or "
        "placebo for 8 weeks. MADRS scores fell more with naltrexone.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NEAR)
def test_the_watched_condition_stays(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.depression_population
