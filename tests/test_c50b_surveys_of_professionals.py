"""A survey of professionals about LDN for depression is not on-topic: nobody in it
takes LDN.

Kind: the study asks prescribers, pharmacists or clinicians (by survey, questionnaire or
interview) what they dispense, prescribe or think of the drug; its participants are the
respondents, who receive nothing. CONTRACT.md: "A study is on-topic only if participants
in it receive LDN". A survey of people taking LDN (however they were reached) stays
on-topic, and so does a trial whose clinicians rate or enrol its patients.

Round 50, c50b. The record that showed it: preprints47 PPR5200006 ("Compounding
Pharmacists' Views on Low-Dose Naltrexone for Depression": "Of 1,260 invited
pharmacists, 412 responded"). Labelled sets disagree on prescriber surveys; this is the
general rule the contract's words give, reported to the lead.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

RECORD_TITLE = (
    "Compounding Pharmacists' Views on Low-Dose Naltrexone for Depression: A National "
    "Cross-Sectional Survey"
)
RECORD = (
    "Low-dose naltrexone (LDN) is increasingly compounded for off-label indications "
    "including depression. We surveyed members of a national compounding pharmacy "
    "association in 2024. Of 1,260 invited pharmacists, 412 responded (33%). Most (71%) had "
    "dispensed LDN for a mood indication in the past year, usually at 1.5 to 4.5 mg nightly, "
    "and 58% reported that prescriptions were frequently combined with SSRIs. Respondents "
    "rated the evidence base as weak and supported larger randomised trials. Pharmacists' "
    "experience suggests widespread off-label use of LDN in depression that outpaces the "
    "trial evidence."
)


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD, ("Preprint",))
    assert f.on_topic is False
    assert f.concomitant_classes == []


PROBES = [
    (
        "Psychiatrists' prescribing of low-dose naltrexone for depression: a national survey",
        "We sent a questionnaire to 900 psychiatrists; 310 responded. Most had prescribed "
        "low-dose naltrexone 1.5-4.5 mg for treatment-resistant depression, often added to "
        "an SSRI, and rated it as moderately helpful.",
    ),
    (
        "Low-dose naltrexone for depression in primary care: a survey of general practitioners",
        "Of 540 GPs surveyed, 201 returned the questionnaire. In all, 22% had prescribed "
        "low-dose naltrexone for depressive symptoms, and most wanted trial evidence first.",
    ),
    # (round 13's wording, once kept on-topic: "no patient data were collected")
    (
        "Prescribing low-dose naltrexone for depression: a survey of psychiatrists",
        "We surveyed 214 psychiatrists about their use of low-dose naltrexone (LDN) for "
        "depression. Most prescribed 1.5 to 4.5 mg/day, usually as augmentation of an SSRI. "
        "No patient data were collected. Respondents reported improvement in mood in about "
        "half of their patients.",
    ),
    (
        "Nurses' experience of low-dose naltrexone for low mood: a qualitative study",
        "We interviewed 18 psychiatric nurses about low-dose naltrexone prescribed for "
        "depression on their wards. They described it as well tolerated and called for "
        "guidance.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_a_survey_of_professionals_gives_the_drug_to_nobody(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.on_topic is False
    assert f.ldn_doses_mg == [] and f.concomitant_classes == []


NEAR_MISSES = [
    # a survey of people who take it
    (
        "Patient-reported outcomes of low-dose naltrexone for depression: an online survey",
        "We surveyed 640 adults taking low-dose naltrexone for depression with an online "
        "questionnaire. Most took 4.5 mg nightly; 48% reported that their mood improved.",
        JOURNAL,
    ),
    # ... reached through professionals
    (
        "Low-dose naltrexone for depression in community pharmacies: a patient survey",
        "Through 35 pharmacists we surveyed 220 patients taking LDN 4.5 mg for depression; "
        "the PHQ-9 was completed by every respondent, and mood improved in most.",
        JOURNAL,
    ),
    # a trial whose clinicians enrol and rate the patients
    (
        "Low-dose naltrexone in major depression: a randomised trial",
        "Sixty adults with major depressive disorder were randomised by 12 psychiatrists to "
        "naltrexone 4.5 mg or placebo; the HAM-D was rated blind. Depression improved more "
        "with naltrexone.",
        RCT,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), NEAR_MISSES)
def test_people_taking_it_keep_the_study_on_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).on_topic is True
