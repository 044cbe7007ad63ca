"""A comment that answers an article restates what that article measured: its account of
the trial ("We comment on the recent preprint reporting that X added to sertraline lowered
MADRS totals (Author et al., 2025)") names the trial's mood outcome, though written as
earlier work, so the comment on an on-topic trial is on-topic (CONTRACT.md: a notice about
an on-topic article is on-topic itself). Shown by preprints64 PPR3400023 (a preprint
comment whose only mood word was the commented trial's MADRS). Session 27, round 72,
c72b."""

import pytest
from written import facts

COMMENT = ("Journal Article", "Comment")


@pytest.mark.parametrize(
    ("title", "abstract", "types", "corr"),
    [
        (
            "Low-dose naltrexone in older adults: a comment",
            "We comment on the recent trial reporting that naltrexone 2 mg daily lowered "
            "BDI-II totals in older adults (Kim et al., 2025). Its small sample and short "
            "follow-up limit what can be concluded.",
            COMMENT,
            [("CommentOn", "12345")],
        ),
        (
            "Add-on LDN with sertraline: some reservations",
            "We comment on the recent preprint reporting that low-dose naltrexone added to "
            "sertraline lowered MADRS totals (Ortiz et al., medRxiv 2025). Expectancy "
            "effects and a high dropout rate leave room for doubt.",
            ("Preprint",),
            [],
        ),
        (
            "Low-dose naltrexone augmentation: a note of caution",
            "We comment on a recently published trial which found that LDN 1 mg twice daily "
            "reduced depressive symptoms in older adults (Park et al., 2024). Blinding was "
            "not checked and the effect was small.",
            COMMENT,
            [("CommentOn", "12346")],
        ),
    ],
)
def test_comment_restates_the_trials_mood_outcome(
    title: str, abstract: str, types: tuple[str, ...], corr: list[tuple[str, str]]
) -> None:
    f = facts(title, abstract, types, corr)
    assert f.on_topic
    assert f.design == "other"


def test_comment_on_a_pain_trial_calling_for_mood_stays_off_topic() -> None:
    """Near miss: a comment on a pain trial that only asks future trials to measure mood."""
    f = facts(
        "Low-dose naltrexone in fibromyalgia: a comment",
        "We comment on the recent trial reporting that naltrexone 4.5 mg reduced pain in "
        "fibromyalgia (Berg et al., 2025). Future trials should also measure mood.",
        COMMENT,
        [("CommentOn", "12347")],
    )
    assert not f.on_topic


def test_comment_on_a_standard_dose_trial_stays_off_topic() -> None:
    """Near miss: a letter on a 50 mg trial that names the low dose only as the road not
    taken keeps today's answer."""
    f = facts(
        "Was the dose too high? A comment",
        "The recent trial of naltrexone 50 mg/day with escitalopram reported no gain on HAM-D "
        "scores. Low doses such as 3 mg, which some clinicians prefer, were not examined; a "
        "trial of them remains to be done.",
        COMMENT,
        [("CommentOn", "12348")],
    )
    assert not f.on_topic
