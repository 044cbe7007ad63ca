"""A survey of prescribers is not on-topic, whatever it asks about.

Kind: the participants of a survey of psychiatrists, GPs, pharmacists or nurses prescribe
or dispense the drug; none of them receives it, and CONTRACT.md makes a study on-topic
only if participants in it receive LDN. A survey or registry of people who take LDN stays
on-topic. Round 44, c44a; shown by holdout154 16900036 ("How do clinicians dose low-dose
naltrexone for depression? A national survey of prescribers") and holdout156 17200034
("Prescribing low-dose naltrexone for depression: a national survey of psychiatrists and
general practitioners"). Until this round a prescriber survey about LDN for depression
was kept on-topic (tests/test_round17_topic_counts.py, test_round13, test_round2 changed).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

SURVEYS = [
    (
        "How do clinicians dose low-dose naltrexone for depression? A national survey of "
        "prescribers",
        "We surveyed 312 psychiatrists and general practitioners who had prescribed low-dose "
        "naltrexone for depression in the past year. Most started at 1.5 mg (61%) and targeted "
        "4.5 mg (72%); 18% used split twice-daily dosing and 24% prescribed compounded liquid. "
        "Co-prescribed antidepressants were most often SSRIs. Respondents called for "
        "dose-finding trials.",
    ),
    (
        "Prescribing low-dose naltrexone for depression: a national survey of psychiatrists "
        "and general practitioners",
        "We surveyed 412 psychiatrists and general practitioners about off-label low-dose "
        "naltrexone (LDN). Of respondents, 23% had prescribed LDN for depression in the past "
        "year, most often at 1.5-4.5 mg alongside an SSRI. Prescribers cited patient requests "
        "and the absence of dose guidance. Only 9% would prescribe LDN to a depressed patient "
        "without a trial-based recommendation.",
    ),
    (
        "Pharmacists and low-dose naltrexone for depression: a survey",
        "Methods: A questionnaire was completed by 188 community pharmacists who dispense "
        "compounded LDN 4.5 mg for depressive disorders.\nResults: Most reported good "
        "tolerability.",
    ),
    (
        "Nurse practitioners' attitudes to low-dose naltrexone in treatment-resistant "
        "depression: a cross-sectional survey",
        "Methods: 240 nurse practitioners answered an online questionnaire about LDN 1.5-4.5 "
        "mg as augmentation in treatment-resistant depression.\nResults: Half had never "
        "prescribed it.",
    ),
    (
        "Prescribing low-dose naltrexone for depression: a survey of general practitioners",
        "Methods: A questionnaire was sent to 900 general practitioners; 240 GPs "
        "responded.\nResults: Most prescribed LDN 4.5 mg alongside SSRIs or SNRIs.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), SURVEYS)
def test_survey_of_prescribers_is_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert not f.on_topic
    assert f.ldn_doses_mg == [] and f.concomitant_classes == []
    assert gaps(title, abstract) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone use among people with depression: a survey",
            "Methods: A questionnaire was sent to 2,000 members of a depression support "
            "network.\nResults: 480 members responded; 96 took low-dose naltrexone 4.5 mg "
            "nightly, mostly with sertraline, prescribed by their physicians. PHQ-9 scores "
            "were lower in LDN users.",
        ),
        (
            "Patients' experience of low-dose naltrexone for depression: an online survey",
            "Methods: 320 adults taking LDN 4.5 mg for depression, recruited through their "
            "psychiatrists, completed the PHQ-9 and a questionnaire.\nResults: 61% reported "
            "improved mood.",
        ),
        (
            "Low-dose naltrexone in depression: a registry of 210 patients",
            "Methods: Psychiatrists entered 210 patients with major depressive disorder who "
            "started LDN 1.5-4.5 mg into the registry.\nResults: MADRS fell by 9 points at 12 "
            "weeks.",
        ),
    ],
)
def test_surveys_and_registries_of_people_taking_it_stay_on_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract).on_topic
