"""A dopaminergic drug taken for a movement or endocrine condition beside the depression
("pramipexole for motor symptoms", "ropinirole for restless legs syndrome", "rasagiline for
Parkinson's disease", "cabergoline for hyperprolactinaemia") is not an antidepressant
regimen: CONTRACT.md counts only antidepressants taken for depression alongside LDN, and a
drug named for another purpose does not count. The purposes are data: the watch's
``comedication.other_purpose_pattern`` (config/watch.toml), read by ``drugs._purpose``.

Shown by holdout394 44400014 (four Parkinson's patients on escitalopram for depression,
"three were also taking pramipexole for motor symptoms": classes serotonergic +
dopaminergic for serotonergic alone; batch 91). Session 39, lead.

Ways abstracts name such a purpose:
- "three were also taking pramipexole for motor symptoms"
- "ropinirole 2 mg at night for restless legs syndrome"
- "rasagiline for Parkinson's disease" (an MAO-B inhibitor, which would read as an MAOI)
- "cabergoline for hyperprolactinaemia"
- "pramipexole for parkinsonian tremor"
"""

from __future__ import annotations

import pytest
from written import CASE, facts

TITLE = (
    "Low-dose naltrexone for treatment-resistant depression in Parkinson's disease: a case series"
)


def _abstract(other: str) -> str:
    return (
        "Methods: We describe four consecutive patients with Parkinson's disease and DSM-5 "
        "major depressive disorder that had not responded to two antidepressants. All were "
        f"taking escitalopram 10-20 mg/day for depression; {other}. LDN 4.5 mg at bedtime "
        "was added.\n"
        "Results: Three of four patients responded within 8 weeks (HAMD-17 reduction of 50% "
        "or more)."
    )


CASES = [
    "three were also taking pramipexole for motor symptoms",
    "two took ropinirole 2 mg at night for restless legs syndrome",
    "all were on rasagiline for Parkinson's disease",
    "one was taking cabergoline for hyperprolactinaemia",
    "two took pramipexole for parkinsonian tremor",
]


@pytest.mark.parametrize("other", CASES)
def test_drug_for_movement_or_endocrine_purpose_is_no_class(other: str) -> None:
    got = facts(TITLE, _abstract(other), CASE)
    assert got.concomitant_classes == ["serotonergic"]


def test_dopamine_agonist_for_the_depression_counts() -> None:
    """Near miss: pramipexole given as augmentation for the depression is dopaminergic."""
    got = facts(
        TITLE,
        _abstract("two were also taking pramipexole as augmentation for their depression"),
        CASE,
    )
    assert "dopaminergic" in got.concomitant_classes
