"""What the study gives, and to whom (round 10, "topic").

A record is on topic only if its own participants receive the watched drug at its low
dose (CONTRACT.md, "What counts as LDN"). Every record here is written for this test;
none is taken from a labelled set. Each kind has a near miss that keeps its verdict, so
that a rule, not a phrase, is what passes.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts, gaps

LARGER = "larger-trials"
SERO = "serotonergic-combination"


# --------------------------------- a study cited by its year and kind is earlier work
_CELECOXIB = (
    "Objective: Anti-inflammatory strategies are being explored for late-life depression. "
    "Low-dose naltrexone lifted mood in a 2019 randomized crossover of 20 adults taking "
    "3 mg nightly, and celecoxib lowers inflammatory markers. We tested celecoxib.\n"
    "Methods: Seventy adults aged 60 or more with major depressive disorder (MADRS >= 20) "
    "were randomized to celecoxib 200 mg twice daily or placebo for 8 weeks.\n"
    "Results: MADRS fell by 9.0 versus 6.2 points."
)


def test_a_trial_cited_by_its_year_is_earlier_work_not_the_study() -> None:
    """ "a 2019 randomized crossover of 20 adults taking 3 mg": the count belongs to the
    cited study, so the sentence is earlier work and its drug is not given here."""
    title = "Celecoxib for late-life depression: a randomized placebo-controlled trial"
    f = facts(title, _CELECOXIB, RCT)
    assert f.on_topic is False
    assert f.ldn_doses_mg == []
    assert LARGER not in gaps(title, _CELECOXIB, RCT)


def test_near_miss_the_studys_own_count_of_randomized_people_still_counts() -> None:
    title = "Low-dose naltrexone for late-life depression: a randomized trial"
    abstract = (
        "Methods: Adults aged 60 or more with major depressive disorder (MADRS >= 20) took "
        "naltrexone 3 mg nightly or placebo; 2019 randomized participants were followed "
        "for 8 weeks.\n"
        "Results: MADRS fell by 9.0 versus 6.2 points."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is True
    assert gaps(title, abstract, RCT)[LARGER] == "addressed"


# ------------------------ a dose between the bands, with the low dose only in the literature
_NINE_MG = (
    "Aims: Studies of naltrexone for mood have given 2-4 mg or 50 mg a day. We chose a "
    "dose in between.\n"
    "Methods: Fifty-six adults with bipolar depression taking sertraline were randomised to "
    "naltrexone 9 mg daily or placebo for 6 weeks.\n"
    "Results: HAM-D change did not differ (-7.1 vs -6.4)."
)


def test_a_dose_between_the_bands_is_not_made_low_by_the_literature_it_cites() -> None:
    """ "Studies of X have given 2-4 mg": what trials in general have done is earlier work;
    the study's own dose (9 mg/day) is neither low nor standard (CONTRACT.md)."""
    title = "Naltrexone 9 mg/day added to sertraline in bipolar depression: a pilot trial"
    f = facts(title, _NINE_MG, RCT)
    assert f.on_topic is False
    assert f.off_topic_reason is not None and "9 mg" in f.off_topic_reason
    assert gaps(title, _NINE_MG, RCT) == {}


