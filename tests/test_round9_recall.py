"""Doses and co-medication stated indirectly (round 9, "recall").

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Near misses keep their old verdict, so that a rule, not a phrase, is
what passes.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, TRIAL, facts, gaps

SERO = "serotonergic-combination"
LARGER = "larger-trials"
DOSE = "dose-finding"


# ------------------------- selected by another condition's criteria; a depressed analysis
_IBS = (
    "Methods: One hundred and four adults meeting the Rome IV criteria for irritable bowel "
    "syndrome were randomized to naltrexone 2 mg nightly or placebo for 10 weeks. Outcomes "
    "were abdominal pain and the PHQ-9. A planned analysis looked at the 28 patients with "
    "current major depressive disorder.\n"
    "Results: Pain improved by 1.1 points more with naltrexone; PHQ-9 fell by 4.0 points more "
    "in the subgroup with major depressive disorder."
)


def test_people_meeting_another_conditions_criteria_are_selected_for_it() -> None:
    """ "Meeting the criteria for" another condition selects the sample for it; an analysis
    of those with the watched condition inside it is a subgroup (CONTRACT.md)."""
    title = (
        "Low-dose naltrexone in irritable bowel syndrome, with an analysis of patients with "
        "current major depressive disorder: a randomized trial"
    )
    f = facts(title, _IBS, RCT)
    assert f.depression_population is False
    assert LARGER not in gaps(title, _IBS, RCT)


def test_near_miss_meeting_criteria_for_both_conditions_selects_for_both() -> None:
    title = "Low-dose naltrexone for irritable bowel syndrome with major depression"
    abstract = (
        "Methods: Seventy adults meeting the Rome IV criteria for irritable bowel syndrome and "
        "in a current major depressive episode (MADRS >= 20) were randomized to naltrexone "
        "2 mg nightly or placebo for 10 weeks.\n"
        "Results: PHQ-9 fell by 5.2 versus 2.9 points."
    )
    assert facts(title, abstract, RCT).depression_population is True
    assert gaps(title, abstract, RCT)[LARGER] == "addressed"


# ------------------------------ ", continuing X": the background every arm keeps, not an arm
_CONTINUING = (
    "Methods: Adults with major depressive disorder (MADRS >= 20) who had taken Paxil "
    "20-40 mg for at least 8 weeks without remission will be randomized to naltrexone 2 mg "
    "nightly or to placebo, continuing Paxil at an unchanged dose. We plan to enrol 120 "
    "participants."
)


def test_a_drug_every_arm_continues_after_the_arms_is_taken_with_the_watched_one() -> None:
    """ ", continuing <drug>" after the list of arms names what all arms keep taking, so it is
    a co-medication, not a comparator arm (CONTRACT.md: a comparator arm does not count)."""
    title = "Nightly naltrexone in depression: protocol of a placebo-controlled trial"
    f = facts(title, _CONTINUING, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, _CONTINUING, PROTOCOL)[SERO] == "in_progress"


def test_near_miss_a_drug_listed_as_an_arm_stays_a_comparator() -> None:
    title = "Naltrexone or paroxetine in depression: protocol of a randomized trial"
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS >= 20) will be randomized to "
        "naltrexone 2 mg nightly or to Paxil 20 mg daily. We plan to enrol 120 participants."
    )
    assert facts(title, abstract, PROTOCOL).concomitant_classes == []
    assert SERO not in gaps(title, abstract, PROTOCOL)


# --------------- a class phrase beside an agent in no class describes that agent, not farther
_INDUCTION = (
    "Methods: Adults with treatment-resistant depression who had responded to intravenous "
    "ketamine infusions given alongside their current serotonergic antidepressant were "
    "randomized to naltrexone 1 mg twice daily or placebo for 12 weeks after the infusions "
    "ended; the oral antidepressant was kept unchanged.\n"
    "Results: Sixty-two were randomized; relapse occurred in 9 and 17."
)


def test_a_class_phrase_not_in_apposition_to_a_no_class_agent_counts() -> None:
    """ "Ketamine given alongside their serotonergic antidepressant": the class phrase is
    the people's own antidepressant; ketamine, named farther back, is in no class."""
    title = "Naltrexone to sustain response after ketamine: a randomized trial"
    f = facts(title, _INDUCTION, RCT)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, _INDUCTION, RCT)[SERO] == "addressed"


