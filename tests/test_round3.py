"""General rules added after reading holdouts 11 and 12 (issue 10, round 3).

Every record here is written for this test, one kind of sentence or structure per case;
none is taken from a labelled set. Each case names the rule it pins down, and most rules
are checked in more than one wording so that a rule, not a phrase, is what passes.
"""

from __future__ import annotations

import pytest
from written import CASE, META, RCT, TRIAL, facts, gaps


# ------------------------------------------------------- co-medication nobody took
@pytest.mark.parametrize(
    "sentence",
    [
        "None of the patients took an SNRI or a tricyclic during the study.",
        "Participants did not receive any SNRI or tricyclic while on study drug.",
        "No participant was taking duloxetine or nortriptyline at any point.",
    ],
)
def test_a_co_medication_nobody_took_is_not_taken(sentence: str) -> None:
    """A drug named as what nobody received is no co-medication."""
    f = facts(
        "Naltrexone 2 mg for late-life depression: a randomized trial",
        "Methods: Seventy older adults with major depressive disorder were randomized to "
        f"naltrexone 2 mg nightly or placebo for 10 weeks. {sentence}\nResults: GDS scores "
        "fell more with naltrexone (p = 0.02).",
        RCT,
    )
    assert f.on_topic and f.concomitant_classes == []
    assert gaps(
        "Naltrexone 2 mg for late-life depression: a randomized trial",
        f"Methods: Seventy older adults with major depressive disorder were randomized to "
        f"naltrexone 2 mg nightly or placebo for 10 weeks. {sentence}",
        RCT,
    ) == {"larger-trials": "addressed"}


@pytest.mark.parametrize(
    "people", ["Drug-naive adults", "Unmedicated adults", "Adults who were antidepressant-free"]
)
def test_people_who_came_in_unmedicated_take_their_earlier_drugs_no_longer(people: str) -> None:
    """Failed or stopped drugs of people who entered free of antidepressants are history,
    however the stopping is worded ("stopped paroxetine four weeks before baseline")."""
    f = facts(
        "Low-dose naltrexone alone for a first depressive episode: a randomized trial",
        f"Methods: {people} with major depressive disorder were randomised to naltrexone "
        "3 mg or placebo. Those previously prescribed paroxetine or venlafaxine had ended "
        "it at least four weeks (six after paroxetine) before the first dose.",
        RCT,
    )
    assert f.concomitant_classes == [] and f.concomitant_antidepressants == []


