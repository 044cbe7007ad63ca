"""Kinds met in blind batch 127 (session 55, measured on the code of 2835c213), written
again in other words.

- holdout495 52200186 (two false verdicts): a trial of naltrexone 4 mg twice daily (8 mg a
  day, above the band), whose methods say the dose "was chosen to give greater receptor
  occupancy than the 4.5 mg once-daily regimen", was read as a trial of 4.5 mg.
- holdout495 52200187 (a false serotonergic verdict): adolescents "who had not responded to
  ... fluoxetine or escitalopram, and who had stopped it at least 4 weeks ... before
  baseline" were read as taking the SSRI with LDN.
- holdout495 52200195: a survey of depressed adults' views of LDN ("would consider LDN
  instead of starting an antidepressant", "would consider switching ... to LDN") was read as
  a study whose people took it.
- holdout496 52200201 (a missed larger-trials verdict): "58 youth were randomized" lost its
  count ("youth" read as a modifier, as in "two youth services").
"""

from __future__ import annotations

import pytest
from written import RCT, facts

ABOVE = (
    "Methods: Adults with major depressive disorder on an SNRI were randomised to naltrexone "
    "5 mg twice daily or placebo for 8 weeks. {x}\n"
    "Results: Seventy-two were randomised. Scores did not differ."
)
ABOVE_TITLE = "Naltrexone 5 mg twice daily added to SNRIs in depression: a randomised trial"


@pytest.mark.parametrize(
    "x",
    [
        "The dose was picked to give higher receptor blockade than the 4.5 mg nightly regimen.",
        "This gives more opioid blockade than the usual 3 mg dose.",
    ],
)
def test_a_regimen_the_dose_is_compared_with_is_not_given(x: str) -> None:
    got = facts(ABOVE_TITLE, ABOVE.format(x=x), RCT)
    assert got.on_topic is False
    assert got.ldn_doses_mg == []


def test_an_arm_named_after_than_is_still_an_arm() -> None:
    text = (
        "Methods: Adults with major depressive disorder on an SNRI were randomised to naltrexone "
        "1.5 mg or 4.5 mg nightly for 8 weeks.\n"
        "Results: Seventy-two were randomised. Scores fell more with 1.5 mg than the 4.5 mg "
        "group."
    )
    got = facts("Two doses of low-dose naltrexone with SNRIs", text, RCT)
    assert got.ldn_doses_mg == [1.5, 4.5]


STOPPED = (
    "Methods: Young people with major depression who had not responded to sertraline or "
    "citalopram, {x}, were randomly assigned to naltrexone 2 mg or 4 mg nightly for 8 weeks.\n"
    "Results: Forty were randomised (20 per dose)."
)


@pytest.mark.parametrize(
    "x",
    [
        "and who had stopped it at least 2 weeks before baseline",
        "and who had discontinued them at least 14 days before randomisation",
    ],
)
def test_a_drug_the_people_stopped_by_a_pronoun_before_the_start(x: str) -> None:
    got = facts("Two doses of low-dose naltrexone in young people", STOPPED.format(x=x), RCT)
    assert got.concomitant_classes == []


def test_a_drug_the_people_kept_is_still_taken() -> None:
    x = "and who had continued it unchanged"
    got = facts("Two doses of low-dose naltrexone in young people", STOPPED.format(x=x), RCT)
    assert got.concomitant_classes == ["serotonergic"]


YOUTH = (
    "Methods: Teenagers with major depressive disorder on fluoxetine were randomized to "
    "naltrexone 3 mg or placebo for 8 weeks.\n"
    "Results: {x} Scores fell more with LDN."
)


@pytest.mark.parametrize(
    ("x", "n"),
    [
        ("64 youth were randomized and 60 completed.", 64),
        ("Sixty-four youth received the study drug.", 64),
        ("Patients came from two youth clinics; 64 teenagers were randomized.", 64),
    ],
)
def test_youth_counted_as_people(x: str, n: int) -> None:
    got = facts("Low-dose naltrexone in teenagers with depression", YOUTH.format(x=x), RCT)
    assert got.n == n


SURVEY = (
    "Objective: We asked how adults with depression regard low-dose naltrexone (LDN).\n"
    "Methods: Online survey of adults with a PHQ-9 of 10 or more; items covered awareness of "
    "LDN and willingness to start or switch antidepressants.\n"
    "Results: Of 2,000 invited, 900 completed it. {x}"
)


@pytest.mark.parametrize(
    "x",
    [
        "Overall, 40% would consider LDN instead of starting an antidepressant, and 25% would "
        "consider switching from their current antidepressant to LDN.",
        "Willingness to try LDN was higher in those who had stopped an antidepressant.",
    ],
)
def test_a_survey_of_views_of_the_drug_gives_it_to_nobody(x: str) -> None:
    got = facts("Views of low-dose naltrexone among adults with depression", SURVEY.format(x=x))
    assert got.on_topic is False


def test_a_survey_of_people_taking_the_drug_is_about_it() -> None:
    x = "Of them, 120 were taking LDN and reported on their mood since starting it."
    got = facts("Views of low-dose naltrexone among adults with depression", SURVEY.format(x=x))
    assert got.on_topic is True
