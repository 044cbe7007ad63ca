"""Kinds from blind batch 149 (session 61, first measured on the src of 26cf261d), written
again in other words.

- holdout594 52202128: a case report whose patient started venlafaxine, had it stopped, and
  then began LDN alone ("no further antidepressant was prescribed") read as LDN taken with
  venlafaxine.
- holdout595 52202142: a conference abstract whose background says "We are comparing 1 mg
  and 4.5 mg nightly against placebo in patients whose depression has not responded ..."
  lost both doses (the sentence read as the field's, its doses owned by nobody).
- holdout595 52202147: arm sizes "Allocation was placebo n = 22, 500 micrograms n = 22, 2 mg
  n = 21 and 4500 micrograms n = 23" read as 23.
- holdout596 52202168: "initiated LDN (n=212) were compared with 636 propensity-matched
  residents" read as 636 (the sides of a matching are summed, as elsewhere).
- registry134 NCT00290682: a Crohn's disease trial whose description says a leaflet
  "describes fatigue and mood as common concerns; no mood or depression scale is collected"
  read as measuring mood.
- preprints127 PPR9900726: a case series in which "one was unmedicated" and later "The
  unmedicated patient showed the smallest change" read as a series taking no
  antidepressant.
"""

from __future__ import annotations

from written import CASE, RCT, facts

# --- a drug stopped before the watched one began -----------------------------------------

CASE_TITLE = "Low-dose naltrexone after duloxetine-induced hepatotoxicity: a case report"


def _case(later: str) -> str:
    return (
        "Case presentation: A 68-year-old man with major depression developed raised liver "
        "enzymes eight weeks after duloxetine 60 mg/day was started. Duloxetine was stopped and "
        "the enzymes returned to normal. Three weeks later LDN 1.5 mg at night was started and "
        f"raised to 4.5 mg. {later}"
    )


def test_a_drug_started_and_stopped_before_ldn_is_not_taken_with_it() -> None:
    text = _case("No other antidepressant was prescribed; his PHQ-9 fell from 18 to 7.")
    assert facts(CASE_TITLE, text, CASE).concomitant_classes == []


def test_a_drug_restarted_after_its_stop_is_taken_with_ldn() -> None:
    # (control: begun again later, alongside)
    text = _case("Duloxetine was started again at 30 mg/day alongside LDN; his PHQ-9 fell to 7.")
    assert facts(CASE_TITLE, text, CASE).concomitant_classes == ["serotonergic", "noradrenergic"]


# --- the authors' own comparison told in the background ----------------------------------

INTERIM_TITLE = (
    "P-102. Two doses of low-dose naltrexone added to antidepressants in treatment-resistant "
    "depression: interim results of a crossover trial"
)


def test_doses_we_are_comparing_are_the_studys_own() -> None:
    text = (
        "Background: Dosing of LDN in depression is borrowed from pain practice. We are comparing "
        "2 mg and 4 mg nightly against placebo in patients whose depression has not responded "
        "to two antidepressants.\n"
        "Methods: Three-period crossover; participants keep their SSRI.\n"
        "Results: Eighteen have been randomised; MADRS was 17.2 on 4 mg, 19.0 on 2 mg and 21.5 "
        "on placebo."
    )
    assert facts(INTERIM_TITLE, text, ("Congress",)).ldn_doses_mg == [2.0, 4.0]


def test_doses_we_have_tested_before_stay_background() -> None:
    # (control: the authors' earlier work)
    text = (
        "Background: We have previously compared 1 mg and 3 mg in a pilot.\n"
        "Methods: Three-period crossover of LDN 4 mg, participants keep their SSRI.\n"
        "Results: Eighteen have been randomised; MADRS fell on 4 mg."
    )
    assert facts(INTERIM_TITLE, text, ("Congress",)).ldn_doses_mg == [4.0]


# --- arm sizes after "Allocation was", parted by commas --------------------------------

DOSES_TITLE = (
    "Three doses of low-dose naltrexone in dysthymia: a randomised placebo-controlled trial"
)


def test_arm_sizes_listed_with_commas_after_allocation_add_up() -> None:
    text = (
        "Methods: Adults with persistent depressive disorder were randomised to naltrexone 1 mg, "
        "2 mg or 4 mg, or placebo, for 10 weeks.\n"
        "Results: Allocation was placebo n = 19, 1 mg n = 20, 2 mg n = 18 and 4 mg n = 21; "
        "five withdrew."
    )
    assert facts(DOSES_TITLE, text, RCT).n == 78


# --- a cohort compared with its matched side ----------------------------------------------

COHORT_TITLE = "Low-dose naltrexone in older adults with depression: a retrospective cohort study"


def test_a_group_compared_with_its_matched_side_sums_both() -> None:
    text = (
        "Methods: Adults over 65 with major depression who started LDN (n=150) were compared "
        "with 450 propensity-matched adults who did not.\n"
        "Results: PHQ-9 fell by 1.1 more points with LDN."
    )
    assert facts(COHORT_TITLE, text, ("Observational Study",)).n == 600


# --- a record that says it measures no mood --------------------------------------------

IBD_TITLE = "Low-dose naltrexone in ulcerative colitis: a randomised placebo-controlled trial"


def _ibd(extra: str) -> str:
    return (
        "Methods: Adults with mildly active ulcerative colitis were randomised to naltrexone "
        f"4.5 mg nightly or placebo for 12 weeks; the primary outcome was the Mayo score. {extra}\n"
        "Results: Sixty were randomised; remission rates did not differ."
    )


def test_mood_named_as_a_concern_where_no_mood_scale_is_collected_is_off_topic() -> None:
    text = _ibd(
        "The patient information sheet mentions tiredness and low mood as frequent worries; no "
        "mood or depression questionnaire was administered."
    )
    assert not facts(IBD_TITLE, text, RCT).on_topic


def test_mood_measured_beside_the_disease_is_on_topic() -> None:
    # (control)
    text = _ibd("Mood was rated with the HADS at weeks 0 and 12.")
    assert facts(IBD_TITLE, text, RCT).on_topic


# --- one unmedicated person of a series ------------------------------------------------

SERIES_TITLE = "Low-dose naltrexone for perinatal depression: a case series of three women"


def _series(later: str) -> str:
    return (
        "We describe three women with postpartum major depression treated with LDN. Two were "
        "taking escitalopram 10 mg with partial response, and one was unmedicated after "
        f"declining antidepressants. LDN 3 mg was given at night. {later}"
    )


def test_the_one_unmedicated_patient_of_a_series_leaves_the_others_on_their_ssri() -> None:
    text = _series("The unmedicated patient improved least; EPDS scores fell in all three.")
    assert facts(SERIES_TITLE, text, CASE).concomitant_classes == ["serotonergic"]


def test_unmedicated_women_as_the_whole_series_took_none() -> None:
    # (control: the free word said of the whole series)
    text = (
        "We describe three unmedicated women with postpartum major depression treated with "
        "LDN 3 mg at night. EPDS scores fell in all three."
    )
    assert facts(SERIES_TITLE, text, CASE).concomitant_classes == []
