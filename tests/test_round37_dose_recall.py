"""Round 37 (c37a): dose trials the classifier missed in batch 27 (holdout112), each
written here in the record's own shape and in words of our own (probes), so the rule is
not tied to one wording."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

# -- a derived report whose parent is described in an apposition naming its condition
# ("Secondary analysis of LANTERN (NCT...), a randomised comparison of X in major
# depressive disorder"): the parent took in people with the condition, so they are the
# report's own population; and "the 204 with ratings at weeks 1, 2 and 4 were analysed"
# is 204 (a list of time points is no count of people). holdout112 12300036.

RESULTS = "\nResults: Response came earlier at the higher doses.\nConclusions: Dose matters."
SECONDARY = "Time course of response by low-dose naltrexone dose: a secondary analysis"


@pytest.mark.parametrize(
    "methods",
    [
        # the record's shape
        "Methods: Secondary analysis of LANTERN (NCT06741288), a randomised comparison of "
        "naltrexone 1.5 mg, 3 mg and 4.5 mg nightly with placebo in major depressive disorder "
        "with inadequate response to an SSRI or SNRI. Of the 231 randomised participants, the "
        "204 with MADRS ratings at weeks 1, 2 and 4 were analysed with mixed models.",
        # probes: the parent called by another word for what it did
        "Methods: Post hoc analysis of the NITE study, a placebo-controlled evaluation of "
        "naltrexone 2 mg and 4.5 mg daily in treatment-resistant depression. We analysed 118 participants with complete diaries.",
        # ... told by a relative clause
        "Methods: Exploratory analysis of data from ROSE, which randomised naltrexone 1 mg or "
        "4.5 mg against placebo in persistent depressive disorder; 97 "
        "participants with actigraphy were analysed.",
        # ... a "test ... for" the condition
        "Methods: We re-analysed DAWN, a double-blind test of naltrexone 2 mg versus 4.5 mg "
        "added to escitalopram for major depression, including 150 participants with blood "
        "samples.",
    ],
)
def test_a_parent_described_in_an_apposition_gives_the_population(methods: str) -> None:
    f = facts(SECONDARY, methods + RESULTS, (*JOURNAL, *RCT))
    assert f.depression_population
    assert f.n is not None and f.n >= 50
    assert gaps(SECONDARY, methods + RESULTS, (*JOURNAL, *RCT))["larger-trials"] == "addressed"


def test_a_parent_in_another_condition_told_the_same_way_is_not_depression() -> None:
    methods = (
        "Methods: Secondary analysis of FIBRO-LDN, a randomised comparison of naltrexone 4.5 "
        "mg with placebo in fibromyalgia. The 80 participants with depression scores were "
        "analysed."
    )
    assert not facts(SECONDARY, methods + RESULTS, (*JOURNAL, *RCT)).depression_population


PARENT = (
    "Methods: Secondary analysis of SOLACE, a randomised trial of naltrexone 1.5 mg or 4.5 "
    "mg nightly versus placebo in 240 adults with major depressive disorder. "
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        (
            "Of the 240 randomised, the 212 with HAM-D ratings at weeks 2, 4 and 8 were analysed.",
            212,
        ),
        ("The 187 participants with actigraphy on days 1, 7 and 14 were included.", 187),
        ("In all, 153 participants with plasma samples at visits 1, 3 and 5 were studied.", 153),
        ("We analysed the 96 participants whose diaries covered months 1 to 3.", 96),
    ],
)
def test_a_list_of_time_points_is_no_count_of_people(methods: str, own: int) -> None:
    assert facts(SECONDARY, PARENT + methods + RESULTS, (*JOURNAL, *RCT)).n == own


def test_a_single_time_point_and_a_count_after_it_is_no_list() -> None:
    # "week 12 and 118": a singular time point, then a count (holdout26 79100037, which
    # the first reading of time lists broke)
    methods = (
        "Of 164 randomised, 151 completed week 12 and 118 (LDN 61, placebo 57) entered the "
        "continuation phase; 109 completed week 52. Analyses included the 118 participants "
        "who entered continuation."
    )
    assert facts(SECONDARY, PARENT + methods + RESULTS, (*JOURNAL, *RCT)).n == 118


# -- a randomised withdrawal whose arms each repeat "to" ("randomly assigned (1:1:1),
# double-blind, to continue 4.5 mg, to switch to 1.5 mg, or to placebo for 24 weeks,
# still taking their SSRI"): each arm's dose is one studied, the base drug named after the
# list is what everyone takes, and a lowered level named as an arm is an arm, not one
# arm's dose moved down for some. holdout112 12300018.

WITHDRAWAL = (
    "Continuation, dose reduction or discontinuation of low-dose naltrexone after response "
    "in depression: a randomised withdrawal trial"
)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the record's shape
        (
            "Adults with MDD despite an SSRI received open-label naltrexone 4.5 mg nightly for 8 "
            "weeks. Responders were randomly assigned (1:1:1), double-blind, to continue 4.5 mg, "
            "to switch to 1.5 mg, or to placebo for 24 weeks, still taking their SSRI.",
            [1.5, 4.5],
        ),
        # probes: a lowered level as an arm, the last arm a stop
        (
            "Adults with MDD taking an SSRI received open-label naltrexone 3 mg nightly for 10 "
            "weeks. Responders were allocated to remain on 3 mg, to step down to 1 mg or to stop.",
            [1.0, 3.0],
        ),
        # ... other verbs, the base drug after the list
        (
            "Adults with MDD on an SNRI received open-label naltrexone 4.5 mg for 8 weeks. "
            "Remitters were randomised, double-blind, to keep taking 4.5 mg, to change to 2 mg, "
            "or to receive placebo, all continuing their SNRI.",
            [2.0, 4.5],
        ),
        (
            "Adults with MDD on an SSRI took naltrexone 4.5 mg for 8 weeks. Responders were "
            "randomly assigned to continue 4.5 mg, to switch to 1.5 mg, or to placebo for 24 "
            "weeks, still taking their SSRI.",
            [1.5, 4.5],
        ),
    ],
)
def test_arms_each_opened_by_to_are_arms(methods: str, doses: list[float]) -> None:
    abstract = f"Methods: {methods}\nResults: 88 responders were randomised."
    f = facts(WITHDRAWAL, abstract, (*JOURNAL, *RCT))
    assert f.ldn_doses_mg == doses
    assert gaps(WITHDRAWAL, abstract, (*JOURNAL, *RCT))["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    "methods",
    [
        # one arm's dose moved down for some, told after the allocation: not a second arm
        "Adults with MDD on an SSRI were randomised to naltrexone 4.5 mg or placebo, with the "
        "dose lowered to 3 mg if not tolerated.",
        "Adults with MDD on an SSRI were randomised to naltrexone 4.5 mg nightly or placebo, "
        "reduced to 3 mg in those with side effects.",
        "Adults with MDD on an SSRI were randomised to naltrexone 4.5 mg or placebo, and those "
        "with vivid dreams could step down to 1.5 mg.",
    ],
)
def test_a_dose_lowered_for_some_after_the_allocation_is_no_arm(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: 80 were randomised."
    assert not facts(WITHDRAWAL, abstract, (*JOURNAL, *RCT)).compares_doses


# -- a crossover told as a sequence and its mirror ("randomized to the sequence 1 mg b.i.d.
# then 4.5 mg nightly or the reverse"): both doses are periods each person takes and the
# trial compares, not a titration's first step and its target; 1 mg b.i.d. is 2 mg a day.
# holdout112 12300019.

CROSSOVER = "Two schedules of low-dose naltrexone in depression: a randomised crossover trial"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the record's shape (no drug named in the sentence, the antidepressant before it)
        (
            "Adults with treatment-resistant depression (MADRS >= 22) continued their "
            "antidepressant and were randomized to the sequence 1 mg b.i.d. then 4.5 mg nightly "
            "or the reverse, with 4-week periods and a 2-week placebo washout.",
            [2.0, 4.5],
        ),
        # probes: a base drug named before the sequence
        (
            "Adults with major depressive disorder on an SSRI were randomized to the sequence "
            "1 mg b.i.d. then 4.5 mg nightly or the reverse, with 4-week periods.",
            [2.0, 4.5],
        ),
        # ... "followed by", "or the opposite order", the drug named
        (
            "Adults with major depressive disorder on an SSRI received naltrexone 1.5 mg twice "
            "daily followed by 4.5 mg once daily, or the opposite order, by random allocation; "
            "each period lasted 6 weeks.",
            [3.0, 4.5],
        ),
        # ... "and then", "or vice versa"
        (
            "In this crossover, 30 adults with MDD taking an SNRI were randomised to take "
            "naltrexone 1 mg bid for four weeks and then 4 mg at bedtime for four weeks, or "
            "vice versa.",
            [2.0, 4.0],
        ),
    ],
)
def test_a_sequence_and_its_reverse_are_two_compared_doses(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: 28 were randomised."
    f = facts(CROSSOVER, abstract, (*JOURNAL, *RCT))
    assert f.ldn_doses_mg == doses
    assert gaps(CROSSOVER, abstract, (*JOURNAL, *RCT))["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    "methods",
    [
        # a titration in one order only stays one schedule, its target the dose
        "Adults with MDD on an SSRI received naltrexone 1.5 mg nightly for a week, then 4.5 mg "
        "nightly.",
        "Adults with MDD on an SSRI were randomized to 1.5 mg for one week then 4.5 mg nightly, "
        "or placebo.",
        "Adults with MDD taking an SSRI were randomised to naltrexone or placebo, titrated from "
        "1 mg b.i.d. then to 4.5 mg nightly.",
    ],
)
def test_a_titration_in_one_order_is_one_dose(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: 60 were randomised."
    f = facts(CROSSOVER.replace("crossover", "parallel-group"), abstract, (*JOURNAL, *RCT))
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
