"""Kinds met in blind batch 126 (session 55, measured on the code of ea11adee), written
again in other words.

- preprints107 PPR9900131 (a false serotonergic verdict): a replication of the pilot whose
  people "had not responded to ... a regimen the protocol defined as predominantly
  dopaminergic - bupropion ..., or sertraline >=150 mg/day - ..., added to the unchanged
  regimen" had its high-dose sertraline read as serotonergic: the study's own classing of
  the regimen it keeps wins (CONTRACT.md).
- holdout492 52200121: a case series whose unlabelled abstract opens with three sentences
  describing a skin disease (its burden including depression) before "we treated three
  adults" was read as measuring mood.
- holdout491 52200111: a register cohort of naltrexone 50 mg in pregnancy, whose opening
  says low-dose naltrexone is prescribed off-label and whose results say "No fills of
  naltrexone at doses below 50 mg were recorded", was read as a study of the low dose.
"""

from __future__ import annotations

import pytest
from written import facts, judge_preprint, preprint

REPLICATION = (
    "Methods: Adults with major depressive disorder who had not responded to 8 weeks of a "
    "regimen the protocol {defined} - bupropion 300 mg/day or more, methylphenidate, or "
    "sertraline 150 mg/day or more - were randomised to naltrexone 1 mg twice daily or "
    "placebo for 8 weeks, {added}.\n"
    "Results: We randomised 60 (30 per arm); regimens were bupropion (n=30), methylphenidate "
    "(n=12) and high-dose sertraline (n=18). MADRS fell 4 points more with LDN."
)
TITLE = "Low-dose naltrexone with dopaminergic antidepressant regimens: a replication trial"


def test_the_studys_own_class_for_the_regimen_its_people_keep_wins() -> None:
    text = REPLICATION.format(
        defined="classified as mainly dopaminergic", added="added to their unchanged regimen"
    )
    got, gaps = judge_preprint(preprint(TITLE, text))
    assert got.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps


def test_a_class_the_people_failed_and_left_is_their_history() -> None:
    text = (
        "Methods: Adults with major depressive disorder who had not responded to a regimen the "
        "protocol classified as mainly serotonergic were switched to bupropion 300 mg/day and "
        "randomised to naltrexone 1 mg twice daily or placebo for 8 weeks.\n"
        "Results: We randomised 60. MADRS fell 4 points more with LDN."
    )
    got, _ = judge_preprint(preprint(TITLE, text))
    assert "serotonergic" not in got.concomitant_classes


CASES = (
    "Darier disease is a rare genodermatosis caused by ATP2A2 mutations, with itchy, "
    "malodorous papules. Its course is chronic, and the itch, odour and visible lesions weigh "
    "heavily; low mood, anxiety and depression are common in affected adults. Treatments "
    "rarely help for long. {x} All four took naltrexone 4.5 mg nightly. Itch scores fell "
    "from 8 to 3 and papules cleared in three of them by week 12."
)


def test_a_case_series_opening_with_three_sentences_about_the_disease() -> None:
    got = facts(
        "Low-dose naltrexone for Darier disease: four cases",
        CASES.format(x="We treated four adults whose disease had resisted retinoids."),
        ("Case Reports",),
    )
    assert got.on_topic is False


def test_a_mood_scale_the_case_series_measured_still_counts() -> None:
    got = facts(
        "Low-dose naltrexone for Darier disease: four cases",
        CASES.format(x="We treated four adults whose disease had resisted retinoids.")
        + " PHQ-9 scores fell from 14 to 6.",
        ("Case Reports",),
    )
    assert got.on_topic is True


REGISTER = (
    "Objective: Naltrexone is increasingly used by women with alcohol use disorder, and "
    "low-dose naltrexone is prescribed off-label for pain and mood. Whether naltrexone in "
    "pregnancy affects perinatal depression is unknown.\n"
    "Methods: We linked national birth and prescription registers, 2010-2023. Exposure was at "
    "least one naltrexone fill (50 mg tablets) in pregnancy. Exposed pregnancies were compared "
    "with unexposed pregnancies of women with alcohol use disorder.\n"
    "Results: Of 250,000 pregnancies, 900 were exposed to naltrexone; perinatal depression "
    "occurred in 12% and 13%. {x}"
)
REGISTER_TITLE = "Naltrexone in pregnancy and perinatal depression: a register-based cohort"


@pytest.mark.parametrize(
    "x",
    [
        "None of the fills were for doses below 50 mg.",
        "Information on low-dose use was not available.",
    ],
)
def test_a_cohort_saying_nobody_took_the_low_dose(x: str) -> None:
    got = facts(REGISTER_TITLE, REGISTER.format(x=x), ("Observational Study",))
    assert got.on_topic is False


def test_a_cohort_whose_people_took_the_low_dose() -> None:
    x = "Of the exposed, 120 filled naltrexone 4.5 mg prescriptions."
    got = facts(REGISTER_TITLE, REGISTER.format(x=x), ("Observational Study",))
    assert got.on_topic is True
