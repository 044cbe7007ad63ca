"""A mood word counted in an adverse-event tally written in note form ("AEs: ..., low
mood 2", "TEAEs included ... low mood (n=3)", "ADRs: ... mood changes 1") is an item of
that tally, as it is where the tally says "adverse events" in full (CONTRACT.md: an item
of a side-effect checklist is not a mood outcome). Shown by holdout281 31400031 (an
ePoster of LDN for MS fatigue). Session 28, round 75, c75e."""

import pytest
from written import facts

CONGRESS = ("Congress",)


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Open-label, 16 wk. Adults with fibromyalgia (ACR 2016). LDN 4.5 mg at night. "
        "Outcomes: FIQR, pain VAS.\nResults: 41 enrolled, 35 completed. FIQR 61 -> 49 (p<.01). "
        "AEs: headache 5, low mood 3, nausea 2.",
        "Methods: Single-arm pilot in Crohn's disease; naltrexone 4.5 mg nightly for 12 weeks. "
        "Outcome: CDAI.\nResults: 24 enrolled. CDAI fell by 96 points. TEAEs included vivid "
        "dreams (n=6), depressed mood (n=2) and insomnia (n=2).",
        "Methods: Open pilot of LDN 3 mg daily in chronic pelvic pain. Outcome: NRS pain.\n"
        "Results: 19 enrolled. Pain NRS 6.8 -> 5.1. ADRs: mood changes 2, dizziness 1.",
    ],
)
def test_mood_in_abbreviated_adverse_event_tally_is_off_topic(abstract: str) -> None:
    f = facts("Low-dose naltrexone pilot (poster)", abstract, CONGRESS)
    assert not f.on_topic


def test_mood_outcome_beside_the_tally_stays_on_topic() -> None:
    """Near miss: mood measured in its own right next to the same tally."""
    f = facts(
        "Low-dose naltrexone pilot (poster)",
        "Methods: Open-label, 16 wk. Adults with fibromyalgia. LDN 4.5 mg at night. "
        "Outcomes: FIQR, PHQ-9 depression score.\nResults: 41 enrolled. PHQ-9 depression "
        "score 12 -> 8 (p<.01). AEs: headache 5, low mood 3.",
        CONGRESS,
    )
    assert f.on_topic
