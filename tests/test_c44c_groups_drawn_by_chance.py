"""Kind: groups formed by a chance method that the abstract names instead of the word
"randomised" ("divided by random number table into an observation group and a control
group", "grouped with a random digit table", "by random allocation", "by drawing lots"),
as translated abstracts say it, make a randomised trial. Groups formed by choice, and a
survey's "random-digit dialling", do not.

Round 44, c44c. Shown by preprints41 PPR5800030 ("Clinical effect of low-dose naltrexone
combined with escitalopram on first-episode depression ..."), read as design "other".
"""

from __future__ import annotations

import pytest
from written import facts, gaps, judge_preprint, preprint

TITLE = (
    "Clinical effect of low-dose naltrexone combined with escitalopram on first-episode "
    "depression and its influence on serum inflammatory factors"
)
ABSTRACT = (
    "Objective To observe the efficacy of naltrexone hydrochloride at low dose combined with "
    "escitalopram in first-episode depression. Methods Patients with first-episode major "
    "depressive disorder admitted to our hospital from March 2024 to June 2025 were divided "
    "by random number table into an observation group and a control group. Both groups took "
    "escitalopram oxalate tablets 10-20 mg/d; the observation group additionally took "
    "naltrexone hydrochloride tablets 2.5 mg once a day and the control group took placebo, "
    "for 8 weeks. Results A total of two hundred and six patients were enrolled (103 per "
    "group). After treatment, HAMD-24 scores in the observation group were lower than the "
    "control group, the total effective rate was 86.4% vs 72.8% (P < 0.05), and serum IL-6 "
    "and TNF-alpha were lower. Conclusion Low-dose naltrexone combined with escitalopram can "
    "improve depressive symptoms and reduce inflammatory factors, and is worthy of clinical "
    "promotion."
)


def test_the_preprint_is_a_randomised_trial() -> None:
    f, g = judge_preprint(preprint(TITLE, ABSTRACT))
    assert (f.design, f.n, f.concomitant_classes) == ("rct", 206, ["serotonergic"])
    assert g == {"larger-trials": "addressed", "serotonergic-combination": "addressed"}


@pytest.mark.parametrize(
    "grouping",
    [
        "were divided into an observation group and a control group according to the random "
        "number table method",
        "were grouped with a random digit table into a study group and a control group",
        "were assigned by random allocation to a research group or a control group",
        "were allocated by drawing lots to an observation group or a control group",
    ],
)
def test_groups_drawn_by_chance_are_randomised(grouping: str) -> None:
    abstract = (
        f"Methods: Ninety-six inpatients with major depressive disorder {grouping}. The "
        "control group received sertraline 50-100 mg/d; the observation group received "
        "naltrexone 2 mg/d in addition, for 8 weeks.\n"
        "Results: HAMD scores fell more in the observation group (P < 0.05)."
    )
    title = "Low-dose naltrexone combined with sertraline in major depressive disorder"
    assert facts(title, abstract).design == "rct"


def test_groups_by_choice_are_not_randomised() -> None:
    abstract = (
        "Methods: Ninety-six inpatients with major depressive disorder were divided into an "
        "observation group and a control group according to their own wishes. The control "
        "group received sertraline 50-100 mg/d; the observation group received naltrexone "
        "2 mg/d in addition, for 8 weeks.\n"
        "Results: HAMD scores fell more in the observation group (P < 0.05)."
    )
    title = "Low-dose naltrexone combined with sertraline in major depressive disorder"
    assert facts(title, abstract).design != "rct"


def test_random_digit_dialling_is_a_survey_not_a_trial() -> None:
    abstract = (
        "Methods: Adults were reached by random-digit dialling and asked about their use of "
        "low-dose naltrexone (1.5-4.5 mg) for depressed mood; 812 responded.\n"
        "Results: Eleven percent had used it."
    )
    title = "Use of low-dose naltrexone for low mood: a telephone survey"
    assert facts(title, abstract).design != "rct"
    assert gaps(title, abstract) == {}
