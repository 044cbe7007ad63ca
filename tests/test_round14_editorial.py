"""An opinion piece that answers no article, naming LDN only in its account of earlier
work, is not on-topic (holdout47 58100031: an editorial on the opioid system in
depression whose only LDN sentence is "Earlier small studies of low-dose naltrexone
generated enthusiasm ..."). CONTRACT.md: LDN named only in the background or in a cited
earlier study is not on-topic; a notice about an on-topic article stays on-topic."""

from __future__ import annotations

import pytest
from written import facts

EDITORIAL = ("Editorial",)


@pytest.mark.parametrize(
    ("title", "text", "types"),
    [
        (
            "Beyond monoamines: the opioid system as a target in depression",
            "Kappa-opioid receptor antagonists have completed phase 2 trials in depression. "
            "Earlier small studies of low-dose naltrexone generated enthusiasm among patients "
            "but little robust evidence. In this editorial we argue that the field needs "
            "biomarkers of opioid tone.",
            EDITORIAL,
        ),
        # probes: other opinion types, other ways of citing the earlier work
        (
            "Inflammation and mood: where next?",
            "Anti-inflammatory strategies for depression have multiplied. Pilot trials of "
            "naltrexone 4.5 mg were reported a decade ago. We discuss minocycline and "
            "celecoxib, and the design of biomarker-stratified trials.",
            ("Comment",),
        ),
        (
            "Repurposed drugs in psychiatry: a cautionary note",
            "Previous open-label reports suggested that low-dose naltrexone lifts mood. "
            "Such signals have often failed to replicate, as the ketamine story shows.",
            ("News",),
        ),
    ],
)
def test_an_opinion_piece_naming_ldn_only_as_earlier_work_is_off_topic(
    title: str, text: str, types: tuple[str, ...]
) -> None:
    assert facts(title, text, types).on_topic is False


def test_a_reply_about_an_ldn_trial_stays_on_topic() -> None:
    text = (
        "We read with interest the trial by Smith et al., in which 80 adults with major "
        "depression took low-dose naltrexone 4.5 mg. Earlier small studies of LDN were "
        "encouraging."
    )
    assert facts("Low-dose naltrexone in depression", text, ("Letter",)).on_topic is True


def test_an_editorial_about_ldn_in_depression_stays_on_topic() -> None:
    text = "Low-dose naltrexone (1.5-4.5 mg) is increasingly prescribed for depression."
    title = "Low-dose naltrexone for depression: hope or hype?"
    assert facts(title, text, EDITORIAL).on_topic is True


def test_an_editorial_linked_to_the_trial_it_discusses_stays_on_topic() -> None:
    text = "Earlier small studies of low-dose naltrexone 4.5 mg in depression were encouraging."
    f = facts("Opioids and mood", text, EDITORIAL, corr=[("CommentOn", "123")])
    assert f.on_topic is True
