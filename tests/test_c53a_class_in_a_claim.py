"""A drug or class named as the subject of a claim about what such drugs do ("because
serotonergic agents were hypothesized to blunt the effect", "SSRIs are thought to dampen
endorphin release") is a general statement, not a regimen taken with LDN.

Round 53, c53a; the record that showed it: registry51 NCT04400005, "Naltrexone 1 mg Twice
Daily in Depression Treated With Dopaminergic Agents (Replication Study)", whose detailed
description gives the reason for excluding SSRIs.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import TRIAL, facts, judge_registration, registration

TITLE = "Low-dose naltrexone added to dopaminergic antidepressants in depression"
RECORD = (
    "The background regimen must be bupropion >= 300 mg/day, methylphenidate, "
    "lisdexamfetamine, or pramipexole. Patients taking SSRIs, SNRIs, tricyclics or "
    "mirtazapine are not eligible because serotonergic agents were hypothesized to blunt "
    "the effect. Ninety patients were randomized to naltrexone 1 mg twice daily or placebo."
)


def study(description: str) -> dict[str, Any]:
    """A registration whose detailed description is ``description``."""
    return registration(
        nct="NCT09900001",
        title="Naltrexone 1 mg Twice Daily in Depression Treated With Dopaminergic Agents",
        status="ACTIVE_NOT_RECRUITING",
        summary="This trial enrolls patients whose depression has not "
        "remitted on a dopaminergic regimen (bupropion, a psychostimulant, or a "
        "dopamine agonist such as pramipexole) and randomizes them to naltrexone "
        "1 mg twice daily or placebo.",
        description=description,
        allocation="RANDOMIZED",
        enrollment=90,
        enrollment_type="ACTUAL",
        has_results=None,
    )


def test_record_wording() -> None:
    f, _ = judge_registration(study(RECORD))
    assert f.concomitant_classes == ["dopaminergic"]


BASE = (
    "Adults with major depressive disorder taking bupropion were enrolled and received "
    "naltrexone 2 mg nightly for 8 weeks. "
)

CLAIMS = [
    "Patients on escitalopram were excluded, since serotonergic antidepressants are thought "
    "to dampen endorphin release.",
    "People on venlafaxine were excluded because noradrenergic agents are believed to "
    "oppose the opioid signal.",
    "Tricyclics were not allowed; tricyclics are known to interact with opioid receptors.",
    "Serotonergic drugs have been postulated to counteract low-dose naltrexone.",
]


@pytest.mark.parametrize("sentence", CLAIMS)
def test_claimed_class_is_not_taken(sentence: str) -> None:
    f = facts(TITLE, BASE + sentence, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"]


KEPT = [
    # the class taken, with an expectation of how many
    "About half were also on serotonergic antidepressant regimens.",
    "Twenty participants also took sertraline 100 mg daily throughout.",
    # people (not the drug) known to take it
    "Participants known to take sertraline continued it unchanged.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_taken_class_kept(sentence: str) -> None:
    f = facts(TITLE, BASE + sentence, TRIAL)
    assert "serotonergic" in f.concomitant_classes
