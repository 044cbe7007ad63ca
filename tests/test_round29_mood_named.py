"""Depression named in passing, as what goes with another disease: a comorbidity, a
confounder, a background prevalence ("high rates of", "is common in"), a reason for
interest. That is neither the condition the people were selected for nor an outcome the
study measured (CONTRACT.md, "Mood as an outcome"), so it does not make a record about
depression. From holdout84 21100014 (a review of LDN in pain medicine) and holdout85
20100013 (an open-label LDN study in paediatric Crohn's disease)."""

from __future__ import annotations

import pytest
from written import JOURNAL, REVIEW, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # holdout84 21100014: a comorbidity "discussed as possible confounders"
        (
            "[Low-dose naltrexone in pain medicine: a narrative review]",
            "Low-dose naltrexone (LDN), typically 1-4.5 mg/day, is increasingly prescribed for "
            "chronic pain. This narrative review summarises the clinical evidence in fibromyalgia "
            "and complex regional pain syndrome. Depression and sleep disturbance are frequent "
            "comorbidities of chronic pain and are discussed as possible confounders of "
            "patient-reported outcomes. We give practical advice on titration.",
            (*JOURNAL, *REVIEW, "English Abstract"),
        ),
        # holdout85 20100013: a background prevalence in the objectives section
        (
            "Low-dose naltrexone in children with Crohn's disease: an open-label study",
            "Objectives: Children with inflammatory bowel disease (IBD) have high rates of "
            "anxiety and depression, and many families seek adjunctive therapies. LDN may "
            "modulate mucosal inflammation.\n"
            "Methods: Patients aged 8-17 years with Crohn's disease received LDN 0.1 mg/kg "
            "(maximum 4.5 mg) nightly for 12 weeks. Outcomes were PCDAI, faecal calprotectin "
            "and the PedsQL Multidimensional Fatigue Scale.\n"
            "Results: Twenty-nine patients were enrolled. PCDAI fell from 27.5 to 14.8. "
            "Fatigue improved.",
            JOURNAL,
        ),
        # probes, other words and diseases: "is common among", a review
        (
            "Low-dose naltrexone in multiple sclerosis: a review",
            "This review covers the trials of LDN on fatigue, quality of life and relapse rate "
            "in multiple sclerosis. Depression affects up to half of people with MS and often "
            "complicates their care, which the review also discusses.",
            REVIEW,
        ),
        # "frequently accompanies", a fibromyalgia trial measuring pain only
        (
            "Low-dose naltrexone for fibromyalgia: a randomised crossover trial",
            "Objective: As major depression frequently accompanies fibromyalgia, we tested "
            "whether LDN reduces pain.\n"
            "Methods: 58 women with fibromyalgia received LDN 4.5 mg or placebo for 12 weeks "
            "each. The primary outcome was average daily pain.\n"
            "Results: Pain fell by 18% on LDN.",
            TRIAL,
        ),
        # "at increased risk of", long COVID, a reason for interest
        (
            "Low-dose naltrexone in post-COVID condition: an open-label pilot",
            "Objective: People living with long COVID are at increased risk of depression and "
            "anxiety, which has prompted interest in LDN.\n"
            "Methods: Thirty adults with post-COVID fatigue received LDN 1-4.5 mg for 8 weeks. "
            "Outcomes were the Chalder Fatigue Scale and the 6-minute walk distance.\n"
            "Results: Fatigue scores improved.",
            TRIAL,
        ),
        # "given the high prevalence of", "a common comorbidity in"
        (
            "Low-dose naltrexone in Crohn's disease: a retrospective cohort",
            "Objective: Given the high prevalence of depressive symptoms in inflammatory bowel "
            "disease, we examined a well-tolerated drug, LDN, in Crohn's disease.\n"
            "Methods: We reviewed 64 adults with Crohn's disease prescribed LDN 4.5 mg. "
            "Endoscopic response was the outcome.\n"
            "Results: 41% had an endoscopic response.",
            JOURNAL,
        ),
        # "up to half of ... experience"
        (
            "Low-dose naltrexone for chronic low back pain: a pilot trial",
            "Aims: Up to one in three people with chronic pain experience depression; we "
            "assessed LDN for chronic low back pain.\n"
            "Methods: We randomised 40 adults to LDN 4.5 mg or placebo; the outcome was pain "
            "intensity.\nResults: Pain intensity did not differ.",
            TRIAL,
        ),
    ],
)
def test_depression_named_as_what_goes_with_another_disease_is_off_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types).on_topic


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # a review of LDN in depression
        (
            "Low-dose naltrexone for depression: a narrative review",
            "Depression is common in primary care. This review summarises trials of low-dose "
            "naltrexone as an augmentation strategy.",
            REVIEW,
        ),
        # a depression subscale as a secondary outcome, after a prevalence background
        (
            "Low-dose naltrexone in fibromyalgia: a randomised trial",
            "Background: Depression is common in fibromyalgia.\n"
            "Methods: 60 women with fibromyalgia received LDN 4.5 mg or placebo. The primary "
            "outcome was pain; secondary outcomes included the HADS depression subscale.\n"
            "Results: Pain fell on LDN.",
            TRIAL,
        ),
        # mood measured and improved
        (
            "Low-dose naltrexone in multiple sclerosis: an open-label study",
            "Background: People with MS have high rates of depression.\n"
            "Methods: Forty adults with MS received LDN 4.5 mg for 8 weeks.\n"
            "Results: Fatigue and depressive symptoms improved.",
            TRIAL,
        ),
        # people selected for depression, in another disease
        (
            "Low-dose naltrexone in long COVID: a pilot trial",
            "Background: Depression frequently co-occurs with long COVID.\n"
            "Methods: We enrolled 30 adults with long COVID and major depressive disorder "
            "(PHQ-9 of 10 or more) who took LDN 4.5 mg for 8 weeks.\n"
            "Results: Response rates were modest.",
            TRIAL,
        ),
    ],
)
def test_depression_measured_or_selected_stays_on_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).on_topic


