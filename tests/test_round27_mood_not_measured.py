"""Round 27 (c27c, batch 16): mood named only as not measured is no outcome of the study
(holdout80 25100040: "Patients frequently reported improved wellbeing and mood, although
these were not formally assessed"). The probes say the kind in other words."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

CROHN = "Low-dose naltrexone for active Crohn's disease: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    "remark",
    [
        # the record's own words
        "Patients frequently reported improved wellbeing and mood, although these were not "
        "formally assessed.",
        # probes
        "Several participants described a brighter mood, but this was not systematically measured.",
        "Some patients noted better mood; no formal mood assessment was made.",
        "Improvements in mood were reported anecdotally but were not captured by any study "
        "instrument.",
    ],
)
def test_mood_named_only_as_not_measured_is_no_outcome(remark: str) -> None:
    abstract = (
        "Methods: Adults with active Crohn's disease were randomised to LDN 4.5 mg or placebo "
        "for 12 weeks. Patients with active major depression were excluded. The primary end "
        "point was clinical remission.\n"
        f"Results: A total of 126 patients were randomised. Remission occurred in 37% vs 22%. "
        f"{remark}"
    )
    f = facts(CROHN, abstract, RCT)
    assert not f.on_topic
    assert gaps(CROHN, abstract, RCT) == {}


def test_mood_measured_is_still_an_outcome_when_something_else_was_not() -> None:
    abstract = (
        "Methods: Adults with active Crohn's disease were randomised to LDN 4.5 mg or placebo "
        "for 12 weeks.\nResults: A total of 126 patients were randomised. Mood improved on the "
        "POMS, whereas fatigue was not formally assessed."
    )
    assert facts(CROHN, abstract, RCT).on_topic
    assert facts(CROHN, abstract, JOURNAL).on_topic
