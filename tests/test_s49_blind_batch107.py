"""Kinds met in the blind sets of session 49 (lead), each written again in other words.

Blind batch 107 (measured on dd6cb7ee):
- holdout435 49200038: a switch trial in "partially remitted depression" (MADRS 10-22) read
  as people outside an episode ("remitted depression"), so 60 randomised closed no gap.
- holdout437 49400020: an ultra-low-dose naloxone infusion trial, LDN named in its background
  and in a hedged last sentence ("Oral low-dose naltrexone, taken daily, may act through
  different mechanisms"), read on-topic: ", taken daily," was read as the study giving it
  (a false serotonergic verdict).
- holdout438 49500001, 49500018, 49500037: LDN in other diseases whose only mood words are
  "low mood were recorded inconsistently ... and could not be analysed", "Depression was
  recorded as a comorbidity in 14 patients" and "A prior diagnosis of depression was
  reported by 27% of respondents", read on-topic.
- holdout436 49300023, 49300024: "at two old-age psychiatry services, adults ..." counted
  the services as people; "76 were assigned to LDN and 75 to placebo" gave way to the 148
  of a modified intention-to-treat analysis (missed larger-trials verdicts).
- holdout436 49300028: "0.5 mg per drop ..., starting with one drop at night and increasing
  to three drops" read 0.5 mg.
- holdout436 49300003: "Of 19 participants randomised to date, 16 have completed ..." read
  as earlier work ("to date"), so no count.
- holdout437 49400018: a secondary analysis restricted to "Participants with a baseline PHQ-9
  score of 10 or more", "Of 206 trial participants, 57 had clinically significant depressive
  symptoms (LDN n = 29; placebo n = 28)", counted 206.
- holdout436 49300018: "3 mL at bedtime. At week 4, participants whose MADRS score had fallen
  by less than 25% took a further 3 mL each morning" read 3 mg only (6 mg for some lost).
- holdout437 49400026: "Among 143 patients (1.5 mg, n = 58; 4.5 mg, n = 85), 96 were taking
  an SSRI" counted one group (85).
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, TRIAL, facts, gaps

# --- partial remission is an episode not yet over --------------------------------------------


@pytest.mark.parametrize(
    ("state", "depressed"),
    [
        ("partially remitted depression", True),
        ("partly remitted major depression", True),
        ("remitted depression", False),
    ],
)
def test_partial_remission_is_still_a_depressed_population(state: str, depressed: bool) -> None:
    title = f"Low-dose naltrexone instead of escitalopram in {state}: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder who had taken escitalopram for at least "
        "16 weeks were randomised to switch to naltrexone 4.5 mg nightly or to continue "
        "escitalopram for 20 weeks.\n"
        "Results: Seventy-two participants were randomised (36 per arm). Relapse was similar."
    )
    found = facts(title, text, RCT)
    assert found.n == 72
    assert found.depression_population is depressed
    assert ("larger-trials" in gaps(title, text, RCT)) is depressed


# --- the watched drug's usual use set off after its name, in a hedged sentence ---------------

NALOXONE_TITLE = (
    "Very-low-dose intravenous naloxone added to SSRIs in treatment-resistant depression: a "
    "randomised crossover study"
)
NALOXONE_TEXT = (
    "Background: Opioid modulation is of interest in depression, and low-dose naltrexone is "
    "prescribed off label.\n"
    "Methods: Twenty-six adults with treatment-resistant depression on a stable SSRI received "
    "a 3-hour infusion of naloxone 0.2 microgram/kg/h and of saline, one week apart, in random "
    "order.\n"
    "Results: MADRS scores 48 hours later did not differ between naloxone and saline.\n"
    "Conclusions: A single naloxone infusion had no lasting effect on mood. {last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "Low-dose naltrexone, taken nightly, may act through slower mechanisms.",
        "Oral low-dose naltrexone, usually taken at bedtime, might work differently.",
    ],
)
def test_a_hedged_aside_on_how_the_drug_is_taken_gives_it_to_nobody(last: str) -> None:
    text = NALOXONE_TEXT.format(last=last)
    assert facts(NALOXONE_TITLE, text, RCT).on_topic is False
    assert gaps(NALOXONE_TITLE, text, RCT) == {}


def test_a_trial_that_gives_the_drug_stays_on_topic() -> None:
    title = "Low-dose naltrexone added to SSRIs in treatment-resistant depression: a pilot"
    text = (
        "Methods: Twenty-six adults with treatment-resistant depression on a stable SSRI took "
        "low-dose naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: MADRS fell from 27.0 to 18.2.\n"
        "Conclusions: Low-dose naltrexone, taken nightly, may act through slower mechanisms."
    )
    assert facts(title, text, TRIAL).on_topic is True


# --- mood named in another disease's study, never measured ------------------------------------

OTHER_DISEASE_TITLE = "Low-dose naltrexone in {disease}: a retrospective cohort study"
OTHER_DISEASE_TEXT = (
    "Methods: We reviewed the records of adults with {disease} who started low-dose "
    "naltrexone 1.5-4.5 mg nightly at three clinics between 2019 and 2024.\n"
    "Results: In total, 96 patients were included. The primary outcome, {outcome}, improved "
    "in 51%. {mood}\n"
    "Conclusions: Prospective trials are warranted."
)


@pytest.mark.parametrize(
    "mood",
    [
        "Symptoms such as fatigue, joint pain and low mood were noted inconsistently in the "
        "records and could not be analysed.",
        "Depression was recorded as a comorbidity in 19 patients (20%).",
        "Depression was documented as a comorbid condition in 19 patients.",
        "A prior diagnosis of depression was reported by 24% of patients, and their outcomes "
        "did not differ.",
    ],
)
@pytest.mark.parametrize(
    ("disease", "outcome"),
    [("psoriasis", "the PASI score"), ("autoimmune thyroiditis", "the antibody titre")],
)
def test_mood_named_but_never_measured_is_off_topic(mood: str, disease: str, outcome: str) -> None:
    text = OTHER_DISEASE_TEXT.format(disease=disease, outcome=outcome, mood=mood)
    assert facts(OTHER_DISEASE_TITLE.format(disease=disease), text, JOURNAL).on_topic is False


def test_mood_measured_in_another_disease_is_on_topic() -> None:
    mood = "Depressive symptoms, rated with the PHQ-9, fell from 12.4 to 8.1."
    text = OTHER_DISEASE_TEXT.format(disease="psoriasis", outcome="the PASI score", mood=mood)
    assert facts(OTHER_DISEASE_TITLE.format(disease="psoriasis"), text, JOURNAL).on_topic is True


# --- the sample, said the hard way --------------------------------------------------------------


@pytest.mark.parametrize("services", ["three community mental health services", "two wards"])
def test_services_counted_before_the_people_are_no_people(services: str) -> None:
    text = (
        f"Methods: In this double-blind trial at {services}, adults with major depressive "
        "disorder on sertraline were randomised to naltrexone 1 mg twice daily or placebo.\n"
        "Results: Thirty-one participants were randomised to each arm; 57 completed week 8."
    )
    found = facts("Low-dose naltrexone added to sertraline: a randomised trial", text, RCT)
    assert found.n == 62


def test_service_users_are_people() -> None:
    text = (
        "Methods: Forty mental health service users with major depressive disorder took "
        "low-dose naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: MADRS fell by 9.1 points."
    )
    assert facts("Low-dose naltrexone in depression: an open study", text, TRIAL).n == 40


@pytest.mark.parametrize(
    "analysed",
    [
        "78 participants were included in the modified intention-to-treat analysis",
        "79 were analysed",
    ],
)
def test_arms_allocated_beat_the_smaller_analysis_set(analysed: str) -> None:
    text = (
        "Methods: Adults with major depressive disorder on an SSRI or SNRI were randomly "
        "assigned to naltrexone 4.5 mg at bedtime or placebo for 10 weeks.\n"
        f"Results: 305 people were screened; 41 were assigned to LDN and 40 to placebo. "
        f"{analysed[0].upper()}{analysed[1:]}."
    )
    found = facts("Low-dose naltrexone augmentation of SSRIs and SNRIs", text, RCT)
    assert found.n == 81


@pytest.mark.parametrize(
    "sentence",
    [
        "Of 21 participants randomised to date, 18 have completed all three periods.",
        "Of 21 patients enrolled so far, 18 have finished the trial.",
    ],
)
def test_an_interim_frame_is_the_trials_own_count(sentence: str) -> None:
    text = (
        "Methods: Adults with major depressive disorder on an antidepressant are randomised to "
        "sequences of naltrexone 1 mg, 2 mg and 4.5 mg nightly, each for 3 weeks.\n"
        f"Results: {sentence} MADRS was lowest after 2 mg."
    )
    title = "Three doses of low-dose naltrexone in depression: interim results of a crossover trial"
    assert facts(title, text, RCT).n == 21


DERIVED_TITLE = (
    "Low-dose naltrexone and depressive symptoms in fibromyalgia: secondary analysis of "
    "participants with depression in a randomised trial"
)


def test_a_restricted_report_counts_the_part_its_results_open_on() -> None:
    text = (
        "Methods: We performed a secondary analysis of a 12-week placebo-controlled trial of "
        "naltrexone 4.5 mg for pain in fibromyalgia. Participants with a baseline BDI-II score "
        "of 14 or more were included in this analysis.\n"
        "Results: Of 180 trial participants, 64 had moderate depressive symptoms (LDN n = 33; "
        "placebo n = 31). BDI-II fell more with LDN."
    )
    assert facts(DERIVED_TITLE, text, RCT).n == 64


def test_an_unrestricted_report_keeps_the_whole() -> None:
    text = (
        "Methods: We performed a secondary analysis of a 12-week placebo-controlled trial of "
        "naltrexone 4.5 mg for pain in fibromyalgia, analysing BDI-II in all participants.\n"
        "Results: Of 180 trial participants, 64 reported vivid dreams (LDN n = 40; "
        "placebo n = 24). BDI-II fell more with LDN."
    )
    assert facts(DERIVED_TITLE, text, RCT).n == 180


@pytest.mark.parametrize(
    "groups", ["(2 mg, n = 50; 4.5 mg, n = 70)", "(1.5 mg: 50 patients; 4.5 mg: 70 patients)"]
)
def test_a_frame_told_with_its_groups_is_the_whole(groups: str) -> None:
    text = (
        "Methods: We reviewed the records of adults with major depressive disorder who started "
        "low-dose naltrexone while taking an SSRI, grouped by the dose prescribed.\n"
        f"Results: Among 120 patients {groups}, 80 were taking sertraline and 40 escitalopram. "
        "Response was more frequent with 4.5 mg."
    )
    found = facts("Two doses of low-dose naltrexone with SSRIs: a cohort study", text, JOURNAL)
    assert found.n == 120


# --- a dose counted in drops, raised to its target ---------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "mg"),
    [
        ("starting with one drop at night and increasing to three drops at night", 1.5),
        ("starting at two drops nightly and titrated to four drops nightly after a week", 2.0),
    ],
)
def test_drops_raised_to_a_target_count_as_the_target(schedule: str, mg: float) -> None:
    text = (
        "A 47-year-old man with recurrent major depressive disorder had a partial response to "
        "venlafaxine 150 mg/day. Compounded naltrexone drops (0.5 mg per drop) were added, "
        f"{schedule}. His MADRS score fell from 28 to 12 over 10 weeks."
    )
    found = facts("Low-dose naltrexone drops added to venlafaxine: a case report", text, CASE)
    assert found.ldn_doses_mg == [mg]


# --- a dose added on top of the one taken, for some -------------------------------------------


@pytest.mark.parametrize(
    ("added", "expected"),
    [
        ("took a further 3 mL each morning", [3.0, 6.0]),
        ("were given an additional 1.5 mL in the morning", [3.0, 4.5]),
    ],
)
def test_a_further_dose_for_some_adds_to_the_one_taken(added: str, expected: list[float]) -> None:
    text = (
        "Methods: Adults with major depressive disorder on vortioxetine received naltrexone oral "
        "solution (1 mg/mL), 3 mL at bedtime. At week 4, participants whose MADRS score had "
        f"fallen by less than 25% {added}; all others continued 3 mL at night.\n"
        "Results: Thirty-six participants were enrolled; MADRS fell from 28.7 to 17.2."
    )
    found = facts("Low-dose naltrexone oral solution added to vortioxetine", text, TRIAL)
    assert found.ldn_doses_mg == expected
    assert found.compares_doses is False
