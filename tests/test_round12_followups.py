"""A derived report's own people, said in ways round 12 had not met: found by probing
the merged classifier. Each gave the parent trial's size (>= 50: a false larger-trials
verdict) before these tests."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone added to sertraline in major depression: a secondary analysis"
PARENT = (
    "a randomised trial of naltrexone 4.5 mg/day or placebo added to sertraline in 176 "
    "adults with major depressive disorder"
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        # the report's own act on its people, first person
        (f"We analysed the 43 participants with stored serum from {PARENT}.", 43),
        # the report naming whom it concerns
        (f"This report concerns the 37 participants of {PARENT} who consented to MRI.", 37),
        # a subset said without a noun, then "analysed here"
        (f"In {PARENT}, hair cortisol was collected from a subset of 46, analysed here.", 46),
        # "N of them", then "we report these N"
        (f"In {PARENT}, diaries were complete for 44 of them, and we report these 44.", 44),
        # the sample said to be part of the parent's
        (f"The sample comprised 39 of the 176 adults randomised in {PARENT}.", 39),
        (f"Participants (n = 31) were those of {PARENT} who had genotype data.", 31),
    ],
)
def test_a_derived_report_counts_its_own_people_not_its_parents(methods: str, own: int) -> None:
    abstract = f"Methods: {methods}\nResults: LDN was associated with lower scores."
    assert facts(TITLE, abstract, JOURNAL).n == own
    assert "larger-trials" not in gaps(TITLE, abstract, JOURNAL)


def test_a_derived_report_of_the_whole_sample_keeps_the_whole_sample() -> None:
    abstract = (
        f"Methods: This secondary analysis included all 176 participants of {PARENT}; 81 had "
        "a raised C-reactive protein at baseline.\nResults: CRP did not moderate response."
    )
    assert facts(TITLE, abstract, JOURNAL).n == 176


# -- round 13 (the lead's part: co-medication begun later, design of letters, extensions
# and interim reports), from holdout44-46 and preprints5 once they were opened

OPEN = "Low-dose naltrexone for depression in primary care: an open-label study"


@pytest.mark.parametrize(
    "methods",
    [
        # the stop and the later start in one sentence, across a semicolon
        "Fifty-eight antidepressant-free adults with MDD took naltrexone 3 mg nightly for ten "
        "weeks. At week 10 naltrexone was stopped; non-responders went back to their GP, and "
        "12 of them subsequently started escitalopram.",
        # ... or in the sentence before
        "Fifty-eight antidepressant-free adults with MDD took naltrexone 3 mg nightly for ten "
        "weeks. After week 10 LDN was discontinued. Eleven non-responders later began "
        "venlafaxine.",
    ],
)
def test_an_antidepressant_begun_later_once_ldn_was_stopped_is_not_taken_with_it(
    methods: str,
) -> None:
    abstract = f"Methods: {methods}\nResults: Twenty responded."
    assert facts(OPEN, abstract, TRIAL).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(OPEN, abstract, TRIAL)


def test_an_antidepressant_begun_later_while_ldn_continues_is_taken_with_it() -> None:
    abstract = (
        "Methods: Fifty-eight adults with MDD took naltrexone 3 mg nightly and subsequently "
        "started escitalopram 10 mg while continuing naltrexone.\nResults: Twenty responded."
    )
    assert facts(OPEN, abstract, TRIAL).concomitant_classes == ["serotonergic"]


def test_a_letter_whose_study_its_review_board_approved_is_a_study_not_a_review() -> None:
    title = "Low-dose naltrexone added to duloxetine in dysthymia: an open pilot"
    abstract = (
        "To the Editor: With the approval of our institutional review board we enrolled 17 "
        "outpatients with persistent depressive disorder taking duloxetine and added open-label "
        "naltrexone 3 mg at night for 8 weeks. MADRS fell from 25 to 16 (p < .01)."
    )
    found = facts(title, abstract, ("Letter",))
    assert found.design == "nonrandomized_trial"
    assert sorted(found.concomitant_classes) == ["noradrenergic", "serotonergic"]


def test_an_extension_named_by_its_length_is_an_open_non_randomised_trial() -> None:
    title = "Naltrexone 3 mg beside sertraline over a year: 40-week extension of the HARBOUR trial"
    abstract = (
        "Methods: Completers of the 12-week double-blind HARBOUR trial (randomised N = 120; "
        "104 completers) were offered 40 weeks of open-label naltrexone 3 mg at night while "
        "continuing sertraline. Seventy-one entered the extension.\nResults: Response was "
        "maintained in 80%."
    )
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_an_interim_report_awaiting_its_final_results_has_results() -> None:
    title = (
        "Two low doses of naltrexone beside escitalopram: interim analysis of a randomised trial"
    )
    abstract = (
        "Methods: Adults with MDD on escitalopram are randomised to naltrexone 1.5 mg, "
        "naltrexone 4.5 mg or placebo for 8 weeks; at the interim cut-off 57 had been "
        "randomised.\nResults: MADRS change was -12.1 (4.5 mg), -10.0 (1.5 mg) and -7.8 "
        "(placebo).\nConclusions: Final results are expected in 2028."
    )
    assert gaps(title, abstract, RCT)["dose-finding"] == "addressed"


def test_an_antidepressant_offered_to_non_responders_is_their_next_treatment() -> None:
    title = "Low-dose naltrexone in major depression: a randomised trial"
    abstract = (
        "Methods: 104 adults with MDD were randomised to naltrexone 3 mg or placebo for ten "
        "weeks; those who had not responded by week 10 were offered open-label duloxetine."
        "\nResults: Naltrexone was superior."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)
    beside = abstract.replace("duloxetine.", "duloxetine while continuing naltrexone.")
    assert sorted(facts(title, beside, RCT).concomitant_classes) == [
        "noradrenergic",
        "serotonergic",
    ]


# -- found by probing: a crossover counts its people, not its periods or assessments

CROSSOVER = "Low-dose naltrexone added to escitalopram in depression: a randomised crossover trial"


@pytest.mark.parametrize(
    "counted",
    ["(n = 60 person-periods)", "(n = 60 periods)", "(n = 60 treatment periods)"],
)
def test_a_crossover_counts_people_not_their_periods(counted: str) -> None:
    abstract = (
        "Methods: Thirty adults with major depressive disorder on escitalopram took naltrexone "
        "4.5 mg nightly or placebo for six weeks each, in random order, and so contributed 60 "
        f"periods {counted}.\nResults: HAM-D fell more on naltrexone."
    )
    assert facts(CROSSOVER, abstract, JOURNAL).n == 30
    assert "larger-trials" not in gaps(CROSSOVER, abstract, JOURNAL)
