"""The record's own size, round 24 (batch 12): counts said in shapes the extractor had not
met. Each gave a wrong n (and so a wrong larger-trials verdict) before these tests."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps, judge_preprint, preprint

TITLE = "Low-dose naltrexone added to an SSRI in major depressive disorder: a randomised trial"


# -- a randomised count whose verb is "randomly assigned/allocated" after a screened
# count ("311 were screened and 127 randomly assigned"): the verb of the second count is
# left out, and "randomly assigned" says "randomised" as surely as the participle does
@pytest.mark.parametrize(
    ("findings", "n"),
    [
        (
            "Of the adults approached, 240 people were screened and 96 randomly assigned; 90 "
            "were analysed.",
            96,
        ),
        (
            "Between 2022 and 2024, 180 patients were assessed for eligibility and 72 were "
            "randomly allocated.",
            72,
        ),
        ("In all, 150 were screened, 61 randomly allocated and 55 completed week 8.", 61),
    ],
)
def test_randomly_assigned_after_a_screened_count_is_the_sample(findings: str, n: int) -> None:
    abstract = (
        "Methods: Adults with MDD taking an SSRI received naltrexone 4.5 mg or placebo nightly "
        f"for 8 weeks.\nFindings: {findings} LDN lowered MADRS scores."
    )
    assert facts(TITLE, abstract, RCT).n == n


# -- "a further N" that makes up the difference between two counts stated before (127
# randomised, 118 analysed, a further 9 analysed apart) are among the larger count: the
# rest of the same funnel, not a second group of people to add
@pytest.mark.parametrize(
    ("findings", "n"),
    [
        (
            "311 people were screened and 127 randomly assigned; 118 received at least one "
            "dose and were included in the primary analysis (4.5 mg n=40, 1.5 mg n=39, "
            "placebo n=39). A further nine participants allocated to a 3 mg arm before it "
            "closed were analysed descriptively.",
            127,
        ),
        (
            "Of 200 adults assessed, 84 were randomised and 78 made up the per-protocol set. "
            "Another six participants, who withdrew consent for their data, are described "
            "apart.",
            84,
        ),
        (
            "We randomised 66 participants to naltrexone or placebo; 60 were analysed. An "
            "additional 6 participants from a closed site were reported separately.",
            66,
        ),
    ],
)
def test_further_people_that_complete_a_funnel_are_not_added(findings: str, n: int) -> None:
    abstract = (
        "Methods: Adults with MDD taking an SSRI received naltrexone or placebo nightly for "
        f"8 weeks.\nFindings: {findings} LDN lowered MADRS scores."
    )
    assert facts(TITLE, abstract, RCT).n == n
    assert gaps(TITLE, abstract, RCT).get("larger-trials") == ("addressed" if n >= 50 else None)


# -- a protocol's schedule is not its size: "allocation will be updated every 40
# participants", "an interim look after each block of 30", and a description of whom it
# takes ("adults who are currently taking an SNRI") is not an accrual "so far"
PROTO_TITLE = "Low-dose naltrexone doses added to an SNRI in depression: study protocol"


@pytest.mark.parametrize(
    "methods",
    [
        "Up to 200 adults with major depressive disorder who are currently taking venlafaxine "
        "or duloxetine will be randomised to placebo or naltrexone 1 mg, 2.5 mg or 4.5 mg "
        "daily for 8 weeks. Allocation probabilities will be updated every 40 participants.",
        "We will randomise 200 patients currently receiving an SNRI to naltrexone 1 mg, 2.5 mg "
        "or 4.5 mg or placebo. The data monitoring committee will review unblinded data after "
        "each block of 40 participants.",
        "A total of 200 adults on a stable SNRI will be allocated to naltrexone 1 mg, 2.5 mg "
        "or 4.5 mg or placebo; interim analyses will take place at intervals of 40 patients, "
        "and after the first 40 participants the adaptive allocation will begin.",
    ],
)
def test_a_protocols_schedule_or_population_is_not_its_size(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Recruitment began in 2025."
    assert facts(PROTO_TITLE, abstract, PROTOCOL).n == 200
    assert gaps(PROTO_TITLE, abstract, PROTOCOL).get("larger-trials") == "in_progress"


def test_a_protocols_accrual_so_far_is_still_read_as_accrual() -> None:
    abstract = (
        "Methods: Adults taking an SNRI will be randomised to naltrexone 1 mg, 2.5 mg or 4.5 "
        "mg or placebo; the planned sample size is 120. Currently 35 participants have been "
        "randomised.\nResults: Recruitment continues."
    )
    assert facts(PROTO_TITLE, abstract, PROTOCOL).n == 120


# -- a derived report names the people it analyses and sizes them, in brackets, as a part
# of its parent's sample: the part is its own sample, not the parent's total nor a subgroup
# it later compares
DERIVED = (
    "Low-dose naltrexone added to antidepressants and anhedonia in major depressive disorder: "
    "a post-hoc analysis of a randomised trial"
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        (
            "Post-hoc analysis of participants with a baseline SHAPS score (259 of the 271 "
            "randomised). Mixed models tested the interaction between arm and class.",
            259,
        ),
        (
            "We included those trial participants who gave a blood sample at baseline (44 of "
            "180 enrolled) and were studied for inflammatory markers.",
            44,
        ),
        (
            "This secondary analysis concerns the adults who completed actigraphy (31 of all "
            "120 participants) in a trial of naltrexone 4.5 mg or placebo.",
            31,
        ),
    ],
)
def test_a_derived_report_sized_as_a_part_of_its_parent(methods: str, own: int) -> None:
    abstract = (
        f"Methods: {methods}\nResults: The effect was larger with an SNRI (n = 20) than "
        "an SSRI (n = 11)."
    )
    assert facts(DERIVED, abstract, RCT).n == own
    assert gaps(DERIVED, abstract, RCT).get("larger-trials") == ("addressed" if own >= 50 else None)


# -- a series of n-of-1 trials counted as trials: each is one person, so the count of
# trials is the number of persons (not 1, not the periods)
@pytest.mark.parametrize(
    ("title", "methods", "n"),
    [
        (
            "Series of personalised (n-of-1) crossover trials of 1.5 mg versus 4.5 mg low-dose "
            "naltrexone in depression: a study protocol",
            "We will conduct 30 double-blind n-of-1 trials. Adults with major depressive "
            "disorder will undergo three pairs of 3-week periods of naltrexone 1.5 mg or 4.5 mg.",
            30,
        ),
        (
            "Single-patient trials of low-dose naltrexone doses in major depressive disorder",
            "Twenty-four single-patient crossover trials will compare naltrexone 1.5 mg and "
            "4.5 mg nightly in adults with depression, each over six 2-week periods.",
            24,
        ),
        (
            "Personalised dosing of low-dose naltrexone in depression: protocol",
            "A series of 60 randomised, blinded N-of-1 experiments will test naltrexone 1.5 mg "
            "against 4.5 mg in adults with major depression.",
            60,
        ),
    ],
)
def test_a_series_of_n_of_1_trials_counts_one_person_per_trial(
    title: str, methods: str, n: int
) -> None:
    abstract = f"Methods: {methods}\nDiscussion: Individual results will be returned."
    assert facts(title, abstract, PROTOCOL).n == n


def test_a_single_n_of_1_trial_is_still_one_person() -> None:
    abstract = (
        "Methods: In a double-blind n-of-1 trial, one woman with major depression took "
        "naltrexone 1.5 mg or 4.5 mg in random order over six periods.\nResults: Mood improved."
    )
    assert facts("An n-of-1 trial of low-dose naltrexone doses in depression", abstract).n == 1


# -- the sample a records study names as a noun phrase ("giving an analytic cohort of
# 6,020", "the final study population comprised 2,340 adults"): the study's own people,
# not the pool it was drawn from ("Of 38,511 adults with ...")
COHORT_TITLE = "Low-dose naltrexone prescribing and depressive symptoms: a target trial emulation"


@pytest.mark.parametrize(
    ("findings", "n"),
    [
        (
            "Of 38,511 adults with post-COVID-19 condition, 1,204 initiated LDN and were "
            "matched to 4,816 non-initiators, giving an analytic cohort of 6,020.",
            6020,
        ),
        (
            "From 52,000 eligible records, initiators of naltrexone 4.5 mg were matched 1:3 to "
            "non-initiators; the final study population comprised 2,340 adults.",
            2340,
        ),
        (
            "Among 91,200 patients with fibromyalgia, the matched sample numbered 3,112 after "
            "exclusions.",
            3112,
        ),
    ],
)
def test_a_records_studys_named_sample_is_its_n(findings: str, n: int) -> None:
    abstract = (
        "Methods: We emulated a target trial in linked primary care records; the outcome was "
        f"change in PHQ-9 score.\nFindings: {findings} PHQ-9 scores fell more with LDN."
    )
    assert judge_preprint(preprint(COHORT_TITLE, abstract))[0].n == n


# -- a survey's respondents, said as who qualified and answered ("412 met the inclusion
# criteria and completed it"), not those who only opened it
SURVEY_TITLE = "Patient-reported effects of low-dose naltrexone on mood: an online survey"


@pytest.mark.parametrize(
    ("answered", "n"),
    [
        (
            "Of 538 people who opened the survey, 412 met the inclusion criteria and completed it.",
            412,
        ),
        ("Of 1,020 visitors to the survey page, 640 were eligible adults and completed it.", 640),
        (
            "The questionnaire was opened 905 times; 377 confirmed current use, consented and "
            "returned it.",
            377,
        ),
    ],
)
def test_a_surveys_qualified_respondents_are_its_n(answered: str, n: int) -> None:
    abstract = (
        "We conducted an anonymous online survey of adults currently taking LDN for any "
        f"indication, who rated changes in mood and completed the PHQ-9. {answered} Overall, "
        "61% reported improved mood."
    )
    assert judge_preprint(preprint(SURVEY_TITLE, abstract))[0].n == n