def test_a_drug_begun_with_the_watched_one_by_unmedicated_people_counts() -> None:
    f = facts(
        "Starting citalopram with or without low-dose naltrexone: a randomized trial",
        "Methods: Sixty drug-naive outpatients with major depressive disorder beginning "
        "citalopram 20 mg were randomized to naltrexone 4.5 mg or placebo.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_a_drug_free_interval_is_not_a_drug_free_sample() -> None:
    """ "a drug-free week" between crossover periods says nothing about co-medication."""
    f = facts(
        "Low-dose naltrexone added to duloxetine: a crossover trial",
        "Methods: Thirty adults with major depressive disorder on duloxetine 60 mg received "
        "naltrexone 3 mg and placebo for 6 weeks each, separated by a drug-free week.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


# ------------------------------------------- the drug named only as left out or wished for
@pytest.mark.parametrize(
    "sentence",
    [
        "Trials of low-dose naltrexone were excluded because none lasted four weeks.",
        "No study of low-dose naltrexone met the inclusion criteria.",
        "Low-dose naltrexone could not be analysed, as its single trial reported no usable data.",
    ],
)
def test_a_review_that_left_the_drug_out_is_not_about_it(sentence: str) -> None:
    f = facts(
        "Anti-inflammatory add-on treatments for depression: a meta-analysis",
        "Methods: We searched four databases for randomized trials of anti-inflammatory "
        "agents added to antidepressants in major depressive disorder.\nResults: Twenty "
        f"trials of celecoxib, minocycline and omega-3 fatty acids were pooled. {sentence}",
        META,
    )
    assert not f.on_topic


def test_the_drug_in_a_clause_calling_for_future_work_is_not_given() -> None:
    """ "...; a comparison with X is warranted" in another drug's trial names X as future work."""
    f = facts(
        "Celecoxib added to sertraline in major depression: a randomized trial",
        "Background: Low-dose naltrexone, also anti-inflammatory, lowered depression scores "
        "at 4.5 mg/day in a small open study.\nMethods: Ninety adults with major depressive "
        "disorder on sertraline were randomized to celecoxib 400 mg/day or placebo.\n"
        "Conclusions: Celecoxib helped; a head-to-head trial against low-dose naltrexone "
        "should follow.",
        RCT,
    )
    assert not f.on_topic
    assert (
        gaps(
            "Celecoxib added to sertraline in major depression: a randomized trial",
            "Methods: Ninety adults with major depressive disorder on sertraline were "
            "randomized to celecoxib 400 mg/day or placebo.\nConclusions: Celecoxib helped; a "
            "head-to-head trial against low-dose naltrexone is warranted.",
            RCT,
        )
        == {}
    )


# ---------------------------------------------------------------- cited work, calls
def test_a_study_cited_by_its_year_is_earlier_work() -> None:
    """ "Since the 2017 pilot, which used dopaminergic regimens, X has seldom been paired
    with SSRIs": neither the pilot's classes nor the SSRIs are this study's."""
    f = facts(
        "Low-dose naltrexone with mirtazapine in depression: two cases",
        "Since the 2017 pilot, which used dopaminergic antidepressant regimens, low-dose "
        "naltrexone has seldom been paired with SSRIs. We report two women with major "
        "depression taking mirtazapine 30 mg to which LDN 2 mg at night was added; both "
        "responded.",
        CASE,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_what_findings_support_is_another_study() -> None:
    """ "These results support randomized trials of X with SSRIs": no SSRI was given, and
    the open study does not become randomised."""
    f = facts(
        "Low-dose naltrexone added to bupropion in depression: an open pilot",
        "Twenty adults with major depressive disorder on bupropion XL received naltrexone "
        "4.5 mg nightly for 8 weeks; MADRS fell by 10 points. These results support "
        "randomized trials of naltrexone with SSRIs.",
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"
    assert f.concomitant_classes == ["dopaminergic"]


# -------------------------------------------------------------------- derived reports
def test_an_extension_does_not_inherit_its_parent_s_dose_comparison() -> None:
    f = facts(
        "Low-dose naltrexone 3 mg in depression: open-label extension of a two-dose "
        "dose-ranging trial",
        "Methods: After the randomized phase, everyone who continued took naltrexone 3 mg "
        "nightly for 20 weeks.\nResults: Fifty-five participants entered the extension; "
        "MADRS fell further by 4 points.",
        TRIAL,
    )
    assert (f.design, f.n, f.ldn_doses_mg, f.compares_doses) == (
        "nonrandomized_trial",
        55,
        [3.0],
        False,
    )


def test_a_secondary_analysis_sample_chosen_by_a_threshold_keeps_its_count() -> None:
    f = facts(
        "Anhedonia and response to low-dose naltrexone: a secondary analysis of a randomised trial",
        "Methods: Of 240 randomised adults with major depressive disorder, 97 had a SHAPS "
        "score > 4 at baseline and made up the analysis sample; all took naltrexone "
        "4.5 mg or placebo with their SSRI.",
        RCT,
    )
    assert f.n == 97 and f.design == "rct"


# ------------------------------------------------------------------------- protocols
@pytest.mark.parametrize(
    "sentence",
    [
        "The cohort will not assign any treatment; prescribing stays with the clinician.",
        "No treatment is assigned by the study.",
    ],
)
def test_a_registry_protocol_that_assigns_nothing_stays_observational(sentence: str) -> None:
    title = "Protocol for a prospective registry of low-dose naltrexone in depression"
    abstract = (
        "Methods: We plan to recruit 600 adults with major depressive disorder starting "
        f"low-dose naltrexone with their SSRI. {sentence} Follow-up lasts one year with "
        "PHQ-9 every 3 months. Registration: German Clinical Trials Register DRKS0001."
    )
    f = facts(title, abstract)
    assert (f.design, f.has_results, f.n) == ("observational", False, 600)
    assert gaps(title, abstract) == {}


def test_a_trial_whose_outcome_results_are_still_to_come_is_in_progress() -> None:
    title = "Baseline characteristics of a randomized trial of naltrexone with SSRIs"
    abstract = (
        "Methods: Adults with major depressive disorder on an SSRI were randomized to "
        "naltrexone 4.5 mg or placebo for 12 weeks.\nResults: Between 2024 and 2026, 150 "
        "participants were randomized; mean age was 41 years and 64% were women.\n"
        "Conclusions: Efficacy results will be reported separately."
    )
    f = facts(title, abstract, RCT)
    assert (f.design, f.has_results, f.n) == ("rct", False, 150)
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
    }


def test_a_trial_with_effects_and_later_results_still_has_results() -> None:
    f = facts(
        "Low-dose naltrexone with escitalopram: a randomized trial",
        "Methods: Adults with major depressive disorder on escitalopram were randomized to "
        "naltrexone 4.5 mg or placebo; 90 were randomized.\nResults: MADRS fell by 4 "
        "points more with naltrexone (p = 0.01). Long-term results are expected in 2027.",
        RCT,
    )
    assert f.has_results


# ----------------------------------------------------------------------------- n
def test_a_severity_threshold_before_were_randomized_is_no_count() -> None:
    f = facts(
        "Low-dose naltrexone with SSRIs: a randomized trial",
        "Methods: Forty-two outpatients with major depressive disorder on an SSRI and a "
        "HAM-D score ≥ 18 were randomized to naltrexone 3 mg or placebo.",
        RCT,
    )
    assert f.n == 42


def test_inclusion_criteria_met_is_the_sample_of_a_chart_review() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a retrospective chart review",
        "Methods: Of 260 charts screened, 181 patients met inclusion criteria. They took "
        "SSRIs (n = 90), SNRIs (n = 55) and bupropion (n = 48) alongside naltrexone 1.5 "
        "to 4.5 mg.",
        ("Observational Study",),
    )
    assert f.n == 181


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty and 42 participants were randomised to naltrexone and placebo, respectively.",
        "25, 26 and 24 patients were allocated to 1 mg, 4 mg and placebo respectively.",
    ],
)
def test_arm_sizes_given_with_respectively_add_up(sentence: str) -> None:
    f = facts(
        "Naltrexone in depression: a randomized trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone "
        f"1 mg, 4 mg or placebo. {sentence}",
        RCT,
    )
    assert f.n == (82 if "Forty" in sentence else 75)


