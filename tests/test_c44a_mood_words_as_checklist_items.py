"""A mood word quoted or phrased as an item of a withdrawal or side-effect checklist is
not a mood outcome.

Kind: "the SOWS (including 'I feel depressed')", "withdrawal symptoms (tremor, feeling
depressed, ...)", "adverse events included feeling depressed": in a record measuring
withdrawal, or a sentence listing side effects, a quoted item or a "feel(ing) depressed"
item is one item of another checklist (CONTRACT.md, "Mood as an outcome"); the record is
not on-topic unless a depression scale or the condition itself is measured. Round 44,
c44a; shown by holdout153 16800020 (ultra-low-dose naltrexone in buprenorphine induction).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

OFF = [
    (
        "Ultra-low-dose naltrexone added to buprenorphine induction: withdrawal and craving "
        "outcomes",
        "Methods: 66 adults with opioid use disorder starting buprenorphine were randomized to "
        "naltrexone 0.001 mg twice daily or placebo during induction. Withdrawal was rated "
        "with the COWS, whose items include restlessness, anxiety and irritability, and with "
        "the SOWS (including 'I feel depressed').\n\nResults: Peak COWS scores were lower with "
        "ultra-low-dose naltrexone.",
    ),
    (
        "Very-low-dose naltrexone during methadone taper: a randomised trial",
        "Methods: 48 patients tapering methadone were randomised to naltrexone 0.1 mg/day or "
        'placebo. Opioid withdrawal was self-rated with the SOWS, whose items include "I feel '
        'anxious" and "I feel depressed".\nResults: SOWS scores fell faster with naltrexone.',
    ),
    (
        "Low-dose naltrexone for alcohol withdrawal: a pilot trial",
        "Methods: 40 inpatients in alcohol detoxification received LDN 4.5 mg or placebo. "
        "Withdrawal symptoms (tremor, sweating, feeling depressed, insomnia) were rated "
        "daily.\nResults: Withdrawal severity was lower with LDN.",
    ),
    (
        "Naltrexone 1 mg in opioid tapering: a randomised trial",
        "Methods: 60 adults on long-term opioids were randomised to naltrexone 1 mg/day or "
        "placebo during a taper. Adverse events included feeling depressed and headache.\n"
        "Results: Taper completion was higher with naltrexone.",
    ),
    (
        "Microdose naltrexone with buprenorphine: a randomised trial",
        "Methods: 70 adults with opioid use disorder were randomised to naltrexone 0.25 mg/day "
        "or placebo. Withdrawal was rated on the Subjective Opiate Withdrawal Scale, with "
        "items such as 'depressed' and 'restless'.\nResults: Withdrawal scores were lower "
        "with naltrexone.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), OFF)
def test_checklist_item_is_no_mood_outcome(title: str, abstract: str) -> None:
    assert not facts(title, abstract, RCT).on_topic


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Ultra-low-dose naltrexone in buprenorphine induction: withdrawal and mood",
            "Methods: 66 adults with opioid use disorder were randomized to naltrexone 0.001 mg "
            "twice daily or placebo. Withdrawal was rated with the SOWS (including 'I feel "
            "depressed'), and depressive symptoms with the BDI-II.\nResults: BDI-II scores "
            "fell more with naltrexone.",
        ),
        (
            "Low-dose naltrexone for depressed mood in opioid use disorder",
            "Methods: 50 adults with opioid use disorder and major depressive disorder were "
            "randomized to LDN 4.5 mg or placebo; the HAM-D was the primary outcome. "
            "Withdrawal was rated with the COWS.\nResults: HAM-D fell more with LDN.",
        ),
        (
            "Low-dose naltrexone in fibromyalgia: a randomised trial",
            "Methods: 60 women with fibromyalgia were randomised to LDN 4.5 mg or placebo. "
            "Patients who felt depressed were rated with the PHQ-9 at each visit.\nResults: "
            "PHQ-9 fell more with LDN.",
        ),
    ],
)
def test_mood_measured_in_its_own_right_stays(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).on_topic
