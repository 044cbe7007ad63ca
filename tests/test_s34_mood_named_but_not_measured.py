"""On-topic: mood or depression named in ways that measure nothing in a study of another
condition. An exclusion said as whom the study did not weigh for treatment ("patients
with depressive symptoms (GDS >= 6) were not considered for treatment"); a scale taken at
entry as a moderator with the instrument named after the time ("measured at baseline with
the HADS and used as a prespecified moderator", where the scale's own name repeats the
word); one member of a case series with the condition as a trait, whose mood is remarked
on in passing ("One patient with a history of depression ... reported no change in
mood"). Each is off-topic; a mood scale measured as an outcome stays on-topic. Shown by
holdout368 41500028, holdout365 41200035 and holdout366 41300038 (all read as on-topic).
Session 34, round 88, c88c."""

import pytest
from written import CASE, JOURNAL, RCT, facts

CASES = "Low-dose naltrexone for neuropathic pain in spinal cord injury: four cases"
SERIES = "Low-dose naltrexone for lichen planopilaris: a retrospective case series"
TRIAL = "Low-dose naltrexone versus gabapentin for chronic neck pain: a randomised trial"

NOT_WEIGHED = (
    "We describe four men with chronic neuropathic pain after spinal cord injury that "
    "had not responded to gabapentinoids. Patients with depressive symptoms (PHQ-9 of 10 "
    "or more) were not considered for treatment. Naltrexone was started at 1.5 mg and "
    "raised to 3 mg nightly. Pain ratings fell in three of the four men over 10 weeks."
)
MODERATOR = (
    "Methods: Adults with chronic neck pain were randomised to naltrexone 4.5 mg nightly or "
    "gabapentin 900 mg daily for 4 months. The primary outcome was the Neck Disability "
    "Index. Low mood was measured at baseline using the Patient Health Questionnaire "
    "Depression scale (PHQ-9) and used as a prespecified moderator.\n"
    "Results: Ninety-six adults were randomised. Disability improved similarly in both arms."
)
IN_PASSING = (
    "Eleven patients with biopsy-proven lichen planopilaris received naltrexone 3 mg "
    "nightly after topical steroids had failed. Perifollicular erythema and scalp itch "
    "improved in eight within three months. One woman with a history of major depression, "
    "maintained on escitalopram, noticed no difference in her mood. Two reported vivid "
    "dreams."
)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [(CASES, NOT_WEIGHED, CASE), (TRIAL, MODERATOR, RCT), (SERIES, IN_PASSING, CASE)],
)
def test_mood_named_but_not_measured_is_off_topic(title: str, abstract: str, types: tuple) -> None:
    assert not facts(title, abstract, types).on_topic


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # near misses: the same records with mood measured as an outcome of the study
        (
            CASES,
            NOT_WEIGHED + " Depressive symptoms (PHQ-9) also fell in all four.",
            CASE,
        ),
        (
            TRIAL,
            MODERATOR.replace(
                "and used as a prespecified moderator", "and at 4 months as a secondary outcome"
            ),
            RCT,
        ),
        (
            SERIES,
            IN_PASSING + " Depressive symptoms on the PHQ-9 fell in the group as a whole.",
            JOURNAL,
        ),
    ],
)
def test_mood_measured_as_outcome_stays_on_topic(title: str, abstract: str, types: tuple) -> None:
    assert facts(title, abstract, types).on_topic