def test_a_clause_about_studies_in_general_is_not_the_studys_own() -> None:
    """ "Trials of X at 2-4 mg answer a different question": a clause whose subject is
    studies in general speaks of other work, so its low dose is given to nobody here."""
    title = "Naltrexone 8 mg daily for depression in multiple sclerosis: a randomised trial"
    abstract = (
        "Methods: Sixty-two adults with multiple sclerosis and major depression (BDI-II >= 20) "
        "were randomised to naltrexone 8 mg once daily or placebo for 10 weeks.\n"
        "Results: BDI-II fell by 6.3 versus 5.9 points.\n"
        "Conclusions: Naltrexone at 8 mg did not help. Trials of naltrexone at 2-4 mg answer "
        "a different question."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is False
    assert LARGER not in gaps(title, abstract, RCT)


def test_near_miss_our_trials_of_the_low_dose_stay_the_studys_own() -> None:
    title = "Low-dose naltrexone for depression in multiple sclerosis: a randomised trial"
    abstract = (
        "Methods: Sixty-two adults with multiple sclerosis and major depression (BDI-II >= 20) "
        "were randomised to naltrexone 3 mg once daily or placebo for 10 weeks.\n"
        "Results: BDI-II fell by 8.3 versus 5.9 points."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [3.0]


# ------------------------------------- the drug as what the people took before the trial
_KETAMINE = (
    "Background: Many people with treatment-resistant depression have tried off-label "
    "agents, among them low-dose naltrexone.\n"
    "Methods: We randomised 88 adults with treatment-resistant depression to one infusion of "
    "ketamine 0.5 mg/kg or midazolam; 35% had previously taken low-dose naltrexone, stopped "
    "at least a month before.\n"
    "Results: MADRS fell by 12.0 versus 5.5 points at 24 hours. Prior naltrexone exposure "
    "did not change the effect."
)


def test_the_drug_as_history_in_a_trial_is_not_an_arm() -> None:
    """In a trial, "had previously taken X" and "prior X exposure" describe the people,
    not what the trial gives them (CONTRACT.md: participants must receive the drug)."""
    title = "Ketamine versus midazolam in treatment-resistant depression: a randomised trial"
    f = facts(title, _KETAMINE, RCT)
    assert f.on_topic is False
    assert f.off_topic_reason is not None and "before" in f.off_topic_reason
    assert LARGER not in gaps(title, _KETAMINE, RCT)


def test_near_miss_a_trial_giving_the_drug_to_people_who_took_it_before() -> None:
    title = "Restarting low-dose naltrexone in relapsed depression: a randomised trial"
    abstract = (
        "Methods: We randomised 64 adults with a relapse of major depressive disorder who had "
        "previously taken low-dose naltrexone to restart naltrexone 4.5 mg nightly or "
        "placebo, added to their escitalopram.\n"
        "Results: MADRS fell by 10.2 versus 6.0 points."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is True
    assert gaps(title, abstract, RCT) == {LARGER: "addressed", SERO: "addressed"}


def test_near_miss_in_an_observational_study_past_use_is_the_exposure() -> None:
    title = "Mood outcomes after low-dose naltrexone: a retrospective cohort"
    abstract = (
        "Methods: We reviewed the records of 140 adults who had previously taken low-dose "
        "naltrexone 4.5 mg for chronic pain and compared PHQ-9 scores before and after.\n"
        "Results: PHQ-9 fell by 3.1 points."
    )
    assert facts(title, abstract).on_topic is True


# --------------------------- the condition named only as the field of other, planned work
_ASSAY = (
    "Introduction: Pharmacokinetic work on low-dose naltrexone needs a sensitive assay.\n"
    "Methods: We validated a liquid chromatography method and measured plasma levels in 10 "
    "healthy volunteers after one 3 mg oral dose.\n"
    "Results: The lower limit of quantification was 4 pg/mL.\n"
    "Conclusion: The assay can serve upcoming trials in bipolar depression."
)


def test_the_condition_named_only_as_the_field_of_planned_trials_is_no_outcome() -> None:
    """ "can serve upcoming trials in depression": other, future studies, not an outcome
    the record measured, so the record is not about the condition."""
    title = "Measuring naltrexone in plasma after a low dose: a validation study"
    f = facts(title, _ASSAY)
    assert f.on_topic is False


def test_near_miss_a_protocol_speaking_of_this_planned_trial() -> None:
    title = "Low-dose naltrexone with escitalopram in major depression: protocol"
    abstract = (
        "Methods: This planned trial will randomise 120 adults with major depressive disorder "
        "(MADRS >= 22) taking escitalopram to naltrexone 4.5 mg nightly or placebo; the "
        "primary outcome is MADRS change at week 8."
    )
    f = facts(title, abstract, PROTOCOL)
    assert f.on_topic is True
    assert gaps(title, abstract, PROTOCOL) == {LARGER: "in_progress", SERO: "in_progress"}


# ------------------------- a dose above the band given, a low dose named only as a reference
_TEN_MG = (
    "Methods: Seventy adults with long COVID and major depression (PHQ-9 >= 10) taking "
    "citalopram were randomised to naltrexone 10 mg daily or placebo for 12 weeks.\n"
    "Results: PHQ-9 fell by 4.0 versus 3.6 points.\n"
    "Conclusions: Naltrexone 10 mg did not help; doses of 1.5-4.5 mg, as used off label, are "
    "another matter."
)


def test_a_trial_giving_a_dose_above_the_band_is_not_made_low_by_a_dose_it_only_names() -> None:
    """The trial gives 10 mg/day (neither low nor standard); "1.5-4.5 mg" is named outside
    its methods in no clause that gives it, so it is a point of reference, not an arm."""
    title = "Naltrexone 10 mg daily for depression in long COVID: a randomised trial"
    f = facts(title, _TEN_MG, RCT)
    assert f.on_topic is False
    assert f.off_topic_reason is not None and "10 mg" in f.off_topic_reason
    assert gaps(title, _TEN_MG, RCT) == {}


def test_near_miss_a_low_dose_arm_stated_in_the_methods_without_a_verb() -> None:
    title = "Naltrexone at two doses in major depression: a randomised trial"
    abstract = (
        "Methods: Seventy adults with major depression (PHQ-9 >= 10) were randomised to "
        "naltrexone 10 mg daily or to the low-dose arm. The low-dose arm was 4.5 mg nightly.\n"
        "Results: PHQ-9 fell by 4.0 versus 3.6 points."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [4.5]
