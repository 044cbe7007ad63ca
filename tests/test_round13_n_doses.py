"""Round 13, "n and doses" (from holdout46 and preprints5 once they were opened): a
titration told with a verb of its own ("rising to", "rose to", "stepped up to"), per-arm
sizes over enumerated arms, sizes given site by site, and a bracketed breakdown of a
stated total.

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Each test holds a near miss that keeps its old verdict, so that a
rule, not a phrase, is what passes.
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

COVID = "Low-dose naltrexone for post-COVID-19 condition: a randomised trial with mood outcomes"
MDD = "Low-dose naltrexone added to antidepressants in major depression: a randomised trial"


# ------------------------------------------------- a titration, whatever its verb
@pytest.mark.parametrize(
    "methods",
    [
        # the case that showed it: a rise written as a participle inside the arm
        "Adults with long COVID were randomised 1:1 to LDN (1 mg rising to 4.5 mg daily by "
        "week 3) or placebo for 16 weeks.",
        # probes: the same schedule with "rose", "stepping up", "rising" after a comma
        "Adults with long COVID took LDN 1.5 mg daily; the dose rose to 4.5 mg by week 3.",
        "Adults with long COVID took LDN 1 mg nightly, stepping up to 4.5 mg over three weeks.",
        "Adults with long COVID took naltrexone 1.5 mg at night, rising to 4.5 mg at week 2.",
        # ... and a start written after its target
        "Adults with long COVID took naltrexone 4.5 mg daily after rising from 1.5 mg over "
        "two weeks.",
    ],
)
def test_a_fixed_titration_keeps_only_its_target_whatever_the_verb(methods: str) -> None:
    """CONTRACT.md: a fixed titration ("start 1.5 mg, increase to 4.5 mg over two weeks")
    lists only its target; "rising to", "rose to" and "stepped up to" raise a dose as
    much as "increased to" does."""
    abstract = f"Methods: {methods}\nResults: PHQ-9 improved by 3.2 points with LDN."
    f = facts(COVID, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False


@pytest.mark.parametrize(
    "methods",
    [
        "Adults with MDD took LDN 1.5 mg daily, rising to 4.5 mg in non-responders at week 4.",
        "Adults with MDD took LDN 1.5 mg daily; in those without a response by week 4 the dose "
        "rose to 4.5 mg.",
        "Adults with MDD took LDN 1.5 mg daily, with the dose raised to 4.5 mg in "
        "non-responders at week 4.",
    ],
)
def test_a_dose_risen_only_in_non_responders_keeps_both_levels(methods: str) -> None:
    """Near miss: a raise only for those who did not respond is not a fixed titration
    (CONTRACT.md: both levels)."""
    abstract = f"Methods: {methods}\nResults: MADRS fell by 9.1 points."
    assert facts(MDD, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]


# ------------------------------------------ a breakdown of a stated total is not added
COHORT = "Low-dose naltrexone and antidepressant switching in depression: a matched cohort study"


@pytest.mark.parametrize(
    "results",
    [
        # the case that showed it: the bracket lays out the 6,200, exposed and controls
        "6,200 patients were included (1,240 LDN-exposed, 4,960 matched controls).",
        # probes: the parts named as people, after a colon, after a dash
        "We included 6,200 adults (1,240 LDN users and 4,960 matched controls).",
        "6,200 patients were included: 1,240 LDN users and 4,960 matched controls.",
        "In all 6,200 patients were included - 1,240 LDN users and 4,960 matched controls.",
    ],
)
def test_a_breakdown_of_a_stated_total_is_not_added_to_it(results: str) -> None:
    """CONTRACT.md "n": the study's participants. Controls laid out after a head count
    (in brackets, after a colon or a dash) are part of it, not people beside it."""
    abstract = (
        "Methods: Adults with major depressive disorder who received a first LDN "
        f"prescription were matched 1:4 to patients who did not.\nResults: {results}"
    )
    assert facts(COHORT, abstract).n == 6200


def test_people_and_controls_named_side_by_side_still_add_up() -> None:
    """Near miss: "N users and M controls" with no head count before them is the sum."""
    abstract = (
        "Methods: Thirty LDN users with depression and sixty matched controls were "
        "included.\nResults: PHQ-9 scores were lower in users."
    )
    assert facts(COHORT, abstract).n == 90


# ------------------------------------------------ a per-arm size over enumerated arms
@pytest.mark.parametrize(
    ("methods", "n"),
    [
        # the case that showed it: the only size is per arm, four arms enumerated, and a
        # bracket of background antidepressants (one of them read as the sample) before it
        (
            "Adults with MDD continuing a stable background antidepressant (SSRI n=56, SNRI "
            "n=20, bupropion n=16) were randomised, n=23 per arm, to naltrexone 0.5 mg, 2 mg "
            "or 4.5 mg once daily or placebo for 10 weeks.",
            92,
        ),
        # probes: other words for the same per-arm statement, other brackets before it
        (
            "Participants (mean age 41; 52 women) were randomised, 23 per arm, to naltrexone "
            "0.5 mg, 2 mg, 4.5 mg or placebo.",
            92,
        ),
        (
            "Adults with MDD on a stable SSRI (sertraline, 31; escitalopram, 24) were randomly "
            "assigned to naltrexone 1 mg, naltrexone 4.5 mg or placebo, 20 in each group.",
            60,
        ),
        (
            "In this four-arm trial, adults with MDD (mean age 44; 70 women) were randomised "
            "to LDN 1.5 mg, 3 mg, 4.5 mg or placebo, with 30 participants per arm.",
            120,
        ),
    ],
)
def test_a_per_arm_size_told_with_its_allocation_is_multiplied_by_the_arms(
    methods: str, n: int
) -> None:
    """CONTRACT.md "n": those randomised. "n=23 per arm" over four enumerated arms is
    92; the parts of a bracket before the allocation verb ("(SSRI n=56, SNRI n=20,
    bupropion n=16)", "(mean age 41; 52 women)") describe its people and are not them."""
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN (p = 0.02)."
    assert facts(MDD, abstract, RCT).n == n
    assert "larger-trials" in gaps(MDD, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # a bracket listing the parts of an uncounted head: they add up
        "Adults with MDD on a stable SSRI (sertraline n=20, escitalopram n=15) were "
        "randomised to naltrexone 4.5 mg or placebo.",
        "Adults with MDD (21 women, 14 men) were randomly assigned to naltrexone 2 mg or placebo.",
    ],
)
def test_a_bracket_of_parts_before_the_allocation_adds_up_to_the_sample(methods: str) -> None:
    """The parts in brackets are the sample's breakdown: their sum, not one of them."""
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN (p = 0.02)."
    assert facts(MDD, abstract, RCT).n == 35


