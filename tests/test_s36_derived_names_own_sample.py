"""A derived report (post hoc, secondary, subgroup analysis) that names itself as the subject
of the sentence taking in its people ("This post hoc analysis includes the 52 participants
with ...") has that count as its n, even where an earlier sentence counted the parent's whole
("At baseline, all 140 randomised participants completed the interview"). Shown by
holdout382 43200015 (a fibromyalgia trial's post hoc analysis of its 52 participants with
major depression, whose n was the parent's 140). Session 36, round 92, c92c.

Ways real abstracts state the same fact (the record as the subject, its people as object):
1. "This post hoc analysis includes the 52 participants with current major depression."
2. "The present secondary analysis comprised 88 outpatients who completed week 8."
3. "Our subgroup analysis was restricted to the 64 women with a baseline HAM-D of 18 or more."
4. "This exploratory analysis examines the 47 participants taking an SSRI at entry."
5. "In this secondary analysis we included the 61 adults with stored plasma."
6. "The current sub-study therefore involved 45 patients who had imaging at both visits."
The rule reads them through the sentence roles (the record's own sentence, not background,
prior, future or hedged) and the derived-report sample patterns, not one phrase."""

import pytest
from written import RCT, facts

PARENT = (
    "Objective: In a 12-week randomised trial of naltrexone 4.5 mg daily for chronic pain, "
    "mood improved more with naltrexone than with placebo. We asked whether the effect held "
    "in participants with depression.\n"
)


@pytest.mark.parametrize(
    ("title", "methods", "n"),
    [
        (
            "Naltrexone 4.5 mg and mood in chronic pain with comorbid depression: post hoc "
            "analysis of a randomised trial",
            "Methods: At entry, all 150 randomised participants were interviewed with the "
            "MINI. This post hoc analysis includes the 58 participants with current major "
            "depression (naltrexone 30, placebo 28).",
            58,
        ),
        (
            "Low-dose naltrexone and depressive symptoms in arthritis: a secondary analysis "
            "of a randomised trial",
            "Methods: All 180 randomised adults completed a structured diagnostic interview "
            "at entry. The present secondary analysis comprised 71 "
            "outpatients who had a PHQ-9 of 10 or more at entry.",
            71,
        ),
        (
            "Depressed subgroup of a trial of low-dose naltrexone in long COVID: a subgroup "
            "analysis",
            "Methods: At baseline, all 210 enrolled participants underwent the MINI. Our "
            "subgroup analysis was restricted to the 66 women with a HADS-D of 11 or more.",
            66,
        ),
        (
            "Low-dose naltrexone in multiple sclerosis with depression: an exploratory "
            "post hoc analysis",
            "Methods: At baseline, all 132 randomised participants completed the SCID. This "
            "exploratory analysis examines the 49 participants taking an SSRI at entry.",
            49,
        ),
    ],
)
def test_self_named_derived_sample_is_n(title: str, methods: str, n: int) -> None:
    f = facts(title, PARENT + methods + "\nResults: Mood improved more on naltrexone.", RCT)
    assert f.on_topic
    assert f.n == n


def test_analysis_of_all_randomised_keeps_the_whole() -> None:
    # near miss: the analysis itself names the parent's whole as its people
    f = facts(
        "Low-dose naltrexone and mood in fibromyalgia: a secondary analysis of a randomised trial",
        PARENT + "Methods: This secondary analysis included all 140 randomised participants "
        "(naltrexone 70, placebo 70).\nResults: Mood improved more on naltrexone.",
        RCT,
    )
    assert f.n == 140


def test_self_named_analysis_counting_weeks_is_no_sample() -> None:
    # near miss: the count after "this analysis includes" is of weeks, not people
    f = facts(
        "Low-dose naltrexone and mood in fibromyalgia: a secondary analysis of a randomised trial",
        PARENT + "Methods: All 96 randomised participants were analysed. This secondary "
        "analysis includes 12 weeks of daily mood ratings.\nResults: Mood improved.",
        RCT,
    )
    assert f.n == 96
