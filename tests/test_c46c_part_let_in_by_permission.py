"""A part of the sample let in with its medicine by a word of permission is neither the
population nor an outcome.

Kind: in a trial of people selected for another condition, "subjects with depression,
provided they were on stable doses of SSRIs, were permitted to participate" or "patients
with depression treated with sertraline were allowed in the study" lets part of the
sample in with the medicine it takes; without "comorbid" the words of permission ("were
allowed", "were permitted", "were not excluded", "were also eligible") say it is a part,
not whom the study selected, and it measures no mood. Round 46, c46c; written as new
wordings of the kind of holdout155 17000028 and holdout161 17700038 ("patients with
comorbid depression on stable SNRIs were eligible"; test_c44a_comorbidity_permitting_a_
comedication, test_c45a_comorbidity_let_in_with_its_medicine), which the shared pattern
read only with a word such as "comorbid". A depression trial's own "patients with
depression on stable SSRIs were eligible" and a sample selected for both conditions keep
their verdicts.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

PROBES = [
    (
        "Low-dose naltrexone in ulcerative colitis",
        "Patients with ulcerative colitis (n = 56) were randomised to naltrexone 4.5 mg or "
        "placebo. Subjects with depression, provided they were on stable doses of SSRIs, were "
        "permitted to participate. Clinical remission did not differ.",
    ),
    (
        "Low-dose naltrexone for multiple sclerosis fatigue",
        "In this randomised trial, 66 patients with relapsing-remitting multiple sclerosis "
        "received LDN 4.5 mg or placebo. Patients with depression treated with sertraline "
        "were allowed in the study. Fatigue did not differ.",
    ),
    (
        "Low dose naltrexone in complex regional pain syndrome: a randomized trial",
        "We randomized 70 adults with CRPS to naltrexone 4.5 mg/day or placebo for 12 weeks. "
        "Participants with depression taking escitalopram or duloxetine were not excluded. "
        "Pain intensity fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone for chronic pain in people living with HIV",
        "Adults living with HIV and chronic pain were randomised to LDN 4.5 mg or placebo "
        "(n = 88). Individuals with major depression on a stable SNRI were also eligible. "
        "Pain interference improved with LDN.",
    ),
    (
        "Low-dose naltrexone in Crohn's disease",
        "Sixty adults with active Crohn's disease were randomised to naltrexone 4.5 mg or "
        "placebo. Those with depression, as long as they remained on a stable antidepressant "
        "(mostly sertraline), could be enrolled. Remission was more frequent with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_part_let_in_by_permission_is_not_the_population(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


def test_a_registration_eligibility_text() -> None:
    title = "Low-dose naltrexone for post-COVID condition"
    abstract = (
        "Inclusion criteria: adults with post-COVID condition for at least 12 weeks. Patients "
        "with depression receiving an SSRI are allowed. Intervention: naltrexone 4.5 mg daily "
        "versus placebo for 12 weeks; 120 participants will be randomised."
    )
    f = facts(title, abstract, PROTOCOL)
    assert not f.depression_population
    assert gaps(title, abstract, PROTOCOL) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a depression trial's own eligibility: no other condition, the people are selected
        (
            "Low-dose naltrexone augmentation in depression: a randomised trial",
            "Patients with major depressive disorder on stable SSRIs were eligible; 70 were "
            "randomised to LDN 4.5 mg or placebo. MADRS fell more with LDN.",
        ),
        (
            "Low-dose naltrexone augmentation in depression: a randomised trial",
            "Adults with major depressive disorder (MADRS >= 20) taking an SSRI were allowed to "
            "enrol; 70 were randomised to LDN 4.5 mg or placebo. MADRS fell more with LDN.",
        ),
        # selected for both conditions by a depression threshold
        (
            "Low-dose naltrexone in Crohn's disease with comorbid depression",
            "Adults with Crohn's disease and major depression (HAM-D >= 17) on stable sertraline "
            "were randomised (n = 60) to LDN 4.5 mg or placebo. HAM-D fell more with LDN.",
        ),
    ],
)
def test_selected_for_depression_keeps_its_verdict(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.depression_population
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