def test_a_sample_given_site_by_site_adds_up() -> None:
    f = facts(
        "Low-dose naltrexone in depression with irritable bowel syndrome",
        "Methods: Adults with irritable bowel syndrome were randomized to naltrexone 4.5 mg "
        "or placebo at four hospitals (Lyon 20, Nantes 18, Lille 15, Rennes 12). Depression "
        "was present in 30 participants; the HADS depression score was a secondary outcome.",
        RCT,
    )
    assert f.n == 65


def test_a_protocol_s_planned_enrolment_beats_a_group_drawn_from_records() -> None:
    f = facts(
        "Protocol for a cohort study of low-dose naltrexone in depression",
        "Methods: This observational cohort will recruit 400 adults with depression "
        "starting LDN. A comparison group of 1200 patients will be drawn from primary "
        "care records.",
    )
    assert f.n == 400 and f.design == "observational"


# ------------------------------------------------------------------------- doses
@pytest.mark.parametrize(
    ("written", "mg"),
    [
        ("0.003 g/day", [3.0]),
        ("1 000 µg or 4 000 µg once daily", [1.0, 4.0]),
        ("three 1.5-mg tablets at night", [4.5]),
        ("two 1 mg capsules twice daily", [4.0]),
    ],
)
def test_doses_written_oddly(written: str, mg: list[float]) -> None:
    f = facts(
        "Naltrexone in major depression: a randomized trial",
        f"Methods: Sixty adults with major depressive disorder were randomized to "
        f"naltrexone {written} or placebo.",
        RCT,
    )
    assert f.ldn_doses_mg == mg


def test_grams_of_another_product_are_not_the_drug_s_dose() -> None:
    f = facts(
        "Low-dose naltrexone and omega-3 fatty acids in depression: a randomized trial",
        "Methods: Sixty adults with major depressive disorder were randomized to low-dose "
        "naltrexone plus omega-3 fatty acids 2 g/day or omega-3 alone.",
        RCT,
    )
    assert f.on_topic


