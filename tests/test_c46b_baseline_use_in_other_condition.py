"""Kind: in a sample selected for another condition (long COVID, MS, fibromyalgia, Crohn's
disease), an antidepressant that some of its people are counted as using ("21 were using
SSRIs at baseline", "14 were taking an SNRI at entry", "30% were on an SSRI", "a quarter
of them were using sertraline") describes who they are: it is no treatment of depression
the study gives with its drug (CONTRACT.md: only antidepressants taken as treatment for
depression alongside LDN count), so it has no class. The same count in a depression
sample, or a drug taken "for comorbid depression", still counts.

Round 46, c46b; the record that showed it: holdout165 18200007 (a long-COVID dose-ranging
trial, read classes ['serotonergic'] from "21 were using SSRIs at baseline").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Background: Post-COVID-19 condition (long COVID) lacks effective treatments.\n"
    "Methods: Adults with long COVID persisting >= 12 weeks were randomised to naltrexone "
    "1 mg, 4.5 mg or placebo daily for 12 weeks. Outcomes included the Chalder Fatigue Scale "
    "and PHQ-9. 132 participants were randomised; 21 were using SSRIs at baseline.\n"
    "Results: Fatigue improved dose-dependently; PHQ-9 scores improved by 3.9 points with "
    "4.5 mg versus 1.1 with placebo.\n"
    "Conclusions: 4.5 mg appeared the more effective dose."
)


def test_the_record() -> None:
    f = facts(
        "Dose-ranging study of low-dose naltrexone for post-COVID-19 condition: fatigue, pain "
        "and depressive symptoms",
        RECORD,
        RCT,
    )
    assert f.concomitant_antidepressants == []
    assert f.concomitant_classes == []
    assert f.ldn_doses_mg == [1.0, 4.5]


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for fatigue in multiple sclerosis",
            "Eighty adults with relapsing multiple sclerosis were randomised to naltrexone "
            "4.5 mg or placebo for 16 weeks; 14 were taking an SNRI at entry. Fatigue and the "
            "Beck Depression Inventory improved more with naltrexone.",
        ),
        (
            "Low-dose naltrexone in fibromyalgia: a randomised trial",
            "Women with fibromyalgia (n = 90) were randomised to naltrexone 4.5 mg nightly or "
            "placebo. At baseline, 30% were on an SSRI and 12% were taking amitriptyline. Pain "
            "and depressive symptoms (PHQ-9) improved with naltrexone.",
        ),
        (
            "Low-dose naltrexone in Crohn's disease: effects on disease activity and mood",
            "Sixty patients with Crohn's disease were randomised to naltrexone 4.5 mg or "
            "placebo for 12 weeks. A quarter of them were using sertraline. HADS depression "
            "scores fell more with naltrexone.",
        ),
    ],
)
def test_some_of_another_conditions_sample_taking_one(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == []
    assert not gaps(title, abstract, RCT)


def test_a_depression_sample_counted_on_ssris_still_counts() -> None:
    title = "Low-dose naltrexone in major depression: a randomised trial"
    abstract = (
        "Adults with major depressive disorder (MADRS >= 20) were randomised to naltrexone "
        "4.5 mg or placebo for 8 weeks; 21 were using SSRIs at baseline and continued them. "
        "MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


def test_taken_for_depression_in_another_condition_still_counts() -> None:
    f = facts(
        "Low-dose naltrexone for fatigue in multiple sclerosis",
        "Eighty adults with relapsing multiple sclerosis were randomised to naltrexone 4.5 mg "
        "or placebo for 16 weeks; 14 were taking an SNRI for comorbid depression. Fatigue and "
        "the Beck Depression Inventory improved more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
