"""Round 14 (c14c): doses, protocol updates and notices, from holdout48, registry8 and
preprints6 once they were opened. Each test failed on the code before its fix; the
parametrised cases beyond the first are probes in other words, drugs and sections."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, facts, gaps

# -- a clause naming the study itself is its own history, not earlier work: an amended
# protocol that says where its trial was first published (holdout48 57100002, whose
# journal, "Trials", read as "published ... trials")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Update to the LINDEN trial protocol: revised sample size (protocol version 3.0)",
            "This update describes amendments to the protocol of LINDEN, a double-blind "
            "randomised trial of low-dose naltrexone (LDN) added to SSRIs in adults with major "
            "depressive disorder, first published in Trials in 2025. The target sample size "
            "was revised from 150 to 104 participants. Recruitment will close in 2027.",
        ),
        # the cue "previously published", the trial's name as the subject
        (
            "NALDEP trial: protocol amendment and revised timeline",
            "The protocol of NALDEP, a placebo-controlled trial of naltrexone 4.5 mg nightly "
            "added to escitalopram in 120 adults with major depressive disorder, was previously "
            "published. Follow-up is extended to 24 weeks; all outcomes are unchanged.",
        ),
        # an analysis plan, the cue "has been described", in a labelled section
        (
            "Statistical analysis plan for the BRIGHTEN trial",
            "Background: BRIGHTEN, a randomised trial of low-dose naltrexone 3 mg daily versus "
            "placebo in 96 adults with bipolar depression, has been described in detail "
            "elsewhere.\nMethods: This plan sets out the primary analysis of the MADRS at "
            "week 8, written before unblinding.",
        ),
    ],
)
def test_an_amended_protocol_naming_its_own_trial_keeps_it(title: str, abstract: str) -> None:
    f = facts(title, abstract, (*JOURNAL, *PROTOCOL))
    assert f.on_topic, f.off_topic_reason
    assert f.design == "protocol"
    assert f.depression_population


def test_a_named_earlier_trial_is_still_earlier_work() -> None:
    # the title names this study (DAWN); a clause about another, earlier trial stays prior
    f = facts(
        "The DAWN trial: protocol",
        "Previous trials of naltrexone 4.5 mg have been small. DAWN will randomise 80 adults "
        "with major depressive disorder to minocycline or placebo.",
        (*JOURNAL, *PROTOCOL),
    )
    assert not f.on_topic


def test_an_amended_protocol_has_its_gaps_in_progress() -> None:
    title = "NALDEP trial: protocol amendment and revised timeline"
    abstract = (
        "The protocol of NALDEP, a placebo-controlled trial of naltrexone 4.5 mg nightly added "
        "to escitalopram in 120 adults with major depressive disorder, was previously "
        "published. Follow-up is extended to 24 weeks; all outcomes are unchanged."
    )
    assert gaps(title, abstract, (*JOURNAL, *PROTOCOL)) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
    }
