"""The condition measured only at entry, or only adjusted for, is no outcome of the study.

Kind: in a trial of people selected for another condition, the depression scale is taken
once at baseline to describe the people or to adjust the analysis of something else
("accounting for depression as a potential confounder", "with adjustment for baseline
depressive symptoms", "administered at baseline and entered as a covariate; mood was not
reassessed", "at entry only"): CONTRACT.md's "mood as an outcome" asks for mood measured in
its own right, so the record is not on-topic. Round 60, c60c; shown by holdout210 23500005
(LDN for pain in fibromyalgia, crossover). Near misses that measure mood as an outcome,
or select people for depression and adjust for its baseline score, stay on-topic.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "Low-dose naltrexone for pain in fibromyalgia: a randomised placebo-controlled crossover "
    "trial with adjustment for baseline depressive symptoms",
    "Objective: To test low-dose naltrexone (LDN) for pain in fibromyalgia, accounting for "
    "depression as a potential confounder.\n"
    "Methods: Fifty-eight women with fibromyalgia, many already taking amitriptyline (n = 21) "
    "or duloxetine (n = 17) for pain, received LDN 4.5 mg and placebo in random order for 8 "
    "weeks each. The primary outcome was average daily pain intensity. The Beck Depression "
    "Inventory-II was administered at baseline and entered as a covariate; mood was not "
    "reassessed.\n"
    "Results: Pain fell by 0.9 points more with LDN than placebo (p = 0.03). The effect was "
    "independent of baseline depressive symptoms and of concurrent amitriptyline or "
    "duloxetine.\n"
    "Conclusions: LDN modestly reduced fibromyalgia pain.",
)

ADJUSTED_ONLY = [
    RECORD,
    # the title
    (
        "Naltrexone 4.5 mg and fatigue in long COVID, controlling for depression: a randomised "
        "trial",
        "Methods: Eighty adults with post-COVID fatigue were randomised to naltrexone 4.5 mg or "
        "placebo for 8 weeks. The primary outcome was the Chalder Fatigue Scale.\n"
        "Results: Fatigue fell more with naltrexone.",
    ),
    # the methods ("at entry only") and the results ("after correcting for")
    (
        "Naltrexone 4.5 mg and fatigue in long COVID: a randomised trial",
        "Methods: Eighty adults with post-COVID fatigue were randomised to naltrexone 4.5 mg or "
        "placebo for 8 weeks. Depressive symptoms were measured with the PHQ-9 at entry only "
        "and were not re-assessed. The primary outcome was the Chalder Fatigue Scale.\n"
        "Results: Fatigue fell more with naltrexone after correcting for depression.",
    ),
    # an unlabelled abstract, the adjustment in the opening sentence
    (
        "Low-dose naltrexone for itch in multiple sclerosis",
        "We randomised 64 people with multiple sclerosis and chronic itch to naltrexone 3 mg "
        "daily or placebo, adjusting for depression in all analyses; the HADS was completed at "
        "baseline and entered as a covariate. Itch scores improved more with naltrexone. "
        "Depressive symptoms were not reassessed.",
    ),
    (
        "Low-dose naltrexone for pain in fibromyalgia",
        "Objective: To test naltrexone 4.5 mg for pain in fibromyalgia while accounting for "
        "depression. Methods: Sixty women were randomised to naltrexone 4.5 mg or placebo. "
        "Mood was not re-measured after baseline. Results: Pain fell.",
    ),
]

MEASURED = [
    (
        "Low-dose naltrexone for pain in fibromyalgia",
        "Methods: Sixty women with fibromyalgia were randomised to naltrexone 4.5 mg or placebo "
        "for 12 weeks, adjusting for age. Depression (BDI-II) was a secondary outcome measured "
        "at baseline and week 12.\nResults: Pain fell; BDI-II scores fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone for fatigue in long COVID",
        "Methods: Eighty adults with post-COVID fatigue were randomised to naltrexone 4.5 mg or "
        "placebo, controlling for sex. Fatigue and depressive symptoms (PHQ-9) were outcomes at "
        "week 8.\nResults: Fatigue and PHQ-9 fell more with naltrexone.",
    ),
]

SELECTED = (
    "Low-dose naltrexone in major depressive disorder: a randomised trial",
    "Methods: Seventy adults with major depressive disorder (MADRS 22 or more) were randomised "
    "to naltrexone 4.5 mg or placebo, adjusting for baseline MADRS. The MADRS was the primary "
    "outcome.\nResults: MADRS fell more with naltrexone.",
)


@pytest.mark.parametrize("record", ADJUSTED_ONLY)
def test_a_condition_only_adjusted_for_is_no_outcome(record: tuple[str, str]) -> None:
    f = facts(*record, types=RCT)
    assert not f.on_topic
    assert not f.depression_population


@pytest.mark.parametrize("record", MEASURED)
def test_a_condition_measured_as_an_outcome_stays_on_topic(record: tuple[str, str]) -> None:
    f = facts(*record, types=RCT)
    assert f.on_topic
    assert not f.depression_population


def test_people_selected_for_depression_with_an_adjusted_baseline() -> None:
    f = facts(*SELECTED, types=RCT)
    assert f.on_topic and f.depression_population
