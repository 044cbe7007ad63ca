"""A title's mood that the abstract measures only as a side-effect checklist item is no
mood outcome.

Kind: a title promising "effects on analgesia and mood" over an abstract whose only mood
word is an item of a side-effect checklist ("dysphoria on the opioid side-effect checklist
was reported by 6% vs 11%") tells of that item, not of mood measured in its own right
(CONTRACT.md, "Mood as an outcome"). Round 45, c45a; shown by holdout162 17800029
(ultra-low-dose naltrexone with oxycodone after knee arthroplasty), read as on-topic.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "Ultra-low-dose naltrexone with oxycodone after knee arthroplasty: effects on analgesia "
    "and mood",
    "In 90 patients after total knee arthroplasty, oxycodone combined with naltrexone 1 "
    "microgram was compared with oxycodone alone. Opioid consumption was 18% lower and nausea "
    "less frequent. Dysphoria on the opioid side-effect checklist was reported by 6% vs 11%.",
)

PROBES = [
    RECORD,
    (
        "Very-low-dose naltrexone added to morphine after caesarean delivery: analgesia and mood",
        "Sixty women after caesarean delivery received morphine with naltrexone 0.25 mg or "
        "morphine alone. Pain scores were similar. Side effects recorded on a checklist "
        "included pruritus, nausea and dysphoria (4 vs 9 women).",
    ),
    (
        "Naltrexone 2 microgram/kg with fentanyl after spine surgery: effects on pain and mood",
        "In 120 patients after lumbar fusion, fentanyl with naltrexone 2 microgram was compared "
        "with fentanyl alone. Adverse effects on the checklist, including low mood, itching and "
        "sedation, were less frequent with naltrexone.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_checklist_mood_makes_no_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, RCT).on_topic


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # mood measured by its own scale beside the checklist
        (
            "Ultra-low-dose naltrexone with oxycodone after knee arthroplasty: effects on "
            "analgesia and mood",
            "In 90 patients after total knee arthroplasty, oxycodone with naltrexone 1 "
            "microgram was compared with oxycodone alone. Mood (Profile of Mood States) "
            "improved more with naltrexone. Dysphoria on the side-effect checklist was "
            "reported by 6% vs 11%.",
        ),
        # a title naming mood over an abstract that lists no checklist keeps its reading
        (
            "Ultra-low-dose naltrexone with oxycodone after knee arthroplasty: effects on "
            "analgesia and mood",
            "In 90 patients after total knee arthroplasty, oxycodone with naltrexone 1 "
            "microgram was compared with oxycodone alone. Opioid consumption was 18% lower.",
        ),
    ],
)
def test_mood_named_otherwise_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).on_topic