def test_a_second_dose_given_after_another_drug_s_own_dose_is_the_watched_drug_s() -> None:
    f = facts(
        "Low-dose naltrexone with clomipramine or phenelzine: two cases",
        "Case 1, a 47-year-old man on clomipramine 150 mg, was given 2 mg at night. Case 2, "
        "a 55-year-old woman taking phenelzine 60 mg, started naltrexone 4 mg.",
        CASE,
    )
    assert f.ldn_doses_mg == [2.0, 4.0] and not f.compares_doses


def test_a_raise_of_the_other_drug_is_not_the_watched_drug_s_dose() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline: a case report",
        "A 39-year-old woman taking sertraline 100 mg was started on 150 mg and later "
        "received naltrexone 4.5 mg at night for persistent depression.",
        CASE,
    )
    assert f.on_topic and f.ldn_doses_mg == [4.5]


# ---------------------------------------------------------- more wordings of the rules
T = "Naltrexone in depression: a randomized trial"
M = (
    "Methods: Sixty adults with major depressive disorder were randomized to naltrexone "
    "4.5 mg or placebo for 8 weeks. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Concomitant antidepressants were not permitted; many had failed sertraline.",
        "SSRIs were discontinued at least two weeks before randomisation.",
        "Sertraline and escitalopram had been stopped four weeks earlier.",
        "Most had previously been treated with escitalopram.",
        "Participants had to be off all antidepressants; the last was often fluoxetine.",
        "Current antidepressant use was an exclusion criterion; 20 had used an SSRI in the past.",
        "Previous antidepressants (sertraline in most) were washed out over 2 weeks.",
        "Fluoxetine required a 5-week washout before baseline.",
        "All antidepressants, including SSRIs, were tapered and stopped before baseline.",
        "Those on paroxetine switched to naltrexone alone.",
    ],
)
def test_co_medication_stopped_or_in_the_past_however_worded(sentence: str) -> None:
    f = facts(T, M + sentence, RCT)
    assert f.concomitant_classes == []
    assert gaps(T, M + sentence, RCT) == {"larger-trials": "addressed"}


def test_a_sample_half_antidepressant_free_keeps_the_others_drugs() -> None:
    f = facts(
        T,
        "Methods: Sixty adults with major depressive disorder, either antidepressant-free or "
        "on a stable SSRI, were randomized to naltrexone 4.5 mg or placebo.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike low-dose naltrexone, minocycline crosses the blood-brain barrier readily.",
        "The design was similar to that used for low-dose naltrexone.",
    ],
)
def test_the_drug_named_as_a_point_of_reference_is_not_given(sentence: str) -> None:
    f = facts(
        "Minocycline for depression: a randomized trial",
        "Sixty adults with major depressive disorder on SSRIs were randomized to "
        f"minocycline or placebo. {sentence}",
        RCT,
    )
    assert not f.on_topic


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone 4.5 mg: open-label continuation of a dose-comparison trial "
            "in depression",
            "Methods: Completers of the randomized 1 mg versus 4.5 mg phase continued on "
            "naltrexone 4.5 mg for 24 weeks.\nResults: Sixty entered the continuation phase.",
        ),
        (
            "Open-label follow-up of a randomized trial comparing two doses of low-dose "
            "naltrexone in depression",
            "Methods: All 60 participants who completed the 1.5 mg versus 4.5 mg trial "
            "received 4.5 mg for one year.",
        ),
    ],
)
def test_continuations_and_open_follow_ups_are_extensions(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert (f.design, f.n, f.ldn_doses_mg, f.compares_doses) == (
        "nonrandomized_trial",
        60,
        [4.5],
        False,
    )


def test_a_non_interventional_protocol_is_observational() -> None:
    title = "Low-dose naltrexone in depression: protocol of a non-interventional study"
    abstract = (
        "Methods: This prospective, non-interventional study will enrol 300 adults with "
        "depression prescribed LDN with their SSRI."
    )
    f = facts(title, abstract)
    assert (f.design, f.n, f.has_results) == ("observational", 300, False)
    assert gaps(title, abstract) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "were randomized, 31 to naltrexone 4.5 mg and 33 to placebo.",
        "were randomized to naltrexone 4.5 mg or placebo (n = 31 and n = 33, respectively).",
        "were randomized to naltrexone 4.5 mg or placebo at two sites (Leeds: 30; York: 34).",
    ],
)
def test_arm_and_site_counts_add_up_however_written(sentence: str) -> None:
    f = facts(T, f"Methods: Adults with major depressive disorder {sentence}", RCT)
    assert f.n == 64


