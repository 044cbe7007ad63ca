"""A dose escalation named by a run of its design's words is the study's own, and its
cohorts are its dose groups.

Kind: a record is itself a dose-escalation study when its opening sentence says so with a
run of design words before the noun ("In this open-label, sequential-cohort
dose-escalation study, adults ..."), though no "we" and no count of people stand there;
that sentence is the study's own, not background, and the cohorts it doses in turn
("Cohorts of eight received 1.5, 3, 4.5 or 6 mg") are a trial's dose groups, not an
observational cohort. A sentence that opens with "in this regard" or names someone
else's trial stays background, and a cohort of users followed as care happened stays
observational.

Round 63, c63d; the record that showed it: preprints57 PPR4200018 ("Tolerability and early
efficacy of escalating low doses of naltrexone in treatment-resistant depression").
"""

from __future__ import annotations

import pytest
from written import facts, judge_preprint, preprint

RECORD = (
    "Low-dose naltrexone is prescribed for depression at doses chosen largely by convention. "
    "In this open-label, sequential-cohort dose-escalation study at a tertiary mood clinic, "
    "adults with treatment-resistant depression (failure of two or more adequate "
    "antidepressant trials in the current episode) kept their existing antidepressant "
    "regimen, which was an SSRI in 14, an SNRI in 9, a tricyclic in 3 and another agent in 6. "
    "Cohorts of eight received naltrexone 1.5 mg, 3 mg, 4.5 mg or 6 mg daily for 4 weeks; "
    "escalation to the next cohort followed review of safety data. All 32 participants "
    "completed dosing. Insomnia and vivid dreams increased with dose and were dose-limiting "
    "in two of eight at 6 mg. Mean MADRS reductions were 3.0, 5.4, 8.9 and 8.1 points "
    "respectively. We propose 4.5 mg as the dose for a randomised phase 2 trial."
)
TITLE = (
    "Tolerability and early efficacy of escalating low doses of naltrexone in "
    "treatment-resistant depression"
)


def test_the_record() -> None:
    f, gaps = judge_preprint(preprint(TITLE, RECORD))
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5, 6.0]
    assert f.compares_doses
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic"}
    assert gaps.get("dose-finding") == "addressed"


# the study named by its design words in its opening sentence, other drugs and numbers
OPENINGS = [
    (
        "Whether the dose matters for mood is unknown. In this single-centre, open, "
        "three-step dose-escalation trial, outpatients with major depression who stayed on "
        "escitalopram took naltrexone. Cohorts of six received 1 mg, 2 mg or 4 mg of "
        "naltrexone nightly for 6 weeks. HAM-D fell by 3, 5 and 7 points.",
        [1.0, 2.0, 4.0],
    ),
    (
        "Opioid modulation is a candidate augmentation strategy. In the present open-label, "
        "ascending-dose, multicentre study, adults with persistent depressive disorder on "
        "venlafaxine were dosed in cohorts. Cohorts of ten received naltrexone 0.5 mg, "
        "2 mg or 4.5 mg daily; escalation to the next cohort followed a safety review. "
        "MADRS improved by 2.0, 4.1 and 6.3 points.",
        [0.5, 2.0, 4.5],
    ),
]


@pytest.mark.parametrize(("abstract", "doses"), OPENINGS)
def test_opening_sentence_names_the_escalation(abstract: str, doses: list[float]) -> None:
    f, gaps = judge_preprint(preprint("Naltrexone at escalating doses in depression", abstract))
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
    assert "serotonergic" in f.concomitant_classes
    assert gaps.get("dose-finding") == "addressed"


def test_escalation_named_in_title_cohorts_dosed_in_methods() -> None:
    f = facts(
        "A dose-escalation study of low-dose naltrexone added to sertraline in major depression",
        "Methods: Cohorts of eight adults with major depression on sertraline received "
        "naltrexone 1 mg, 2 mg or 4 mg daily for 4 weeks.\n"
        "Results: All 24 completed; HAM-D fell by 2, 4 and 6 points.",
    )
    assert f.design == "nonrandomized_trial"
    assert f.compares_doses


# near misses: nothing becomes a trial or a dose comparison
def test_in_this_regard_stays_background() -> None:
    f, gaps = judge_preprint(
        preprint(
            "Low-dose naltrexone in depression: a retrospective chart review",
            "Naltrexone at low doses has been tried in many conditions. In this regard, "
            "the randomised trial by Lee compared 1 mg with 4.5 mg in fibromyalgia. "
            "We reviewed the charts of 40 adults with major depression prescribed "
            "naltrexone 4.5 mg nightly; PHQ-9 fell by 5 points.",
        )
    )
    assert f.design == "observational"
    assert not f.compares_doses
    assert "dose-finding" not in gaps


def test_users_cohort_reading_dose_response_stays_observational() -> None:
    f, gaps = judge_preprint(
        preprint(
            "Low-dose naltrexone dose and depressive symptoms in a prospective registry",
            "In this prospective, multicentre, registry-based cohort study, 310 adults with "
            "depression prescribed naltrexone by their physicians were followed for a year. "
            "The dose-response of PHQ-9 change on the prescribed dose (1.5 to 4.5 mg) was "
            "examined.",
        )
    )
    assert f.design == "observational"
    assert "dose-finding" not in gaps