@pytest.mark.parametrize(
    "methods",
    [
        # a subgroup's per-arm size is not the sample's
        "Eighty-four adults with MDD were randomised to LDN 1.5 mg, 4.5 mg or placebo. Among "
        "completers (20 per arm), response was higher with LDN.",
        # what became of the arms is not whom they enrolled
        "Eighty-four adults with MDD were randomised to LDN 1.5 mg, 4.5 mg or placebo; 20 per "
        "arm completed the study.",
    ],
)
def test_a_subgroups_per_arm_size_is_not_the_sample(methods: str) -> None:
    """Near miss: the stated 84 stays."""
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN (p = 0.02)."
    assert facts(MDD, abstract, RCT).n == 84


# ------------------------------------------------------------ sizes given site by site
TWO_SITES = "Low-dose naltrexone for depression in cancer survivors: a two-centre randomised trial"


@pytest.mark.parametrize(
    "methods",
    [
        # the case that showed it: in words, the verb with the first count only
        "Thirty-one were randomised at the Leeds site and twenty-eight at the Bristol site to "
        "naltrexone 4.5 mg or placebo.",
        # probes: in digits with a noun, the verb after the last count; named by kind
        "31 patients at Leeds and 28 at Bristol were randomly assigned to naltrexone 4.5 mg "
        "or placebo.",
        "Adults with MDD were recruited at two hospitals; 31 were enrolled at the university "
        "hospital and 28 at the community hospital, and randomised to LDN 4.5 mg or placebo.",
        # ... after a pool told site by site
        "Ninety adults were screened at the Leeds site and 60 at Bristol; 31 were randomised "
        "at Leeds and 28 at Bristol to naltrexone 4.5 mg or placebo.",
        # ... and with the total stated too, before or after the sites
        "A total of 59 adults were randomised to naltrexone 4.5 mg or placebo: 31 at the "
        "Leeds site and 28 at the Bristol site.",
        "Thirty-one were randomised at the Leeds site and twenty-eight at the Bristol site, a "
        "total of 59, to naltrexone 4.5 mg or placebo.",
    ],
)
def test_sizes_given_site_by_site_add_up(methods: str) -> None:
    """CONTRACT.md "n": the study's participants, wherever they were randomised."""
    abstract = f"Methods: {methods}\nResults: HAM-D-17 fell by 8.7 with LDN and 5.2 with placebo."
    assert facts(TWO_SITES, abstract, RCT).n == 59
    assert "larger-trials" in gaps(TWO_SITES, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # a time is not a site
        "Forty were randomised at baseline to naltrexone 4.5 mg or placebo and 35 at week 12 "
        "remained on treatment.",
        # what became of them at the other site is not more people
        "Forty were randomised at the Leeds site to naltrexone 4.5 mg or placebo and 35 "
        "completed at the Bristol site.",
    ],
)
def test_a_time_or_another_act_is_not_a_second_site(methods: str) -> None:
    """Near miss: only counts of the same act, each at its place, add up."""
    abstract = f"Methods: {methods}\nResults: HAM-D-17 fell by 8.7 with LDN and 5.2 with placebo."
    assert facts(TWO_SITES, abstract, RCT).n == 40


# ------------------------------------- completers described first, persons not periods
CROSSOVER = "Low-dose naltrexone in major depression: a placebo-controlled crossover trial"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        # found by probing: people and periods in one abstract, completers the only count
        (
            "Thirty adults with MDD completed both periods of a crossover of LDN 4.5 mg and "
            "placebo; 60 periods were analysed.",
            30,
        ),
        ("Eighteen women with depression completed the 8-week course of LDN 4.5 mg.", 18),
        # ... and completers never outrank those randomised
        (
            "Forty adults were randomised to LDN 4.5 mg or placebo; 32 adults with MDD "
            "completed the study.",
            40,
        ),
        # persons, not periods, with the periods stated
        (
            "In a crossover design, 28 participants received both LDN 4.5 mg and placebo, "
            "contributing 56 person-periods.",
            28,
        ),
    ],
)
def test_completers_described_first_are_still_the_sample_when_nothing_else_is(
    methods: str, n: int
) -> None:
    """CONTRACT.md "n": only completers when nothing else is stated; persons, not
    crossover periods. "Thirty adults with MDD completed ..." names its completers after
    two words that describe them, as "Thirty adults completed ..." does."""
    abstract = f"Methods: {methods}\nResults: MADRS fell more with LDN."
    assert facts(CROSSOVER, abstract, TRIAL).n == n
