"""Kinds left unexamined in session 49 (holdout443, measured blind on d88bd46c), each
written again in other words.

- holdout443 50200014: a case report "fluoxetine was discontinued (no taper was needed
  given its long half-life) and ... she started naltrexone 1.5 mg at night, increased to
  3 mg": "no taper was needed" read as a call for future work, and the sentence's doses
  were lost.
- holdout443 50200008: an objective section opening "A pilot trial of low-dose naltrexone
  (LDN) enrolled patients on dopaminergic regimens only. The authors tested LDN as an
  adjunct to serotonergic antidepressants." read the cited pilot's dopaminergic regimens
  as this trial's co-medication.
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, facts, gaps


@pytest.mark.parametrize(
    "aside",
    [
        "(no washout was needed because of its short half-life)",
        "(a taper was not required)",
        "(tapering was needed over two weeks)",
    ],
)
def test_what_the_patient_needed_is_no_call_for_work(aside: str) -> None:
    title = "Moving from sertraline to low-dose naltrexone: a case report"
    text = (
        "A 45-year-old man with recurrent major depression, stable on sertraline, asked to "
        "stop it. Sertraline was stopped "
        f"{aside} and, 4 weeks later, he began naltrexone 1 mg nightly, raised to 2.5 mg "
        "after 10 days. His PHQ-9 fell from 13 to 6 over three months."
    )
    assert facts(title, text, CASE).ldn_doses_mg == [2.5]


def test_a_call_for_work_in_the_past_tense_of_a_plan_still_counts() -> None:
    title = "Low-dose naltrexone in depression: a case series"
    text = (
        "Six adults with major depression took naltrexone 3 mg nightly for 8 weeks; four "
        "responded. Larger trials are needed to compare 3 mg with 4.5 mg nightly."
    )
    assert facts(title, text, CASE).ldn_doses_mg == [3.0]


OBJECTIVE = (
    "Objective: {pilot} The authors tested LDN as an adjunct to serotonergic "
    "antidepressants.\n"
    "Methods: Adults with major depression who had not responded to a stable SSRI (sertraline "
    "or citalopram) kept it unchanged and were randomized to naltrexone 3 mg/day or placebo "
    "for 8 weeks.\n"
    "Results: Seventy patients were randomized; MADRS fell more with LDN (p = 0.02).\n"
    "Conclusions: LDN added to an SSRI helped."
)
TITLE = "Low-dose naltrexone added to SSRIs in depression: a randomized trial"


@pytest.mark.parametrize(
    "pilot",
    [
        "A pilot trial of low-dose naltrexone (LDN) enrolled patients taking bupropion only.",
        "A small pilot study with naltrexone had recruited patients on bupropion or "
        "aripiprazole only.",
    ],
)
def test_a_cited_pilot_regimens_are_not_this_trials(pilot: str) -> None:
    text = OBJECTIVE.format(pilot=pilot)
    found = facts(TITLE, text, RCT)
    assert found.concomitant_classes == ["serotonergic"]
    assert gaps(TITLE, text, RCT)["serotonergic-combination"] == "addressed"


def test_a_pilot_that_is_the_study_itself_keeps_its_regimens() -> None:
    text = (
        "Objective: A pilot trial of low-dose naltrexone (LDN) enrolled patients taking "
        "bupropion.\n"
        "Methods: Twelve adults with major depression on bupropion took naltrexone 1 mg twice "
        "daily for 8 weeks.\n"
        "Results: MADRS fell by 9 points."
    )
    found = facts("Low-dose naltrexone with bupropion: an open pilot", text, RCT)
    assert found.concomitant_classes == ["dopaminergic"]


# holdout436 49300014 (left alone in session 49): "tablets of 250 micrograms, placed under
# the tongue at bedtime: one tablet in week 1, then one more tablet each week as tolerated,
# up to four tablets (1 mg)" lost the flexible range's low end: the count of tablets came
# after a colon, with how often told before it.
SUBLINGUAL = (
    "Methods: Adults over 65 with major depression despite 8 weeks of escitalopram took "
    "naltrexone as {schedule} The SSRI was unchanged.\n"
    "Results: Eighteen participants were enrolled; HAM-D fell from 23 to 15."
)


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (
            "tablets of 250 micrograms, placed under the tongue each night: one tablet in "
            "week 1, then one more each week as tolerated, up to four tablets (1 mg).",
            [0.25, 1.0],
        ),
        (
            "capsules of 0.5 mg, swallowed at bedtime: two capsules from the first night.",
            [1.0],
        ),
    ],
)
def test_units_counted_after_a_colon_that_tells_when(schedule: str, expected: list[float]) -> None:
    text = SUBLINGUAL.format(schedule=schedule)
    title = "Sublingual low-dose naltrexone with escitalopram in late-life depression"
    assert facts(title, text, JOURNAL).ldn_doses_mg == expected


# holdout119 13200032 (caught by the open run when "was required" stopped reading as a call
# for work): a pruritus case report saying "No change in her mood or in her mirtazapine dose
# was required" measured no mood.
@pytest.mark.parametrize(
    ("remark", "on_topic"),
    [
        ("No change in his mood or in his sertraline dose was required.", False),
        ("No adjustment to his depression treatment was needed.", False),
        ("His mood, rated with the PHQ-9, improved from 12 to 5.", True),
    ],
)
def test_a_change_not_needed_measures_no_mood(remark: str, on_topic: bool) -> None:
    title = "Low-dose naltrexone for chronic urticaria in a man taking sertraline: a case report"
    text = (
        "A 74-year-old man with chronic idiopathic urticaria, recurrent depression in "
        "remission on sertraline 100 mg, and hypertension was treated with low-dose naltrexone "
        "4.5 mg nightly "
        f"after antihistamines failed. Hives resolved within six weeks. {remark}"
    )
    assert facts(title, text, CASE).on_topic is on_topic