def test_near_miss_a_class_phrase_in_apposition_to_ketamine_describes_it() -> None:
    title = "Naltrexone after ketamine in depression: an open trial"
    abstract = (
        "Methods: Twenty adults with treatment-resistant depression received ketamine, a "
        "glutamatergic and serotonergic agent, and then naltrexone 1 mg twice daily for 8 "
        "weeks. Antidepressants were not permitted.\n"
        "Results: MADRS remission was sustained in 9."
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == []


# ------------------------------------------------------------- doses written indirectly
def _dose_trial(methods: str) -> str:
    return (
        "Methods: Seventy adults with major depressive disorder (HAM-D >= 18) "
        f"{methods} for 8 weeks.\n"
        "Results: HAM-D fell by 8.1 versus 5.0 points."
    )


def test_a_dose_in_microg_is_micrograms() -> None:
    """ "3000 microg" is 3 mg (CONTRACT.md: microgram doses included)."""
    abstract = _dose_trial("were randomized to naltrexone 3000 microg or placebo each morning")
    f = facts("Morning naltrexone in depression: a randomized trial", abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [3.0]


def test_an_allocation_ratio_is_not_the_start_of_a_dose_range() -> None:
    """ "randomized 2:1 to 4 mL of a 0.5 mg/mL solution": the ratio's second number does
    not begin a range of millilitres; the volume at its strength is 2 mg."""
    abstract = _dose_trial(
        "were randomized 2:1 to 4 mL nightly of a naltrexone oral solution (0.5 mg/mL) or a "
        "matching placebo solution"
    )
    f = facts("A naltrexone solution for depression: a randomized trial", abstract, RCT)
    assert f.ldn_doses_mg == [2.0]


def test_a_weekly_total_of_nightly_doses_is_a_daily_dose() -> None:
    """ "One tablet nightly, a weekly total of 21 mg" is 3 mg a day: the low dose, on topic."""
    abstract = _dose_trial(
        "were randomized to naltrexone or placebo, one tablet nightly, a weekly total of 21 mg "
        "of naltrexone in the active arm,"
    )
    title = "Naltrexone monotherapy in depression: a randomized trial"
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [3.0]


def test_near_miss_a_dose_given_once_a_week_stays_a_dose_per_administration() -> None:
    """ "28 mg once a week" is given at 28 mg (CONTRACT.md: the dose per administration)."""
    abstract = _dose_trial("were randomized to naltrexone 28 mg once a week or placebo")
    f = facts("Weekly naltrexone in depression: a randomized trial", abstract, RCT)
    assert not f.on_topic


# ------------- a dose of the titled drug allocated after another drug's dose in one sentence
def test_a_low_dose_allocated_after_the_background_drugs_dose_is_the_titled_drugs() -> None:
    """ "On Effexor XR (75-225 mg/d) ..., randomized in a factorial design to dose (2 or
    4 mg) and time of day": the allocated doses are the watched drug's, not the SNRI's."""
    title = "Dose and time of day of low-dose naltrexone in depression: a factorial trial"
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS >= 20) on a stable dose of "
        "Effexor XR (75-225 mg/d) were randomized, twenty to each cell, in a factorial design "
        "crossing dose (2 or 4 mg) with time of day (morning or evening) for 12 weeks.\n"
        "Results: The main effect of dose favoured 4 mg; time of day had no effect."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.compares_doses
    assert gaps(title, abstract, RCT)[DOSE] == "addressed"


# -------------------- sequential cohorts of one dose level each: a dose-finding escalation
_COHORTS = (
    "Methods: Adults with bipolar depression (MADRS >= 20) on lithium took open-label "
    "naltrexone nightly for three weeks in three sequential cohorts of eight: 1 mg, then "
    "2.5 mg and then 5 mg. The next cohort opened only if fewer than two participants had a "
    "dose-limiting adverse event.\n"
    "Results: All twenty-four completed; one dose-limiting event occurred at 5 mg."
)


def test_sequential_dose_cohorts_compare_doses() -> None:
    """Cohorts escalated one dose level at a time under a dose-limiting-event rule are an
    explicitly dose-finding escalation: every step is a dose tested (CONTRACT.md)."""
    title = "Naltrexone in bipolar depression: an open-label tolerability study"
    f = facts(title, _COHORTS, TRIAL)
    assert f.ldn_doses_mg == [1.0, 2.5, 5.0]
    assert f.compares_doses
    assert gaps(title, _COHORTS, TRIAL)[DOSE] == "addressed"


def test_near_miss_a_titration_to_a_target_is_one_dose() -> None:
    title = "Naltrexone in bipolar depression: an open-label study"
    abstract = (
        "Methods: Twenty-four adults with bipolar depression (MADRS >= 20) on lithium took "
        "naltrexone 1 mg nightly, then 2.5 mg and then 5 mg from week 3, for 8 weeks.\n"
        "Results: MADRS fell from 27 to 16."
    )
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [5.0]
    assert not f.compares_doses


# ------------------ what participants were allowed to keep taking is a method, not a hedge
_ALLOWED = (
    "We ran a remote, double-blind trial to see whether low-dose naltrexone helps people "
    "whose depression has not gone away. Adults could join if they scored 15 or more on the "
    "PHQ-9 and had been diagnosed with depression by a doctor. People could continue their "
    "usual antidepressant, and 30 were taking citalopram or paroxetine. Participants were "
    "sent naltrexone 3 mg or a dummy capsule for 10 weeks. In all we randomised 70 people. "
    "PHQ-9 scores fell by 6.1 points with naltrexone and 3.3 with the dummy capsule."
)


def test_a_permission_to_keep_a_drug_is_not_a_hedge() -> None:
    """ "People could continue their usual antidepressant, and 30 were taking citalopram":
    the "could" grants a permission; the sentence says what participants took."""
    title = "Low-dose naltrexone for depression that has not lifted: a remote randomised trial"
    f = facts(title, _ALLOWED, RCT)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, _ALLOWED, RCT)[SERO] == "addressed"


def test_near_miss_a_could_that_speculates_still_hedges() -> None:
    title = "Low-dose naltrexone for depression: a remote randomised trial"
    abstract = (
        "We randomised 70 adults with depression (PHQ-9 >= 15) who took no antidepressant to "
        "naltrexone 3 mg or a dummy capsule for 10 weeks. PHQ-9 scores fell by 6.1 and 3.3 "
        "points. Naltrexone could be combined with citalopram or paroxetine in later trials."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
