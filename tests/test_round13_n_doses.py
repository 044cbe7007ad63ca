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
from written import RCT, TRIAL, facts

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
