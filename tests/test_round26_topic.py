"""Round 26 (c26c): on-topic read through what the study's people receive and what a
review reviews, found on batch 15 (preprints19, holdout78) and probed in other words."""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

# -- the drug only as the treatment people had failed before the study (preprints19
# PPR8000028: LDN non-responders switched to naltrexone 12.5 mg, a dose neither low nor
# standard): what they failed is their history, not what the study gives them


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Intermediate-Dose Naltrexone (12.5 mg/day) for Fibromyalgia Pain and Mood: an "
            "open-label pilot study",
            "In this open-label pilot, 22 women with fibromyalgia who had not responded to at "
            "least three months of LDN 4.5 mg were switched to naltrexone 12.5 mg/day for eight "
            "weeks. Depressive symptoms (HADS-D) fell from 10.2 to 8.1.",
        ),
        # probes: said as persistence despite the drug, as a failure after which, as a failed trial
        (
            "Naltrexone 12 mg/day for pain and mood in fibromyalgia: an open pilot",
            "Thirty adults with fibromyalgia whose pain had persisted despite three months of "
            "LDN 4.5 mg took naltrexone 12 mg daily for 8 weeks. Depression (BDI) improved.",
        ),
        (
            "Naltrexone for mood in long COVID: an open pilot",
            "After an inadequate response to LDN 4.5 mg, 20 patients with long COVID started "
            "naltrexone 12.5 mg/day. Depression scores (PHQ-9) fell.",
        ),
        (
            "Naltrexone for mood in long COVID: an open pilot",
            "Twenty patients with long COVID who had failed an adequate course of low-dose "
            "naltrexone (4.5 mg) took naltrexone 12.5 mg nightly. Depression scores (PHQ-9) fell.",
        ),
    ],
)
def test_the_drug_people_had_failed_before_the_study_is_not_given_in_it(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, TRIAL)
    assert not f.on_topic
    assert "12" in (f.off_topic_reason or "")


def test_a_low_dose_trial_in_people_who_had_failed_other_drugs_stays_on_topic() -> None:
    f = facts(
        "Low-dose naltrexone in treatment-resistant depression: an open pilot",
        "Sixty adults with MDD who had not responded to two SSRIs received LDN 4.5 mg nightly "
        "for 8 weeks. MADRS fell from 30 to 21.",
        TRIAL,
    )
    assert f.on_topic and f.ldn_doses_mg == [4.5]
    assert "larger-trials" in gaps(
        "Low-dose naltrexone in treatment-resistant depression: an open pilot",
        "Sixty adults with MDD who had not responded to two SSRIs received LDN 4.5 mg nightly "
        "for 8 weeks. MADRS fell from 30 to 21.",
        TRIAL,
    )


def test_a_failure_inside_the_study_keeps_both_doses() -> None:
    f = facts(
        "Low-dose naltrexone in depression: an open pilot",
        "Forty adults with MDD took LDN 1.5 mg nightly. Patients who had not responded to "
        "LDN 1.5 mg by week 4 were increased to 4.5 mg. MADRS fell.",
        TRIAL,
    )
    assert f.on_topic and f.ldn_doses_mg == [1.5, 4.5]