@pytest.mark.parametrize(
    ("written", "mg"),
    [
        ("naltrexone 1.5 mg b.d.", [3.0]),
        ("naltrexone 2 mg BD", [4.0]),
        ("naltrexone 2 mg every 12 hours", [4.0]),
        ("naltrexone 1.5 mg t.d.s.", [4.5]),
        ("half of a 9-mg naltrexone tablet nightly", [4.5]),
    ],
)
def test_more_dose_writing(written: str, mg: list[float]) -> None:
    f = facts(
        T,
        f"Methods: Sixty adults with major depressive disorder were randomized to {written} "
        "or placebo.",
        RCT,
    )
    assert f.ldn_doses_mg == mg


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "A total of 64 adults were screened; 46 were eligible and randomized to naltrexone "
            "4.5 mg or placebo.",
            46,
        ),
        (
            "Thirty-two adults with MDD were randomized to naltrexone 4.5 mg or placebo, and 30 "
            "healthy controls were scanned once.",
            32,
        ),
        (
            "Adults with MDD were randomized to naltrexone 4.5 mg or placebo. Results: Enrolment "
            "stopped early at 38 of a planned 90 participants.",
            38,
        ),
        (
            "Recruitment: 204 were assessed for eligibility, 150 excluded, and 54 randomised to "
            "naltrexone 4.5 mg or placebo.",
            54,
        ),
    ],
)
def test_the_randomised_count_among_other_counts(sentence: str, n: int) -> None:
    assert facts(T, f"Methods: {sentence}", RCT).n == n


