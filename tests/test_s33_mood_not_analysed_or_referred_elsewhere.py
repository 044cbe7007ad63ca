"""Depression named only where the study set it aside: mood instruments said, with no new
subject, to be left out of the analysis ("Mood scales differed between trials and were not
analysed"), or people with a depressive episode sent to other care instead of the
study's ("were referred elsewhere"), which is an exclusion. Neither is a mood outcome.
Shown by holdout348 39000032 (a pooled analysis of pain trials) and holdout349 39200008 (a
long-COVID cohort), both read as on-topic. Session 33, round 86, c86b."""

from written import JOURNAL, META, facts

POOLED = "Pooled individual data from trials of low-dose naltrexone in chronic pain"
POOLED_METHODS = (
    "Methods: Five placebo-controlled trials of naltrexone 4.5 mg in chronic pain shared "
    "individual participant data. "
)
CLINIC = "Low-dose naltrexone for fatigue after COVID-19: a retrospective clinic cohort"
CLINIC_METHODS = (
    "Methods: We included all patients with post-COVID fatigue who received naltrexone "
    "titrated to 4.5 mg at a specialist clinic. Fatigue and cognition were rated before and "
    "after 3 months. "
)


def test_mood_scales_left_out_of_analysis() -> None:
    abstract = (
        POOLED_METHODS + "Mood questionnaires varied too much across the trials and were not "
        "analysed.\nResults: Data from 400 participants showed less pain with naltrexone."
    )
    assert not facts(POOLED, abstract, META).on_topic


def test_mood_analysed_stays_on_topic() -> None:
    """Near miss: mood measured in every trial and analysed."""
    abstract = (
        POOLED_METHODS + "Mood questionnaires were harmonised across the trials.\nResults: "
        "Data from 400 participants showed less pain and lower depression scores with "
        "naltrexone."
    )
    assert facts(POOLED, abstract, META).on_topic


def test_referred_elsewhere_is_an_exclusion() -> None:
    abstract = (
        CLINIC_METHODS + "Patients with a current depressive episode were referred elsewhere "
        "and were not treated in the clinic.\nResults: Forty patients were included; "
        "fatigue improved modestly."
    )
    assert not facts(CLINIC, abstract, JOURNAL).on_topic


def test_depression_rated_as_outcome_stays_on_topic() -> None:
    """Near miss: the same cohort rating depressive symptoms before and after."""
    abstract = (
        CLINIC_METHODS + "Depressive symptoms were rated with the PHQ-9 before and after "
        "treatment.\nResults: Forty patients were included; PHQ-9 scores fell from 12 to 8."
    )
    assert facts(CLINIC, abstract, JOURNAL).on_topic
