"""Kinds met in blind batch 115 (session 53, measured on the code of 75690604), each written
again in other words.

- holdout458 51000003: "14 mg per week, taken in equal nightly doses" read as 14 mg a day,
  so the trial went off-topic (neither low nor standard dose) and lost its classes.
- holdout459 51000039: a protocol's rescue ("will be offered sertraline by their clinical
  team and will stop study medication") read as sertraline taken with LDN: a false
  serotonergic "in progress".
- holdout459 51000029: "rather than the 3 to 4.5 mg used in low-dose naltrexone regimens"
  read as the doses given, so a case report of naltrexone 25 mg went on-topic.
- preprints102 PPR0990021: a narrative review whose evidence list ("Clinical data remain
  sparse: a small randomised pilot, ... chart reviews, ... registry studies") was read as
  its own design, then as the pilot it names.
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, PROTOCOL, RCT, facts, gaps


@pytest.mark.parametrize(
    "schedule",
    [
        "given at 21 mg per week, taken in equal nightly doses",
        "dispensed as 21 mg/week divided into equal daily doses",
    ],
)
def test_a_weekly_amount_taken_in_equal_daily_doses_is_a_seventh_a_day(schedule: str) -> None:
    title = "Low-dose naltrexone added to SSRIs in chronic depression"
    text = (
        "Methods: Adults with major depressive disorder on a stable SSRI were randomised to "
        f"naltrexone, {schedule}, or identical placebo for 8 weeks.\n"
        "Results: Sixty were randomised; MADRS fell more with naltrexone (p = 0.01)."
    )
    f = facts(title, text, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [3.0]
    assert gaps(title, text, RCT)["serotonergic-combination"] == "addressed"


def test_a_weekly_amount_without_a_daily_split_is_not_divided() -> None:
    text = (
        "Methods: Adults with major depression on sertraline took naltrexone 3 mg daily, "
        "a weekly total of 21 mg, for 8 weeks. Forty were treated.\n"
        "Results: MADRS fell by 6 points."
    )
    assert facts("Low-dose naltrexone with sertraline", text, JOURNAL).ldn_doses_mg == [3.0]


PROTOCOL_TITLE = "Low-dose naltrexone for postnatal depression: protocol of a randomised trial"
PROTOCOL_TEXT = (
    "Methods: Women with postnatal depression (EPDS >= 13) who take no antidepressant will be "
    "randomised to naltrexone 4.5 mg nightly or placebo for 8 weeks; 90 will be recruited. {rescue}"
)


@pytest.mark.parametrize(
    "rescue",
    [
        "Women who worsen will be offered sertraline by their clinical team and will stop "
        "study medication.",
        "Participants whose EPDS reaches 20 will be started on escitalopram and they will "
        "discontinue the study drug.",
    ],
)
def test_a_rescue_taken_instead_of_the_study_drug_is_no_comedication(rescue: str) -> None:
    text = PROTOCOL_TEXT.format(rescue=rescue)
    f = facts(PROTOCOL_TITLE, text, PROTOCOL)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(PROTOCOL_TITLE, text, PROTOCOL)


def test_a_drug_added_while_the_study_drug_goes_on_is_taken_with_it() -> None:
    text = (
        "Methods: Women with postnatal depression (EPDS >= 13) taking sertraline, which they "
        "will continue, will be randomised to naltrexone 4.5 mg nightly or placebo for 8 "
        "weeks; 90 will be recruited."
    )
    assert facts(PROTOCOL_TITLE, text, PROTOCOL).concomitant_classes == ["serotonergic"]


def test_the_doses_of_ldn_regimens_named_as_a_contrast_are_not_given() -> None:
    text = (
        "We describe a man with major depression on sertraline 100 mg daily and emotional "
        "blunting. Naltrexone was added at 25 mg daily; we chose 25 mg rather than the 1.5 to "
        "4.5 mg used in LDN protocols. His blunting eased over 6 weeks."
    )
    f = facts("Naltrexone for emotional blunting on sertraline: a case report", text, CASE)
    assert f.on_topic is False


def test_a_narrative_review_listing_scant_evidence_is_a_review() -> None:
    text = (
        "This narrative review summarises evidence on low-dose naltrexone in depression. "
        "Clinical evidence is limited: one randomised pilot on dopaminergic antidepressants, "
        "case reports, chart reviews and registry studies of prescribing. We argue for "
        "dose-ranging trials with SSRIs."
    )
    f = facts("Low-dose naltrexone in depression: a narrative review", text, JOURNAL)
    assert f.design == "review"
    assert f.concomitant_classes == []