def test_a_raised_decimal_point_is_a_decimal_point() -> None:
    f = facts(
        T, "Methods: Sixty adults with MDD were randomized to naltrexone 4·5 mg or placebo.", RCT
    )
    assert f.ldn_doses_mg == [4.5]


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in depression: a quasi-experimental study",
            "Methods: Forty adults with major depressive disorder received naltrexone 4.5 mg; "
            "40 matched controls received usual care.",
        ),
        (
            "Low-dose naltrexone in depression: a series of N-of-1 trials",
            "Methods: Twelve adults with treatment-resistant depression completed three "
            "alternating 2-week periods of naltrexone 4.5 mg and placebo.",
        ),
    ],
)
def test_quasi_experiments_and_n_of_1_series_are_trials(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "nonrandomized_trial"


def test_a_title_calling_for_more_work_still_names_the_condition() -> None:
    f = facts(
        "Low-dose naltrexone in depression: time for larger trials",
        "Methods: Forty adults received naltrexone 4.5 mg nightly in an open-label pilot; "
        "scores improved.",
        TRIAL,
    )
    assert f.on_topic


@pytest.mark.parametrize(
    "sentence",
    [
        "Current use of low-dose naltrexone was an exclusion criterion.",
        "Like low-dose naltrexone, celecoxib dampens microglial activation.",
    ],
)
def test_the_drug_excluded_or_named_as_a_likeness_is_not_given(sentence: str) -> None:
    f = facts(
        "Celecoxib for depression: a randomized trial",
        "Methods: Sixty adults with major depressive disorder on SSRIs were randomized to "
        f"celecoxib 400 mg or placebo. {sentence}",
        RCT,
    )
    assert not f.on_topic


def test_a_sub_study_sample_given_as_m_of_n() -> None:
    f = facts(
        "Inflammatory markers and response to low-dose naltrexone: a biomarker sub-study",
        "Methods: Blood samples were available for 52 of 80 participants in a randomized "
        "trial of naltrexone 4.5 mg versus placebo in major depressive disorder.",
    )
    assert (f.n, f.design) == (52, "rct")


def test_a_raise_for_those_not_responding_keeps_both_doses() -> None:
    f = facts(
        T,
        "Methods: Sixty adults with MDD received naltrexone 4.5 mg nightly; those not "
        "responding by week 4 were increased to 6 mg.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5, 6.0] and not f.compares_doses


def test_what_remains_to_be_established_is_not_the_study_s_aim() -> None:
    f = facts(
        T,
        "Methods: Sixty adults with MDD were randomized to naltrexone 4.5 mg or placebo.\n"
        "Conclusions: The optimal dose remains to be established.",
        RCT,
    )
    assert not f.compares_doses
    assert "dose-finding" not in gaps(
        T,
        "Methods: Sixty adults with MDD were randomized to naltrexone 4.5 mg or placebo.\n"
        "Conclusions: The optimal dose remains to be established.",
        RCT,
    )


def test_an_arm_size_between_dose_and_drug_keeps_the_dose_the_drug_s() -> None:
    f = facts(
        T,
        "Methods: Sixty adults with MDD were randomized to 3 mg (n = 30) or 4.5 mg (n = 30) "
        "of naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0, 4.5] and f.compares_doses


@pytest.mark.parametrize(
    "background",
    [
        "Low-dose naltrexone improved depressive symptoms in small trials at 4.5 mg/day.",
        "In a pilot study, low-dose naltrexone 1 mg twice daily reduced depressive symptoms.",
        "Glial modulators such as low-dose naltrexone (LDN) show antidepressant promise.",
        "Low-dose naltrexone, studied at 1 to 4.5 mg in open-label work, targets microglia.",
    ],
)
def test_the_drug_in_an_unlabelled_opening_of_another_drug_s_trial_is_background(
    background: str,
) -> None:
    """No section says "Background", but the trial gives minocycline: the title does not
    name the watched drug and no sentence says the study gave it."""
    title = "Minocycline in treatment-resistant depression: a randomised trial"
    abstract = (
        f"{background} We randomised 80 adults with treatment-resistant depression on SSRIs "
        "to minocycline 200 mg/day or placebo; MADRS fell more with minocycline (p = 0.02)."
    )
    assert not facts(title, abstract, RCT).on_topic
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    "abstract",
    [
        "Sixty adults with major depressive disorder were randomized to naltrexone 4.5 mg or "
        "placebo; MADRS fell more with naltrexone.",
        "Sixty adults with major depressive disorder took part. MADRS fell more in the "
        "naltrexone 4.5 mg group than in the placebo group.",
        "This open study of naltrexone 4.5 mg enrolled 60 adults with major depressive "
        "disorder; MADRS fell by 9 points.",
    ],
)
def test_a_title_without_the_drug_keeps_a_study_that_gives_it(abstract: str) -> None:
    f = facts("A glial modulator for depression", abstract, TRIAL)
    assert f.on_topic and f.n == 60


@pytest.mark.parametrize(
    "opening",
    [
        "SSRIs are first-line treatments, but many patients do not respond.",
        "Half of patients do not remit with an SSRI or SNRI.",
        "Combining LDN with SSRIs is untested.",
        "Tricyclics and MAOIs carry interaction risks.",
    ],
)
def test_an_unlabelled_abstract_s_opening_before_the_study_is_background(opening: str) -> None:
    """Without section labels, what comes before the abstract first speaks of its study
    (its authors, aim, people or acts) is background, as "Background:" would have said."""
    title = "Low-dose naltrexone added to bupropion in depression: an open-label trial"
    abstract = (
        f"{opening} We gave naltrexone 4.5 mg nightly to 52 adults with major depressive "
        "disorder on bupropion for 8 weeks; MADRS fell by 10 points."
    )
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"]
    assert gaps(title, abstract, TRIAL) == {"larger-trials": "addressed"}


def test_an_unlabelled_abstract_that_opens_with_its_study_has_no_background() -> None:
    f = facts(
        "Low-dose naltrexone with sertraline in depression",
        "Fifty-two adults with major depressive disorder on sertraline took naltrexone 4.5 mg "
        "nightly. SSRIs are widely used. MADRS fell by 10 points.",
        TRIAL,
    )
    assert f.concomitant_classes == ["serotonergic"] and f.n == 52


@pytest.mark.parametrize(
    ("written", "mg"),
    [
        ("received naltrexone 1 mg in the morning and 1 mg at night.", [2.0]),
        ("started naltrexone 0.5 mg/day, increased weekly by 0.5 mg to 4.5 mg/day.", [4.5]),
    ],
)
def test_a_day_s_split_dose_and_a_stepped_raise(written: str, mg: list[float]) -> None:
    f = facts(
        "Low-dose naltrexone in depression: a trial",
        f"Methods: Sixty adults with major depressive disorder {written}",
        TRIAL,
    )
    assert f.ldn_doses_mg == mg and not f.compares_doses


def test_plain_language_headings_are_sections() -> None:
    """ "What is known" is background, "What we did" methods, "Take-home message" the
    conclusion, as their usual names would be."""
    title = "Low-dose naltrexone added to bupropion: an open trial"
    abstract = (
        "What is known: SSRIs and SNRIs often leave depression unresolved.\n"
        "What we did: We gave naltrexone 4.5 mg nightly to 52 adults with major depressive "
        "disorder on bupropion.\nResults: MADRS fell by 10 points.\n"
        "Take-home message: A randomised comparison with SSRIs should follow."
    )
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"] and f.design == "nonrandomized_trial"
    assert gaps(title, abstract, TRIAL) == {"larger-trials": "addressed"}


def test_an_opening_that_the_study_points_back_to_describes_its_people() -> None:
    f = facts(
        "Low-dose naltrexone in partial responders to SSRIs",
        "Many adults with major depressive disorder respond only partly to an SSRI. Sixty "
        "such patients were randomised to naltrexone 4.5 mg or placebo.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"] and f.n == 60


def test_an_unlabelled_protocol_opening_with_a_registration_line_and_a_named_trial() -> None:
    """Two sentences of background before "<NAME> is a ... trial", a trailing "Trial
    registration:" line: the pilot's dopaminergic regimens stay the pilot's."""
    f = facts(
        "Low-dose naltrexone with SSRIs in depression (CALMER): protocol for a randomised trial",
        "Low-dose naltrexone showed efficacy in a small trial restricted to dopaminergic "
        "antidepressant regimens. Whether it helps alongside SSRIs is unknown. CALMER is a "
        "12-week, 1:1 randomised, double-blind trial at four sites. We will enrol 120 adults "
        "with major depressive disorder taking an SSRI.\nTrial registration: NCT00000001.",
        ("Clinical Trial Protocol",),
    )
    assert f.concomitant_classes == ["serotonergic"] and f.n == 120


@pytest.mark.parametrize(
    ("drug", "conclusion", "classes"),
    [
        (
            "bupropion",
            "Whether the benefit extends to serotonergic antidepressants remains untested.",
            ["dopaminergic"],
        ),
        (
            "sertraline",
            "LDN was not superior to placebo here, in contrast with earlier findings in "
            "dopaminergic regimens.",
            ["serotonergic"],
        ),
    ],
)
def test_open_questions_and_contrasts_characterise_no_regimen(
    drug: str, conclusion: str, classes: list[str]
) -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants: a randomized trial",
        f"Sixty adults with major depressive disorder on {drug} were randomized to naltrexone "
        f"2 mg or placebo. MADRS fell by 6 points. {conclusion}",
        RCT,
    )
    assert f.concomitant_classes == classes


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in a depression clinic: an audit",
            "We audited 75 patients with treatment-resistant depression on SSRIs prescribed "
            "LDN 1.5-4.5 mg between 2020 and 2024; 40% responded.",
        ),
        (
            "Naturalistic outcomes of low-dose naltrexone in depression",
            "Eighty patients with major depressive disorder taking SNRIs were started on LDN "
            "4.5 mg by their psychiatrists and followed for 6 months.",
        ),
        (
            "Low-dose naltrexone added to SSRIs in depression: a matched comparison",
            "Sixty outpatients with major depressive disorder on SSRIs who started LDN 4.5 mg "
            "were compared with 60 matched outpatients on SSRIs who did not.",
        ),
    ],
)
def test_care_as_it_happened_is_observational(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "observational"
    assert gaps(title, abstract) == {}
