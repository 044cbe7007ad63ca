"""Two false verdicts the round-59 merge brought back on development sets, fixed at the
merge (round 60, lead):

- a band dose named as a rough figure on the scale a study's own dose sits on ("a dose
  between the low doses used off-label (around 4.5 mg) and the 50 mg used in addiction")
  is a point of reference, not a dose given: a 12 mg/day trial stays off-topic (holdout19
  86100036, read once "We tested ..." counted as the study's own words);
- in an open-label extension, a sentence whose subject is the parent trial telling what it
  did ("The parent trial had randomized 96 patients to one of three naltrexone doses or
  placebo") is the parent's design: flexible dosing in the extension compares no doses
  (holdout26 79100028, read once "one of three naltrexone doses" counted as doses compared).
"""

import pytest
from written import RCT, TRIAL, facts, gaps

TWELVE_MG = (
    "Methods: Ninety adults with major depressive disorder on a stable SSRI were randomised to "
    "naltrexone 6 mg twice daily (12 mg/day; n = 45) or placebo (n = 45) for 8 weeks.\n"
    "Results: MADRS change did not differ.\n"
    "Conclusions: Naltrexone 12 mg/day did not help."
)


@pytest.mark.parametrize(
    "scale",
    [
        "We tested a naltrexone dose between the low doses used off-label (around 4.5 mg) and "
        "the 50 mg used in addiction.",
        "We chose a dose between the low doses used off-label (about 4.5 mg) and the standard "
        "dose (50 mg).",
        "Our dose lies between the low doses given in pain clinics (approximately 3-4.5 mg) "
        "and the standard doses of addiction care (50 mg).",
        "This trial used a dose above the usual low doses (roughly 4.5 mg).",
    ],
)
def test_a_band_dose_given_roughly_as_a_reference_is_not_given(scale: str) -> None:
    abstract = f"Background: {scale}\n{TWELVE_MG}"
    got = facts("Naltrexone 12 mg daily added to SSRIs in depression: an RCT", abstract, RCT)
    assert not got.on_topic
    assert gaps("Naltrexone 12 mg daily added to SSRIs in depression: an RCT", abstract, RCT) == {}


def test_a_study_giving_the_rough_low_dose_itself_keeps_it() -> None:
    abstract = (
        "Methods: Ninety adults with major depressive disorder on a stable SSRI were randomised "
        "to low-dose naltrexone (around 4.5 mg nightly; n = 45) or placebo (n = 45).\n"
        "Results: MADRS fell more with naltrexone."
    )
    got = facts("Low-dose naltrexone added to SSRIs in depression: an RCT", abstract, RCT)
    assert got.on_topic and got.ldn_doses_mg == [4.5]


EXTENSION_TITLE = (
    "Open-label extension of the RANGE-D trial: 24-week safety of flexibly dosed low-dose "
    "naltrexone added to antidepressants"
)


@pytest.mark.parametrize(
    "parent",
    [
        "The parent trial had randomized 96 patients to one of three naltrexone doses or placebo.",
        "The double-blind phase compared naltrexone 1.5 mg, 3 mg and 4.5 mg with placebo.",
        "The original study randomised 120 adults to naltrexone 1 mg or 4.5 mg.",
    ],
)
def test_the_parent_trial_as_subject_is_the_parents_design(parent: str) -> None:
    abstract = (
        "Methods: Participants who completed the double-blind phase were offered 24 weeks of "
        "open-label naltrexone, started at 1.5 mg and adjusted by the psychiatrist between 1.5 "
        f"and 4.5 mg/day. {parent}\n"
        "Results: Seventy-one participants entered the extension and 59 completed week 24."
    )
    got = facts(EXTENSION_TITLE, abstract, TRIAL)
    assert got.compares_doses is False
    assert "dose-finding" not in gaps(EXTENSION_TITLE, abstract, TRIAL)


def test_an_extension_keeping_its_parents_arms_still_compares_them() -> None:
    abstract = (
        "Methods: The parent trial had randomized 96 patients to naltrexone 1.5 mg or 4.5 mg. "
        "In this open-label extension, participants continued on their randomised dose for 24 "
        "weeks.\nResults: Seventy-one participants entered; response was kept in both dose groups."
    )
    got = facts(EXTENSION_TITLE, abstract, TRIAL)
    assert got.compares_doses is True
