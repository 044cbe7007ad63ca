"""A depression scale a study used only to keep people out (to exclude those with severe
depression, to screen them out, solely to determine eligibility) measured no mood
outcome: in a trial of people selected for something else, that is no depression or mood
as an outcome, so the record is off-topic (CONTRACT.md: "Mood as an outcome" means
depression measured as an outcome in its own right; exclusion criteria do not count).

Round 63, c63e; the record that showed it: holdout221 24700039, "Low-dose naltrexone for
chronic musculoskeletal pain in veterans: a pragmatic randomized trial" ("The PHQ-9 was
administered at screening only, to exclude participants with severe depression").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

RECORD_TITLE = (
    "Low-dose naltrexone for chronic musculoskeletal pain in veterans: a pragmatic randomized trial"
)
RECORD = (
    "Background: Non-opioid options for chronic pain in veterans are needed.\n"
    "Methods: Veterans with chronic musculoskeletal pain were randomized to LDN 4.5 mg daily "
    "or placebo for 16 weeks (n = 134). The PHQ-9 was administered at screening only, to "
    "exclude participants with severe depression (PHQ-9 >= 20). Outcomes were pain intensity "
    "and pain interference (BPI).\n"
    "Results: Pain interference improved by 1.1 vs 0.6 points (p = 0.04).\n"
    "Conclusions: LDN modestly reduced pain interference."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, (*JOURNAL, *RCT))
    assert not f.on_topic
    assert f.ldn_doses_mg == [4.5]


# the same fact in other words and other places of a record
KEPT_OUT = [
    # methods, the verb's purpose
    (
        "Low-dose naltrexone for knee osteoarthritis pain: a randomised trial",
        "Methods: Adults with knee osteoarthritis were randomised to naltrexone 4.5 mg nightly "
        "or placebo for 12 weeks (n = 90). The Beck Depression Inventory was used at enrolment "
        "to exclude anyone with moderate or severe depression. Outcomes were WOMAC pain and "
        "function.\nResults: WOMAC pain fell by 9 vs 4 points.\nConclusions: LDN eased pain.",
    ),
    # the opening sentence of an unlabelled abstract
    (
        "Low-dose naltrexone in fibromyalgia: a placebo-controlled trial",
        "To exclude patients with major depression, every candidate completed the HADS before "
        "randomisation. Seventy-two adults with fibromyalgia then received LDN 3 mg or placebo "
        "for 10 weeks. Pain scores fell more with LDN.",
    ),
    # screened out, in the results
    (
        "Low-dose naltrexone for chronic pelvic pain: a pilot trial",
        "Methods: Women with chronic pelvic pain received low-dose naltrexone 4.5 mg daily for "
        "12 weeks.\nResults: Of 75 women assessed, 11 with a PHQ-9 of 15 or more were screened "
        "out; 64 received LDN and pelvic pain improved by 2.1 points.",
    ),
    # used solely to decide eligibility
    (
        "Low-dose naltrexone for itch in cholestatic liver disease: a crossover trial",
        "Thirty adults with cholestatic pruritus received naltrexone 2 mg daily and placebo for "
        "4 weeks each. Depressive symptoms were measured with the CES-D solely to determine "
        "eligibility. Itch intensity on a visual analogue scale fell with LDN.",
    ),
    # present tense, a score that excludes
    (
        "Low-dose naltrexone for chronic low back pain: a randomized trial",
        "Methods: Adults with chronic low back pain were randomized to LDN 4.5 mg or placebo "
        "(n = 110). A PHQ-9 score of 20 or more excludes. The primary outcome was pain "
        "intensity.\nResults: Pain fell by 1.4 vs 0.8 points.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), KEPT_OUT)
def test_scale_only_to_keep_people_out(title: str, abstract: str) -> None:
    assert not facts(title, abstract, (*JOURNAL, *RCT)).on_topic


# near misses: a mood measured as an outcome as well, or a doubt said with "exclude"
MEASURED = [
    (
        "Low-dose naltrexone for chronic pain: a randomized trial",
        "Methods: Adults with chronic pain were randomized to LDN 4.5 mg or placebo (n = 80). "
        "The PHQ-9 was administered at screening and at weeks 4, 8 and 12; patients with "
        "severe depression at screening were excluded.\nResults: Pain fell by 1.2 points.",
    ),
    (
        "Low-dose naltrexone for fibromyalgia: a randomized trial",
        "Methods: Adults with fibromyalgia were randomized to LDN 4.5 mg or placebo (n = 60); "
        "patients with severe depression were excluded. Depressive symptoms (HADS-D) were a "
        "secondary outcome.\nResults: Pain and HADS-D scores fell more with LDN.",
    ),
    (
        "Low-dose naltrexone for long COVID fatigue: a randomized trial",
        "Methods: Adults with long COVID were randomized to LDN 4.5 mg or placebo (n = 70).\n"
        "Results: Fatigue improved. We cannot exclude a placebo effect on depressive symptoms, "
        "which fell by 4 PHQ-9 points with LDN.",
    ),
    (
        "Low-dose naltrexone augmentation in major depressive disorder: a randomized trial",
        "Methods: Adults with major depressive disorder (PHQ-9 of 10 or more) were randomized "
        "to LDN 1 mg twice daily or placebo (n = 60); those with bipolar disorder were "
        "excluded. The primary outcome was the MADRS.\nResults: MADRS fell by 9 vs 5 points.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), MEASURED)
def test_mood_measured_stays(title: str, abstract: str) -> None:
    assert facts(title, abstract, (*JOURNAL, *RCT)).on_topic
