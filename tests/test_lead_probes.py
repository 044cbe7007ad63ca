"""Kinds found by the lead's own probing of the classifier (no labelled set showed them):
each gave a false verdict or a wrong design before these tests."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, facts, gaps

CASE_TITLE = "Low-dose naltrexone added to fluoxetine in major depressive disorder: a case report"


@pytest.mark.parametrize(
    "opening",
    [
        "A randomised trial of 120 patients found LDN effective.",
        "One double-blind study of 140 adults on SSRIs reported a benefit of LDN.",
        "Moreover, a placebo-controlled trial in 96 outpatients showed that LDN helps.",
    ],
)
def test_a_case_report_opening_with_an_unnamed_trial_is_still_a_case_report(opening: str) -> None:
    # the trial a case report cites without a citation is someone else's: read as the
    # record's own, it made a case report an RCT of 120 (false larger-trials and
    # serotonergic verdicts)
    abstract = (
        f"{opening} We describe a 45-year-old woman with major depressive disorder on "
        "fluoxetine who took LDN 4.5 mg nightly and remitted within six weeks."
    )
    f = facts(CASE_TITLE, abstract, CASE)
    assert f.design == "case_report"
    assert f.n == 1
    assert gaps(CASE_TITLE, abstract, CASE) == {}


def test_a_trial_that_says_what_it_found_in_its_own_words_keeps_its_design() -> None:
    title = "Low-dose naltrexone added to SSRIs in major depression"
    abstract = (
        "A randomised trial was conducted in 84 adults with MDD on SSRIs, who took LDN 4.5 mg "
        "or placebo for 8 weeks; it found a larger fall in MADRS with LDN."
    )
    assert facts(title, abstract, RCT).design == "rct"
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


SWITCH = "Switching to low-dose naltrexone after SSRI failure in depression"


@pytest.mark.parametrize(
    "methods",
    [
        "80 patients with MDD who had not responded to an SSRI stopped it and were randomised "
        "to LDN 4.5 mg or bupropion.",
        "80 adults with MDD whose escitalopram had failed discontinued it, and were then "
        "randomised to LDN 4.5 mg or bupropion.",
    ],
)
def test_an_antidepressant_its_takers_stopped_is_not_taken_with_ldn(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Response was similar."
    assert facts(SWITCH, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(SWITCH, abstract, RCT)


def test_an_antidepressant_kept_while_another_drug_is_stopped_still_counts() -> None:
    abstract = (
        "Methods: 80 patients with MDD on sertraline who took a benzodiazepine stopped it and "
        "were randomised to LDN 4.5 mg or placebo added to sertraline.\nResults: LDN helped."
    )
    assert facts(SWITCH, abstract, RCT).concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for canine anxiety and low mood",
            "Methods: 60 dogs with behavioural problems received naltrexone 0.5 mg daily.\n"
            "Results: Mood improved.",
        ),
        (
            "Naltrexone at a low dose in cats with over-grooming and low mood: a veterinary "
            "case series",
            "Twelve cats took naltrexone 1 mg daily for 8 weeks; owners rated mood and grooming.",
        ),
    ],
)
def test_veterinary_patients_are_animals(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "preclinical"
    assert not f.on_topic


@pytest.mark.parametrize(
    "methods",
    [
        "70 women with MDD after breast cancer were randomised to LDN 4.5 mg or placebo; many "
        "took venlafaxine 37.5 mg for hot flashes.",
        "70 adults with MDD were randomised to LDN 4.5 mg or placebo; some took amitriptyline "
        "12.5 mg at night for neuropathic pain.",
    ],
)
def test_a_decimal_dose_does_not_hide_what_a_co_medication_was_for(methods: str) -> None:
    # the decimal point of "37.5 mg" was read as the sentence's end, so "for hot flashes"
    # never reached the drug: a false serotonergic verdict
    title = "Low-dose naltrexone in major depressive disorder: a randomised trial"
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN."
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


SEPARATE = "Low-dose naltrexone in major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "classes"),
    [
        # a group beside the randomised ones, given only the antidepressant
        (
            "70 adults with MDD were randomised to LDN 4.5 mg or placebo. A third, non-randomised "
            "group took sertraline.",
            [],
        ),
        (
            "70 adults with MDD were randomised to LDN 4.5 mg or placebo; a separate reference "
            "cohort received escitalopram 10 mg.",
            [],
        ),
        # ... but a group given the antidepressant with the watched drug takes them together
        (
            "70 adults with MDD were randomised to LDN 4.5 mg or placebo. A third group received "
            "sertraline plus LDN 4.5 mg.",
            ["serotonergic"],
        ),
    ],
)
def test_an_antidepressant_given_only_to_a_group_of_its_own_is_not_taken_with_ldn(
    methods: str, classes: list[str]
) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN."
    assert facts(SEPARATE, abstract, RCT).concomitant_classes == classes


@pytest.mark.parametrize(
    "methods",
    [
        # the stopped drug's dose between it and the verb
        "70 adults with MDD were randomised to LDN 4.5 mg or placebo; venlafaxine 75 mg daily was "
        "discontinued two weeks before randomisation.",
        "70 adults with MDD were randomised to LDN 4.5 mg or placebo; sertraline 37.5 mg/day had "
        "been stopped a month earlier.",
        # begun once the watched drug was stopped, said with a passive
        "70 antidepressant-free adults with MDD took LDN 4.5 mg for 8 weeks. After LDN was "
        "stopped, 12 began fluvoxamine 50 mg.",
    ],
)
def test_an_antidepressant_stopped_before_or_begun_after_ldn_is_not_taken_with_it(
    methods: str,
) -> None:
    title = "Low-dose naltrexone in major depressive disorder: a randomised trial"
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN."
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


def test_an_antidepressant_continued_after_ldn_was_stopped_was_taken_with_it() -> None:
    title = "Low-dose naltrexone added to sertraline in major depressive disorder"
    abstract = (
        "Methods: 70 adults with MDD on sertraline took LDN 4.5 mg for 8 weeks. After LDN was "
        "stopped, all continued sertraline 100 mg.\nResults: MADRS fell."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]
