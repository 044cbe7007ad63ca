"""Depression told only as the person's history (a past or remitted episode, one held in
check for years, what an antidepressant was once taken for) in a case report of LDN for
something else: not a condition treated nor an outcome measured, so off-topic
(CONTRACT.md). From holdout91 13100031 and holdout92 12100035 (batch 21), each a false
on-topic before these tests; the rest are probes of the same kind said differently."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, facts

TYPES = CASE + JOURNAL


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for refractory Hailey-Hailey disease: a case report",
            "Hailey-Hailey disease is a rare genodermatosis with painful erosions. A 52-year-old "
            "man with extensive disease refractory to topical steroids was started on naltrexone "
            "4.5 mg nightly. His history included major depression, well controlled on "
            "sertraline for 10 years. After 3 months, erosions had largely healed.",
        ),
        (
            "Low-dose naltrexone for post-SSRI sexual dysfunction: a case report",
            "A 29-year-old man developed persistent genital anaesthesia after 14 months of "
            "paroxetine 20 mg for a single depressive episode, which had remitted. Low-dose "
            "naltrexone 4.5 mg nightly was started; after 12 weeks he reported partial recovery "
            "of libido. His depression remained in remission and he took no antidepressant.",
        ),
        # probe: the history "notable for" it, held stable on a drug
        (
            "Low-dose naltrexone in refractory Crohn's disease: a case report",
            "A 45-year-old woman with Crohn's disease refractory to infliximab started "
            "naltrexone 4.5 mg daily. Her medical history was notable for recurrent depression, "
            "stable on escitalopram for years. After 12 weeks the Crohn's disease activity index "
            "had fallen from 310 to 140.",
        ),
        # probe: an antidepressant once taken for an episode that has resolved
        (
            "Low-dose naltrexone for fibromyalgia: a case report",
            "A 60-year-old man with fibromyalgia received naltrexone 3 mg nightly. He had been "
            "treated with venlafaxine 150 mg for a depressive episode in 2015, which had fully "
            "resolved. Pain scores decreased from 8 to 4 over two months.",
        ),
        # probe: a previous episode, and the condition held in remission through the story
        (
            "Low-dose naltrexone for chronic pruritus: a case report",
            "A 70-year-old man with chronic pruritus of unknown origin received naltrexone "
            "4.5 mg. A previous episode of major depression had been treated with sertraline. "
            "During follow-up his depression remained in remission. Itch intensity fell from 9 "
            "to 2.",
        ),
    ],
)
def test_depression_only_as_history_in_a_case_report_is_off_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, TYPES).on_topic is False


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # LDN for depression itself
        (
            "Low-dose naltrexone in treatment-resistant depression: a case report",
            "A 34-year-old woman with major depression unresponsive to sertraline was given "
            "naltrexone 4.5 mg nightly as augmentation. Her depressive symptoms improved and the "
            "PHQ-9 fell from 18 to 7 over 8 weeks.",
        ),
        # a history of depression, but mood measured as an outcome
        (
            "Low-dose naltrexone in Hailey-Hailey disease: a case report",
            "A 52-year-old man with Hailey-Hailey disease and a history of major depression was "
            "started on naltrexone 4.5 mg nightly. After 3 months erosions had healed and his "
            "PHQ-9 fell from 16 to 6.",
        ),
        # depression that remits during the story is an outcome
        (
            "Low-dose naltrexone for fibromyalgia with depression: a case report",
            "A 48-year-old woman with fibromyalgia and major depression, on sertraline 100 mg, "
            "received naltrexone 4.5 mg nightly. Her pain eased and her depression remitted "
            "after 10 weeks.",
        ),
    ],
)
def test_a_case_of_depression_treated_or_measured_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, TYPES).on_topic is True
