"""Round 28 (c28c): on-topic, doses and classes errors from batch 17 (holdout82-83,
registry23, preprints21), each said in words of our own as well."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, TRIAL, facts

# -- 1. index terms are not outcomes: a record whose abstract measures no mood is not
# made about depression by a "Depression" MeSH heading (holdout83 22100033)

INDEXED = ["Naltrexone", "Depression", "Humans"]


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # the case report of batch 17, in words of our own
        (
            "[Low-dose naltrexone in post-COVID exhaustion: a case report]",
            "A 41-year-old teacher with post-COVID-19 condition had post-exertional malaise "
            "and cognitive slowing for a year. Naltrexone was begun at 1 mg and raised to "
            "4.5 mg daily. After ten weeks her Bell Disability Scale rose from 20 to 50.",
            ("Journal Article", "Case Reports", "English Abstract"),
        ),
        # ME/CFS, an open series
        (
            "Low-dose naltrexone in myalgic encephalomyelitis/chronic fatigue syndrome",
            "Methods: Twenty-two patients with ME/CFS took naltrexone 3 mg at night for 12 "
            "weeks.\nResults: Fatigue Severity Scale scores fell and step counts rose.",
            TRIAL,
        ),
        # Crohn's disease, a randomised trial
        (
            "Low dose naltrexone for active Crohn's disease",
            "Methods: Forty adults with active Crohn's disease were randomised to naltrexone "
            "4.5 mg or placebo.\nResults: CDAI fell by 70 points in 60% on naltrexone.",
            RCT,
        ),
        # fatigue in multiple sclerosis
        (
            "Naltrexone 4.5 mg for fatigue in multiple sclerosis",
            "Methods: We gave 4.5 mg naltrexone nightly to 30 people with relapsing MS.\n"
            "Results: The Modified Fatigue Impact Scale improved; no relapse occurred.",
            JOURNAL,
        ),
    ],
)
def test_a_depression_heading_alone_does_not_make_a_study_about_mood(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types, mesh_terms=INDEXED).on_topic


@pytest.mark.parametrize(
    "outcome",
    [
        "HADS depression scores fell from 11 to 6",
        "the PHQ-9 fell by 5 points",
        "Beck Depression Inventory scores improved",
    ],
)
def test_the_same_study_with_a_mood_scale_as_outcome_stays_on_topic(outcome: str) -> None:
    abstract = (
        "Methods: Twenty-two patients with ME/CFS took naltrexone 3 mg at night for 12 "
        f"weeks.\nResults: Fatigue scores fell and {outcome}."
    )
    title = "Low-dose naltrexone in chronic fatigue syndrome"
    assert facts(title, abstract, TRIAL, mesh_terms=INDEXED).on_topic


def test_a_record_without_an_abstract_is_still_read_from_its_headings() -> None:
    f = facts("Low-dose naltrexone: a case", "", CASE, mesh_terms=INDEXED)
    assert f.on_topic