FIBRO = "Low-dose naltrexone in fibromyalgia: an open-label study"
FIBRO_METHODS = (
    "\nMethods: 30 women with fibromyalgia received LDN 4.5 mg for 8 weeks. The outcome was "
    "pain.\nResults: Pain improved."
)


@pytest.mark.parametrize(
    "objective",
    [
        "Depression is a well-recognised comorbidity in fibromyalgia, and we tested LDN for pain.",
        "Fibromyalgia is frequently complicated by depression; we tested LDN for pain.",
        "Many patients with fibromyalgia also suffer from depression, so we tested LDN for pain.",
        "Most people with fibromyalgia report low mood, and we tested LDN for pain.",
        "Depressive disorders are overrepresented in fibromyalgia; we tested LDN for pain.",
        "We tested LDN for pain in fibromyalgia, a condition often accompanied by depression.",
        "Patients with fibromyalgia are prone to depression; we tested LDN for pain.",
        "Depression is a known confounder of pain reports; we tested LDN for pain.",
    ],
)
def test_the_same_said_in_other_words_is_off_topic(objective: str) -> None:
    assert not facts(FIBRO, f"Objective: {objective}{FIBRO_METHODS}", TRIAL).on_topic


@pytest.mark.parametrize(
    "abstract",
    [
        # the measured result, then what depression is: the result counts
        "Objective: We tested LDN for pain.\nResults: LDN improved depression, which is a "
        "frequent comorbidity of pain.",
        "Objective: Depression affects up to 20% of people with fibromyalgia. Depressive "
        "symptoms (BDI-II) were a secondary outcome.",
        # past tense: what the study's people reported, not a general statement
        "Objective: We tested LDN for pain.\nResults: Many participants also reported better mood.",
        "Objective: We tested LDN for pain.\nResults: Pain relief was often accompanied by "
        "improved mood.",
    ],
)
def test_mood_measured_beside_such_words_stays_on_topic(abstract: str) -> None:
    assert facts(FIBRO, abstract, TRIAL).on_topic
