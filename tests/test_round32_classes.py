"""Classes of the antidepressants taken with LDN: a prior pilot the record says it follows is
not the study ("This study is a follow-up to a small pilot in which low-dose naltrexone was
added to dopaminergic antidepressant regimens": registry27 NCT07200001 was given
dopaminergic)."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

SSRI_TITLE = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"
SSRI_PLAN = (
    "We will randomise 240 adults with major depressive disorder who remain symptomatic on an "
    "SSRI (sertraline, escitalopram or fluoxetine) to naltrexone 1.5 mg, 4.5 mg or placebo for "
    "8 weeks. {x} The primary outcome is MADRS change."
)


@pytest.mark.parametrize(
    "pilot",
    [
        # the record's wording
        "This study is a follow-up to a small pilot in which low-dose naltrexone was added to "
        "dopaminergic antidepressant regimens.",
        # probes: "builds on", "follows", "extends", each with the pilot's drugs named
        "It builds on a pilot where patients on stimulants or bupropion took naltrexone 1 mg "
        "twice daily.",
        "The design follows an uncontrolled pilot in which 12 patients taking bupropion "
        "received LDN.",
        "Our trial extends a pilot that added LDN to dopaminergic antidepressants.",
    ],
)
def test_the_pilot_a_study_follows_gives_it_no_classes(pilot: str) -> None:
    f = facts(SSRI_TITLE, SSRI_PLAN.format(x=pilot), PROTOCOL)
    assert f.concomitant_classes == ["serotonergic"]


def test_a_sentence_that_opens_on_the_pilot_and_goes_on_to_its_own_act_is_the_study_s() -> None:
    # (holdout63 42100010: "Building on a 12-patient pilot, we offered naltrexone 1 mg twice
    # daily ... to outpatients ... who had not remitted on bupropion": its own doses)
    title = "Open-label low-dose naltrexone added to dopaminergic antidepressant regimens"
    abstract = (
        "Building on a 12-patient pilot, we offered naltrexone 1 mg twice daily for eight weeks "
        "to outpatients with major depressive disorder who had not remitted on bupropion. "
        "Eighteen enrolled. MADRS scores fell."
    )
    f = facts(title, abstract, ("Journal Article",))
    assert f.ldn_doses_mg == [2.0]
