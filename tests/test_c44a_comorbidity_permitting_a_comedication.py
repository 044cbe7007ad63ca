"""A comorbidity that only permits a co-medication is neither the population nor an outcome.

Kind: in a trial of people selected for another condition, "patients with comorbid
depression could continue SSRIs" lets part of the sample keep a medicine; it selects
nobody for depression and measures no mood, so the record is not about depression (and
no gap is addressed). Round 44, c44a; shown by holdout155 17000028 (LDN for fatigue in
multiple sclerosis), which read as a depression trial with serotonergic co-medication.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone and fatigue in relapsing multiple sclerosis: a randomised crossover trial",
    "Patients with relapsing multiple sclerosis and fatigue (MFIS >= 38) were randomised to 8 "
    "weeks of LDN 4.5 mg and 8 weeks of placebo in random order. Patients with comorbid "
    "depression could continue SSRIs or SNRIs. 36 patients entered and 31 completed both "
    "periods (62 treatment periods). Fatigue (MFIS) and health-related quality of life did "
    "not differ between LDN and placebo.",
)

PROBES = [
    RECORD,
    (
        "Low-dose naltrexone for pain in fibromyalgia: a randomised trial",
        "Sixty women with fibromyalgia were randomised to naltrexone 4.5 mg/day or placebo for "
        "12 weeks. Participants with co-occurring depression were allowed to remain on a "
        "stable SSRI. Pain intensity fell more with LDN.",
    ),
    (
        "Low-dose naltrexone in long COVID fatigue: a randomised trial",
        "We randomised 80 adults with post-COVID fatigue to LDN 4.5 mg or placebo for 8 weeks. "
        "Those with concurrent depression could keep taking sertraline or venlafaxine. Fatigue "
        "scores improved with LDN.",
    ),
    (
        "Low-dose naltrexone in Crohn's disease: a randomised trial",
        "Patients with active Crohn's disease (n = 54) were randomised to naltrexone 4.5 mg or "
        "placebo. Patients with comorbid major depression may continue their antidepressant "
        "(SSRI or SNRI) at a stable dose. Clinical remission was more frequent with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_permitted_comedication_is_not_the_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


def test_mood_measured_beside_it_stays_on_topic_without_population() -> None:
    title = "Low-dose naltrexone and fatigue in multiple sclerosis"
    abstract = (
        "Patients with relapsing multiple sclerosis were randomised to LDN 4.5 mg or placebo. "
        "Patients with comorbid depression could continue SSRIs. 60 patients entered. Fatigue "
        "and depressive symptoms (BDI-II) improved with LDN."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in multiple sclerosis with depression: a randomised trial",
            "Patients with relapsing multiple sclerosis and comorbid major depressive disorder "
            "(HAM-D >= 18) were randomised to LDN 4.5 mg or placebo for 8 weeks; they could "
            "continue SSRIs. 60 patients were randomised. HAM-D fell more with LDN.",
        ),
        (
            "Low-dose naltrexone augmentation in major depressive disorder",
            "Sixty adults with major depressive disorder were randomised to LDN 4.5 mg or "
            "placebo added to their antidepressant. Patients could continue SSRIs or SNRIs. "
            "HAM-D fell more with LDN.",
        ),
    ],
)
def test_selected_for_depression_keeps_its_verdict(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.depression_population
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
