"""A comorbidity let in together with the medicine taken for it is neither the population
nor an outcome.

Kind: in a trial of people taken in for another condition, "patients with comorbid
depression on stable SNRIs were eligible" lets part of the sample in with the medicine it
already takes; it selects nobody for depression, measures no mood and adds the study drug
to nothing, even where the other condition is written in a way the spec does not know
("relapsing MS"). Round 45, c45a; shown by holdout161 17700038 (LDN for fatigue in multiple
sclerosis), which read as a depression trial of 110 with serotonergic co-medication. It
follows round 44's "could continue SSRIs" (test_c44a_comorbidity_permitting_a_comedication).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone for fatigue in multiple sclerosis: a randomized trial",
    "110 patients with relapsing MS were randomized to naltrexone 4.5 mg/day or placebo. "
    "Patients with comorbid depression on stable SNRIs were eligible. The outcome was the "
    "Modified Fatigue Impact Scale; fatigue did not differ.",
)

PROBES = [
    RECORD,
    (
        "Low-dose naltrexone and motor symptoms in Parkinson's disease: a randomised trial",
        "Seventy adults with Parkinson's disease were randomised to LDN 3 mg or placebo for "
        "10 weeks. Participants with concurrent major depression taking a stable SSRI were "
        "also included. UPDRS part III scores did not change.",
    ),
    (
        "Naltrexone 4.5 mg for chronic low back pain",
        "We randomised 96 people with chronic low back pain to naltrexone 4.5 mg daily or "
        "placebo. Those with co-existing depression who were on sertraline or escitalopram "
        "were eligible. Pain interference fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone in relapsing MS: a crossover trial",
        "Sixty patients with RRMS received LDN 4.5 mg and placebo for 8 weeks each. Adults "
        "with comorbid depression receiving venlafaxine or duloxetine were permitted. "
        "Quality of life (MSQoL-54) did not differ.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_let_in_with_its_medicine_is_not_the_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


def test_mood_measured_beside_it_stays_on_topic_without_population() -> None:
    title = "Low-dose naltrexone and fatigue in relapsing MS"
    abstract = (
        "80 patients with relapsing MS were randomised to LDN 4.5 mg or placebo. Patients "
        "with comorbid depression on a stable SSRI were eligible. Fatigue and depressive "
        "symptoms (BDI-II) improved with LDN."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone augmentation in major depressive disorder",
            "Sixty adults with major depressive disorder on stable SSRIs were eligible and "
            "were randomised to LDN 4.5 mg or placebo. HAM-D fell more with LDN.",
        ),
        (
            "Low-dose naltrexone for depression in multiple sclerosis: a randomised trial",
            "Patients with multiple sclerosis and comorbid major depressive disorder (HAM-D "
            ">= 18) on stable SSRIs were eligible; 64 were randomised to LDN 4.5 mg or "
            "placebo. HAM-D fell more with LDN.",
        ),
    ],
)
def test_selected_for_depression_keeps_its_verdict(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.depression_population
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
