"""Kinds from blind batch 148 (session 61, first measured on the src of 9da4edc7), written
again in other words.

- holdout590 52202044: "doses between a few hundred micrograms and 4.5 mg are prescribed"
  read as a dose of 100 µg.
- registry133 NCT00290657: an arm's fixed titration written "0.5 mg (wk 1), 1.5 mg (wk 2), 3
  mg (wk 3), 4.5 mg (wk 4-12)" read as four doses.
- preprints126 PPR9900706: a registry study in MS whose propensity score "also included a
  recorded diagnosis of depression and antidepressant use" ("Because depression influences
  fatigue reporting, ...") read as selecting or measuring depression (on-topic).
- preprints126 PPR9900719: a survey "emailed to 2,140 members" whose results open "Of 318
  respondents (15%), 84 ..." read as 2,140.
"""

from __future__ import annotations

from written import RCT, arm, facts, judge_registration, registration

# --- a vague amount is no dose ---------------------------------------------------------

CROSSOVER_TITLE = "Three doses of low-dose naltrexone in depression: a randomised crossover trial"


def test_a_few_hundred_micrograms_is_no_dose() -> None:
    text = (
        "Objective: The best dose is unknown; amounts from several hundred micrograms to 4.5 mg "
        "are in use.\n"
        "Methods: Twenty adults with major depression taking an SSRI received naltrexone 1 mg, "
        "2 mg and 4.5 mg nightly in random order, each for 3 weeks.\n"
        "Results: HAM-D17 was lowest on 4.5 mg."
    )
    assert facts(CROSSOVER_TITLE, text, RCT).ldn_doses_mg == [1.0, 2.0, 4.5]


def test_five_hundred_micrograms_is_a_dose() -> None:
    # (control: a number spelled out)
    text = (
        "Methods: Twenty adults with major depression taking an SSRI received naltrexone five "
        "hundred micrograms, 2 mg and 4.5 mg nightly in random order, each for 3 weeks.\n"
        "Results: HAM-D17 was lowest on 4.5 mg."
    )
    assert facts(CROSSOVER_TITLE, text, RCT).ldn_doses_mg == [0.5, 2.0, 4.5]


# --- a registry arm's weekly titration in brackets --------------------------------------


def _titration_doses(description: str) -> list[float]:
    study = registration(
        title="Low-Dose Naltrexone for Depression With Chronic Pain",
        summary="Adults with major depressive disorder and chronic pain will be randomised to "
        "LDN or placebo for 12 weeks; the outcome is the PHQ-9.",
        allocation="RANDOMIZED",
        arms=[
            arm("LDN", description=description),
            arm("Placebo", "PLACEBO_COMPARATOR", "matching placebo", drugs=("Placebo",)),
        ],
        enrollment=60,
    )
    return judge_registration(study)[0].ldn_doses_mg


def test_a_weekly_titration_in_brackets_keeps_its_target() -> None:
    assert _titration_doses("Naltrexone 1 mg (wk 1), 2 mg (wk 2), 4 mg (wk 3-12)") == [4.0]


def test_alternatives_each_given_for_the_whole_trial_are_doses() -> None:
    # (control: alternatives, each for the same stretch of time)
    assert _titration_doses("Naltrexone 1 mg (wk 1-12) or 4 mg (wk 1-12)") == [1.0, 4.0]


# --- depression as a matching variable ------------------------------------------------

MS_TITLE = "Low-dose naltrexone and fatigue in multiple sclerosis: a matched cohort study"
MS = (
    "Methods: From a national MS registry we identified adults with MS who started LDN "
    "(4.5 mg/day) and matched them 1:2 by propensity score to non-users on age, sex and "
    "disability. {score} The outcome was the Modified Fatigue Impact Scale at 12 months.\n"
    "Results: We matched 180 LDN users to 360 non-users; fatigue did not differ."
)


def test_depression_in_the_matching_score_is_no_outcome_or_population() -> None:
    text = MS.format(
        score="As low mood can colour fatigue ratings, the score also included a recorded "
        "diagnosis of depression and antidepressant use."
    )
    found = facts(MS_TITLE, text, ("Observational Study",))
    assert not found.on_topic
    assert not found.depression_population


def test_depression_as_an_outcome_of_the_cohort_is_measured() -> None:
    # (control)
    text = MS.format(score="Depressive symptoms (PHQ-9) at 12 months were a secondary outcome.")
    assert facts(MS_TITLE, text, ("Observational Study",)).on_topic


# --- respondents as the frame of a survey's results --------------------------------------

SURVEY_TITLE = "Low-dose naltrexone for depression: a survey of general practitioners"


def test_the_respondents_framing_a_result_are_the_surveys_people() -> None:
    text = (
        "Methods: An online questionnaire was sent to 3,050 registered general practitioners.\n"
        "Results: Of 402 respondents (13%), 57 had prescribed LDN for depression."
    )
    assert facts(SURVEY_TITLE, text).n == 402


def test_respondents_sifted_by_criteria_leave_the_qualified() -> None:
    # (control: the end of a sift)
    text = (
        "Methods: An online questionnaire was sent to 3,050 registered general practitioners.\n"
        "Results: Of 402 respondents, 371 met inclusion criteria; 57 had prescribed LDN for "
        "depression."
    )
    assert facts(SURVEY_TITLE, text).n == 371
