"""Design: words about studies that are not the record's own. A review that says what
the evidence consists of ("the evidence consists of one small randomised pilot,
retrospective case series and ...") lists its literature, so "retrospective" there does
not make it a cohort, nor "randomised" a trial (preprints81 PPR1600011, a narrative review
read as an RCT, with the pilot's classes). A randomised study said to be "being prepared"
or "being designed" is the next study, so an open-label escalation stays a
nonrandomised trial (holdout362 40700040, read as an RCT). Session 34, round 88, c88c."""

import pytest
from written import JOURNAL, TRIAL, facts, judge_preprint, preprint

REVIEW_TITLE = "Low-dose naltrexone for depression: a narrative review of the clinical evidence"
REVIEW = (
    "Low-dose naltrexone (1-4.5 mg per day) has been proposed as an adjunct in depression. "
    "This narrative review summarises its pharmacology and the clinical data. {} "
    "No trial has combined it with SSRIs under blinded conditions. We discuss outcome "
    "measures and interactions with opioid analgesics."
)
ESCALATION_TITLE = (
    "Ascending doses of low-dose naltrexone in drug-free major depression: an open-label "
    "cohort study"
)
ESCALATION = (
    "Methods: Adults with major depressive disorder (MADRS of 22 or more) and no "
    "antidepressant were enrolled in three sequential cohorts of eight, each given one "
    "daily naltrexone dose for 6 weeks: 1 mg, 2.5 mg or 4.5 mg.\n"
    "Results: All 24 participants completed. MADRS fell by 3, 6 and 8 points across the "
    "cohorts.\n"
    "Conclusions: Higher doses appeared more effective. A randomised, double-blind "
    "comparison of 2.5 and 4.5 mg is now being designed."
)


LISTS = (
    "In people, the evidence consists of a single small randomised pilot in patients on "
    "dopaminergic antidepressants, retrospective chart series and mood outcomes in "
    "fibromyalgia trials.",
    "The clinical evidence is limited to one small randomised pilot in patients on "
    "dopaminergic antidepressants, retrospective case series and mood outcomes from "
    "fibromyalgia trials.",
    # (what its search turned up: preprints79 PPR1800012)
    "We identified a single randomised pilot trial, two open-label studies, retrospective "
    "case series and several surveys of prescribers.",
)


@pytest.mark.parametrize("listed", LISTS)
def test_review_listing_the_evidence_is_a_review(listed: str) -> None:
    f, found = judge_preprint(preprint(REVIEW_TITLE, REVIEW.format(listed)))
    assert f.design == "review"
    assert f.concomitant_classes == []
    assert found == {}


def test_chart_review_of_own_patients_stays_observational() -> None:
    # near miss: the record reviews its own patients' charts
    f = facts(
        "Low-dose naltrexone in depression: a retrospective chart review",
        "We reviewed the records of 64 patients with major depression who started "
        "naltrexone 4.5 mg daily at our clinic between 2018 and 2023. PHQ-9 scores fell by "
        "4 points at 3 months.",
        JOURNAL,
    )
    assert f.design == "observational"


@pytest.mark.parametrize("types", [JOURNAL, TRIAL])
def test_randomised_study_being_designed_is_not_own(types: tuple) -> None:
    assert facts(ESCALATION_TITLE, ESCALATION, types).design == "nonrandomized_trial"


def test_own_randomisation_still_read() -> None:
    # near miss: the study itself randomised its people
    text = ESCALATION.replace(
        "were enrolled in three sequential cohorts of eight, each given",
        "were randomised to three groups of eight, each given",
    )
    assert facts(ESCALATION_TITLE.replace("an open-label cohort", "a randomised"), text).design == (
        "rct"
    )
