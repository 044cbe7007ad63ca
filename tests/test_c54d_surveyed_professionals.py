"""A survey whose own people are professionals named by its verb ("we surveyed
psychiatrists", "psychiatrists were surveyed", "a questionnaire was sent to GPs",
"clinicians completed the survey") has no participants taking anything: the drugs the
respondents report combining the watched drug with are their patients', not the study's
co-medication (CONTRACT.md: classes are of antidepressants taken together with LDN;
surveys of prescribers list no doses). On-topic is left as it was.

Round 54, c54d; the record that showed it: preprints50 PPR4900010, "How do psychiatrists
use low-dose naltrexone for depression? A cross-sectional survey of prescribing practice".
"""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

RECORD_TITLE = (
    "How do psychiatrists use low-dose naltrexone for depression? A cross-sectional survey "
    "of prescribing practice"
)
RECORD = (
    "Low-dose naltrexone (LDN) is used off-label for depression without trial evidence for "
    "dose or combination. We surveyed psychiatrists and psychiatric nurse prescribers in the "
    "United States and Canada (May\u2013July 2025). Of 1,930 invited, 412 responded; 163 had "
    "prescribed LDN for a depressive disorder in the past year. Most started at 1.5 mg and "
    "titrated to 4.5 mg, and 71% reported combining LDN with an SSRI or SNRI, most often "
    "sertraline or venlafaxine. Respondents ranked dose-finding trials and trials of LDN with "
    "serotonergic antidepressants as the top research priorities. Practice is ahead of the "
    "evidence."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, JOURNAL)
    assert f.on_topic
    assert f.concomitant_classes == []
    assert f.ldn_doses_mg == []


ASKED = [
    (
        "Low-dose naltrexone for depression: a survey of prescribing",
        "Methods: We surveyed psychiatrists in three provinces about low-dose naltrexone for "
        "depression.\nResults: Of 900 invited, 210 responded; 58% combined LDN 1.5-4.5 mg "
        "with an SSRI and 20% with bupropion.",
    ),
    (
        "Prescribing low-dose naltrexone in depression",
        "Psychiatrists in Ontario were surveyed online about low-dose naltrexone for major "
        "depression. Of 640, 188 replied; most reported adding LDN to escitalopram or "
        "duloxetine.",
    ),
    (
        "Low-dose naltrexone in depression: practice patterns",
        "An online questionnaire was sent to general practitioners in Norway; 301 answered. "
        "Most prescribed naltrexone 4.5 mg for depression alongside sertraline or "
        "mirtazapine.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), ASKED)
def test_respondents_patients_drugs_are_no_comedication(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.on_topic
    assert f.concomitant_classes == []


TAKEN = [
    # patients surveyed take the drugs themselves
    (
        "Low-dose naltrexone and antidepressants: a survey of patients with depression",
        "Methods: We surveyed 300 adults with major depressive disorder taking low-dose "
        "naltrexone 4.5 mg.\nResults: 120 also took sertraline and 40 venlafaxine; mood "
        "ratings improved.",
        ["serotonergic", "noradrenergic"],
    ),
    # professionals who enrolled patients
    (
        "Low-dose naltrexone in depression: a cohort",
        "Methods: Psychiatrists enrolled 60 adults with major depressive disorder on "
        "sertraline who then took naltrexone 4.5 mg for 12 weeks.\nResults: MADRS fell by 8 "
        "points.",
        ["serotonergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "classes"), TAKEN)
def test_drugs_people_take_stay(title: str, abstract: str, classes: list[str]) -> None:
    assert facts(title, abstract, JOURNAL).concomitant_classes == classes
