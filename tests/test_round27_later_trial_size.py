"""Round 27 (c27a): a protocol's n is its own plan, not the size of the later trial it
prepares for (batch 16, preprints20), in wordings of our own."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts, gaps

# -- 2. a protocol's n is its own plan, not the size of the later trial it prepares for
# (preprints20 PPR7900013: "Forty women ... will be randomised ... a definitive trial of
# approximately 300 women will follow")

FEASIBILITY = (
    "Low-dose naltrexone added to sertraline for depression: protocol for a randomised "
    "feasibility trial"
)


@pytest.mark.parametrize(
    "methods",
    [
        # the record's kind: the later trial's size after "of approximately"
        "Methods: Forty women taking sertraline will be randomised to naltrexone 1.5 mg twice "
        "daily or placebo for eight weeks. If progression criteria are met, a definitive "
        "trial of approximately 300 women will follow.",
        # a future multicentre RCT "in" N, the study informing it
        "Methods: Forty-four adults on escitalopram will be randomised to LDN 4.5 mg or placebo. "
        "The data will inform a future multicentre RCT in 400 patients.",
        # the later trial's size said after "of around", as what the data will size
        "Methods: Forty-two adults taking sertraline will be randomised to naltrexone 4.5 mg "
        "or placebo. These data will be used to size the subsequent definitive trial of "
        "around 260 adults.",
        # ... or as where the study goes next, after a condition
        "Methods: Forty-two adults taking sertraline will be randomised to naltrexone 4.5 mg "
        "or placebo. If the stop-go criteria are met we will proceed to a definitive "
        "multicentre trial of 320 patients.",
        # the confirmatory trial "would need" N
        "Methods: We will randomise 36 participants taking fluoxetine to LDN 3 mg or placebo. "
        "A subsequent confirmatory trial would need about 320 participants to detect a "
        "3-point difference.",
    ],
)
def test_a_protocol_is_not_sized_by_the_later_trial_it_prepares(methods: str) -> None:
    abstract = f"{methods}\nDiscussion: The trial will inform the next step."
    f = facts(FEASIBILITY, abstract, PROTOCOL)
    assert f.n in (36, 40, 42, 44)
    assert "larger-trials" not in gaps(FEASIBILITY, abstract, PROTOCOL)


def test_a_protocol_names_its_own_planned_trial_size() -> None:
    abstract = (
        "Methods: This is a randomised placebo-controlled trial of LDN 4.5 mg added to "
        "sertraline. The planned trial will randomise 240 adults across six sites."
    )
    assert facts(FEASIBILITY.replace(" feasibility", ""), abstract, PROTOCOL).n == 240
