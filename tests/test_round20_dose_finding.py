"""Dose-finding precision, round 20: a study that gives one dose to all and raises it only
for some compares no doses, whatever dose words its results and conclusions use, and a
clause in which the authors say their data cannot answer the dose question is believed
(preprints12 PPR8700006, then probes in other words and a red-team of near misses)."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, TRIAL, facts, gaps

PILOT = "Low-dose naltrexone added to antidepressants in major depressive disorder: a pilot"
RAISE_FOR_SOME = (
    "Methods: Thirty outpatients with MDD on an SSRI received LDN 1.5 mg; non-responders at "
    "week 4 were raised to 4.5 mg."
)


@pytest.mark.parametrize(
    "tail",
    [
        # the record shown (preprints12 PPR8700006), in its own words
        "Results: Eight participants required the increase to 4.5 mg; their week-8 scores "
        "were similar to those who stayed on 1.5 mg.\nConclusions: Because only "
        "non-responders were titrated, these data cannot address the optimal dose; a "
        "randomised comparison is needed.",
        # probes: the same disclaimer said otherwise
        "Results: MADRS fell by 8 points.\nConclusions: Our findings do not allow "
        "conclusions about the optimal dose.",
        "Results: MADRS fell by 8 points.\nConclusions: The uncontrolled titration "
        "precludes any inference about the optimal dose.",
        "Results: MADRS fell by 8 points.\nConclusions: We were unable to identify an "
        "optimal dose, and dose comparisons were not possible.",
        # a dose-finding phrase said of what the results suggest, not of the study
        "Results: Those raised to 4.5 mg did no better than those kept on 1.5 mg, so 1.5 mg "
        "may be the optimal dose.",
    ],
)
def test_a_raise_for_some_with_dose_words_in_its_results_compares_no_doses(tail: str) -> None:
    abstract = f"{RAISE_FOR_SOME}\n{tail}"
    f = facts(PILOT, abstract, TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(PILOT, abstract, TRIAL)


@pytest.mark.parametrize(
    "methods",
    [
        # a response threshold in other words
        "Twenty-four adults with MDD on sertraline received naltrexone 1.5 mg/day for 4 "
        "weeks, increased to 4.5 mg/day in those with a HAM-D reduction below 30%.",
        "Thirty adults with MDD received LDN 1.5 mg; partial responders at week 4 were "
        "stepped up to 4.5 mg.",
    ],
)
def test_a_threshold_raise_with_a_disclaimer_is_no_comparison(methods: str) -> None:
    abstract = (
        f"Methods: {methods}\nResults: HAM-D improved from 22 to 13. The study was not "
        "designed to compare doses.\nConclusions: No conclusions about the best dose "
        "can be drawn; the optimal dose cannot be settled by these data."
    )
    assert not facts(PILOT, abstract, TRIAL).compares_doses


def test_a_study_presented_as_dose_finding_still_compares_doses() -> None:
    abstract = (
        "Methods: In this dose-finding pilot, 24 outpatients with depression on an SSRI "
        "started LDN 1 mg; non-responders were escalated to 2 mg and then 4 mg, with MADRS "
        "read at each step.\nResults: Most responses occurred at 2 mg."
    )
    assert facts(PILOT, abstract, TRIAL).compares_doses


def test_arms_compared_keep_their_verdict_beside_a_disclaimer() -> None:
    abstract = (
        "Methods: Adults with MDD (n=45) were randomised to fixed LDN doses of 1.5 mg/day "
        "or 3 mg/day or placebo.\nResults: Only the 3 mg arm separated from placebo.\n"
        "Conclusions: The higher dose may be optimal; these data cannot address doses "
        "above 3 mg."
    )
    assert facts(PILOT, abstract, RCT).compares_doses
    assert gaps(PILOT, abstract, RCT)["dose-finding"] == "addressed"


# -- an arm an amendment removed, said as a noun (holdout65 40100030: "removal of the
# naltrexone 2 mg arm" in the title and the methods; the original three-arm design told
# in the background, the title's removal first)

UPDATE = "Update to the {name} protocol: {what}"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            UPDATE.format(name="NALDO trial", what="removal of the naltrexone 2 mg arm"),
            "Background: The NALDO trial protocol, published in 2025, described a three-arm "
            "randomised trial comparing naltrexone 2 mg and 4.5 mg daily with placebo added to "
            "SSRIs in adults with major depressive disorder.\nMethods: Because 2 mg capsules "
            "could not be made, the ethics committee approved removal of the 2 mg arm. NALDO "
            "is now a two-arm trial of naltrexone 4.5 mg once daily versus placebo.",
        ),
        (
            UPDATE.format(name="LDN-MOOD", what="deletion of the 3 mg arm"),
            "Methods: The original design randomised adults with MDD to LDN 3 mg, LDN 4.5 mg "
            "or placebo added to their SSRI. Discontinuation of the 3 mg arm was approved in "
            "March 2026; 70 adults will be randomised to LDN 4.5 mg or placebo.",
        ),
        (
            UPDATE.format(name="NALT-D", what="a revised design"),
            "Methods: The trial originally allocated adults with MDD on escitalopram to "
            "naltrexone 1.5 mg, 4.5 mg or placebo. Following the withdrawal of the 1.5 mg "
            "group for slow recruitment, 90 adults will be randomised to naltrexone 4.5 mg "
            "or placebo.",
        ),
    ],
)
def test_an_arm_removed_by_an_amendment_said_as_a_noun_is_not_compared(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, abstract, PROTOCOL)


def test_a_drug_stopped_within_an_arm_removes_no_arm() -> None:
    abstract = (
        "Methods: Ninety adults with MDD were randomised to LDN 1.5 mg, LDN 4.5 mg or "
        "placebo.\nResults: Discontinuation of the study drug in the 4.5 mg arm was rare; "
        "4.5 mg reduced MADRS more than 1.5 mg."
    )
    f = facts(PILOT, abstract, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses


# -- red-team: a second dose given in a later phase (an extension, a continuation), told
# in its own clause after the randomised one, is no arm of the randomised phase


@pytest.mark.parametrize(
    "methods",
    [
        "Fifty adults with MDD were randomised to LDN 3 mg or placebo for 8 weeks; completers "
        "could enter a 16-week open-label extension at 4.5 mg.",
        "Forty adults with MDD were randomised to LDN 4.5 mg or placebo for 8 weeks, then all "
        "could continue LDN at 3 mg in an open extension to week 24.",
        "Adults with MDD (n=62) were randomly assigned to naltrexone 2 mg or placebo; in the "
        "continuation period that followed, everyone took naltrexone 4 mg.",
    ],
)
def test_an_extension_dose_is_not_an_arm_of_the_randomised_phase(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN was superior to placebo at week 8."
    assert not facts(PILOT, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(PILOT, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # the randomised phase compares two doses itself
        "Ninety adults with MDD were randomised to LDN 1.5 mg or 4.5 mg for 8 weeks; completers "
        "could enter an open-label extension at 4.5 mg.",
        # the extension itself randomises between doses
        "Sixty adults with MDD took open-label LDN 4.5 mg for 8 weeks; in the extension phase, "
        "responders were re-randomised to 1.5 mg or 4.5 mg.",
    ],
)
def test_doses_compared_within_one_phase_stay_compared(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS change was similar."
    assert facts(PILOT, abstract, RCT).compares_doses


# -- red-team: words of several doses with no dose stated anywhere (a registration often
# names none) compare doses only where the study gives them as alternatives

LDN_MDD = "Low-dose naltrexone in major depressive disorder"


@pytest.mark.parametrize(
    "methods",
    [
        # a day's dose taken in parts
        "Forty adults with MDD on an SSRI took low-dose naltrexone split into two doses daily "
        "for 8 weeks.",
        # doses clinicians chose, in an uncontrolled trial
        "Thirty adults with MDD, prescribed low-dose naltrexone at different doses by their "
        "physicians, were followed for 12 weeks in an open trial.",
        # a dose moved as tolerated
        "In this open-label trial, 25 adults with MDD received low-dose naltrexone; the dose "
        "could be adjusted to one of several dose levels according to tolerability.",
    ],
)
def test_several_doses_without_allocation_compare_none(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell by 9 points."
    assert not facts(LDN_MDD, abstract, TRIAL).compares_doses
    assert "dose-finding" not in gaps(LDN_MDD, abstract, TRIAL)


def test_dosing_options_explained_in_a_protocol_compare_none() -> None:
    abstract = (
        "Methods: Sixty adults with MDD will be randomised to low-dose naltrexone or placebo. "
        "Dosing options will be explained to participants at baseline."
    )
    assert "dose-finding" not in gaps(LDN_MDD, abstract, PROTOCOL)


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        (
            LDN_MDD,
            "Sixty adults with MDD will be randomised to one of two doses of low-dose "
            "naltrexone or placebo.",
        ),
        (
            "Two doses of low-dose naltrexone added to SSRIs in depression",
            "Sixty adults with MDD on an SSRI will take part for 12 weeks.",
        ),
        (
            LDN_MDD,
            "Ninety adults with MDD will receive low-dose naltrexone at three dose levels "
            "versus placebo.",
        ),
    ],
)
def test_several_doses_given_as_alternatives_are_compared(title: str, methods: str) -> None:
    assert gaps(title, f"Methods: {methods}", PROTOCOL)["dose-finding"] == "in_progress"


# -- red-team: a dose named as people's earlier use of the drug (an eligibility rule) is
# not a dose the study gives


@pytest.mark.parametrize(
    "eligibility",
    [
        "Adults with MDD on a stable antidepressant were eligible; prior naltrexone use at "
        "1.5 mg or 3 mg was allowed.",
        "Previous use of LDN (1.5 mg or 3 mg) did not exclude participants.",
        "Adults with past exposure to naltrexone 1.5 mg or 3 mg for pain could take part.",
    ],
)
def test_a_dose_of_earlier_use_is_not_an_arm(eligibility: str) -> None:
    abstract = (
        f"Methods: {eligibility} Thirty-six adults with MDD received LDN 4.5 mg for 8 weeks.\n"
        "Results: MADRS fell by 9 points."
    )
    f = facts(LDN_MDD, abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


# -- red-team: a dose lowered for the intolerant in a placebo-controlled trial is that
# arm's one regimen; the "or" that offers the placebo joins no two doses


@pytest.mark.parametrize(
    "methods",
    [
        "Forty adults with MDD were randomised to LDN 4.5 mg or placebo; those with "
        "intolerable insomnia could reduce to 1.5 mg.",
        "Adults with MDD (n=52) took naltrexone 4 mg or matching placebo, lowered to 2 mg "
        "because of intolerance where needed.",
    ],
)
def test_a_reduction_for_the_intolerant_beside_placebo_is_no_arm(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN reduced MADRS more than placebo."
    assert not facts(LDN_MDD, abstract, RCT).compares_doses


def test_two_doses_and_placebo_with_a_reduction_stay_compared() -> None:
    abstract = (
        "Methods: Ninety adults with MDD were randomised to LDN 1.5 mg or 4.5 mg or placebo, "
        "reduced by half if not tolerated.\nResults: MADRS change was similar."
    )
    assert facts(LDN_MDD, abstract, RCT).compares_doses
