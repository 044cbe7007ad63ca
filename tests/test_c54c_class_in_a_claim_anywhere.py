"""A drug or class that is the subject of a claim about what such drugs do to the watched
drug's action is taken by nobody, wherever the claim stands.

Kind: "serotonergic antidepressants may interfere with opioid signalling", "SNRIs could
blunt the endorphin rebound", a title asking "Do SSRIs blunt low-dose naltrexone?" are
general statements or hypotheses, not regimens taken with LDN (a false
"serotonergic-combination" verdict). Round 54, c54c: relocation probes for c53a's kind
(registry51 NCT04400005, "serotonergic agents were hypothesized to blunt the effect"),
which was read only with a verb of believing ("thought to", "hypothesized to"); the
probes say the claim with a modal or in the present, in every place a record carries it.
People's own experience of the drug ("participants on escitalopram had an attenuated
response", "sertraline interfered with sleep in three patients") is no claim.
"""

from __future__ import annotations

import pytest
from relocation import (
    ART_PLACES,
    REG_PLACES,
    on_bupropion_classes,
    on_bupropion_registration,
)

CLAIMS = [
    "SSRIs are thought to blunt the endorphin response that low-dose naltrexone relies on.",
    "Serotonergic antidepressants may interfere with opioid rebound signalling.",
    "SNRIs could blunt the endorphin rebound that naltrexone is thought to cause.",
    "Serotonergic antidepressants counteract the opioid rebound, in theory.",
    "Tricyclics might weaken the response to an opioid antagonist.",
    "It has been hypothesized that tricyclics counteract the effect of naltrexone.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", CLAIMS)
def test_article_claim_is_taken_by_nobody(sentence: str, place: str) -> None:
    assert on_bupropion_classes(sentence, place) == ["dopaminergic"]


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", CLAIMS)
def test_registration_claim_is_taken_by_nobody(sentence: str, place: str) -> None:
    assert on_bupropion_registration(sentence, place) == (["dopaminergic"], "no")


def test_claim_asked_in_the_title() -> None:
    title = (
        "Do SSRIs blunt low-dose naltrexone? A randomized trial in depression treated with "
        "bupropion"
    )
    assert on_bupropion_classes("", "Methods", title) == ["dopaminergic"]


TAKEN = [
    "Participants on escitalopram had an attenuated response to naltrexone.",
    "Sertraline interfered with sleep in three patients, who completed the trial on it.",
    "Twenty participants also took sertraline 100 mg daily throughout.",
]


@pytest.mark.parametrize("place", ["unlabelled", "Methods", "Results"])
@pytest.mark.parametrize("sentence", TAKEN)
def test_drug_people_take_is_kept(sentence: str, place: str) -> None:
    assert "serotonergic" in on_bupropion_classes(sentence, place)
