"""Mood named first in a list of things the study says it did not measure ("Mood,
depression and weight were not measured") is no outcome of the study: the record is
off-topic when nothing else names mood or depression as measured. Shown by preprints83
PPR1400013 (an LDN cohort in an autoimmune disease whose mood was named first in such a
list and read as an outcome). Session 34, round 89, c89b."""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in psoriasis: a prospective cohort",
            "We followed 90 adults with plaque psoriasis, 45 of whom started low-dose "
            "naltrexone 4.5 mg nightly and 45 of whom did not. Skin scores were rated at "
            "baseline and 6 months. Mood, anxiety and sleep were not measured. Skin scores "
            "fell more in LDN users.",
        ),
        (
            "Low-dose naltrexone for migraine prevention: an open-label series",
            "Thirty adults with chronic migraine took naltrexone 3 mg at night for 12 weeks. "
            "Monthly headache days were counted from diaries. Mood, fatigue or quality of "
            "life were not assessed. Headache days fell from 18 to 12.",
        ),
    ],
)
def test_listed_unmeasured_mood_is_no_outcome(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).on_topic is False


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # mood measured, the unmeasured list being of other things
        (
            "Low-dose naltrexone in psoriasis: a prospective cohort",
            "We followed 90 adults with plaque psoriasis, 45 of whom started low-dose "
            "naltrexone 4.5 mg nightly and 45 of whom did not. Skin scores and depressive "
            "symptoms (PHQ-9) were rated at baseline and 6 months. Sleep, anxiety and "
            "weight were not measured. Depression scores fell more in LDN users.",
        ),
        # a finding for mood followed by another thing not measured
        (
            "Low-dose naltrexone for migraine prevention: an open-label series",
            "Thirty adults with chronic migraine took naltrexone 3 mg at night for 12 "
            "weeks. Mood improved on the Beck Depression Inventory, and fatigue was not "
            "assessed. Headache days fell from 18 to 12.",
        ),
    ],
)
def test_measured_mood_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).on_topic is True
