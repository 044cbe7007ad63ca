"""The condition named only as where the drug is used in general (an area of use in a
list: "the low-dose range used in pain, inflammatory disorders and depression") is
neither the study's condition nor its outcome. From holdout121 13400012, a phase I
pharmacokinetic study in healthy volunteers read as on-topic."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

PK = (
    "Pharmacokinetics of naltrexone and 6-beta-naltrexol after single oral doses of 1.5, 3 "
    "and 4.5 mg in healthy volunteers"
)
PK_ABSTRACT = (
    "Low-dose naltrexone is widely prescribed off label, but its pharmacokinetics below 25 mg "
    "are poorly described. In this open-label, randomised, three-way crossover study, 18 "
    "healthy adults received single oral doses of naltrexone 1.5 mg, 3 mg and 4.5 mg separated "
    "by 7-day washouts. Cmax and AUC increased proportionally with dose. These data support "
    "dose-proportional exposure across the low-dose range used in pain, inflammatory "
    "disorders and depression."
)
PHASE1 = ("Journal Article", "Clinical Trial, Phase I")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (PK, PK_ABSTRACT),
        # the same kind said differently (probes)
        (
            "Bioavailability of a compounded low-dose naltrexone liquid in healthy men",
            "Twenty-four healthy men took naltrexone 4.5 mg as capsule and as liquid in random "
            "order. Exposure was equivalent. The liquid suits the doses prescribed off label "
            "for fibromyalgia, Crohn's disease or depression.",
        ),
        (
            "Food effect on naltrexone 3 mg absorption: a crossover study in healthy volunteers",
            "Naltrexone at 1-4.5 mg, increasingly employed in chronic pain and depression, was "
            "given as a single 3 mg dose fasted and fed to 16 healthy volunteers. Food delayed "
            "Tmax by 1 h without changing AUC.",
        ),
        (
            "Opioid receptor occupancy after naltrexone 2 mg in healthy adults: a PET study",
            "Twelve healthy adults underwent PET after naltrexone 2 mg. Occupancy was 45% at "
            "2 h. The findings bear on its off-label uses, which include multiple sclerosis "
            "and depression.",
        ),
    ],
)
def test_a_study_naming_depression_only_as_an_area_of_use_is_off_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, PHASE1).on_topic is False


@pytest.mark.parametrize(
    "abstract",
    [
        # the study's own act: LDN used for depression in its patients
        "Naltrexone 4.5 mg was used for depression in 30 outpatients; PHQ-9 scores fell "
        "from 16 to 9 over 12 weeks.",
        # a depression outcome besides the area of use
        "Forty adults with fibromyalgia took naltrexone 4.5 mg, the dose used in pain and "
        "depression, for 12 weeks; depressive symptoms (BDI-II) improved.",
    ],
)
def test_a_study_that_treats_or_measures_depression_stays_on_topic(abstract: str) -> None:
    assert facts("Low-dose naltrexone in clinical practice", abstract, JOURNAL).on_topic is True


def test_a_review_listing_the_drugs_uses_keeps_them_as_its_subject() -> None:
    title = "An update on the uses of low-dose naltrexone in clinical practice"
    abstract = (
        "This review covers naltrexone at 1-4.5 mg, which is used in inflammatory "
        "conditions, mood disorders and pain syndromes, and the evidence for each use."
    )
    assert facts(title, abstract, ("Review",)).on_topic is True
