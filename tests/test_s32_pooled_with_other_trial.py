"""A trial's own sentence that pools its people with another, earlier study's ("we then
pooled our data with the 12 patients of the original pilot (total N = 58)"): the pooled
total and the other study's count are not this trial's size; its n stays its own
enrolment. Shown by holdout348 39000013 (a replication trial read as n 58, its pooled
total with the original proof-of-concept study). Session 32, round 85, c85b."""

import pytest
from written import RCT, TRIAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression: a randomized trial"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Thirty adults with major depression on escitalopram were randomised to "
            "naltrexone 4.5 mg nightly or placebo for eight weeks. Their data were then "
            "combined with the 20 participants of the original pilot trial (total N = 50) "
            "for an exploratory analysis.",
            30,
        ),
        (
            "Methods: We randomised 44 outpatients with depression to naltrexone 2 mg or "
            "placebo. Outcomes were pooled with those of the initial open-label study "
            "(total n = 60), adjusting for study.",
            44,
        ),
        (
            "Methods: Thirty-six patients with major depressive disorder were allocated to "
            "naltrexone 3 mg daily or placebo. Individual records were merged with data from "
            "the first proof-of-concept study, giving a total of 51 participants.",
            36,
        ),
    ],
)
def test_pooled_total_with_other_study_is_not_n(methods: str, expected: int) -> None:
    abstract = f"{methods}\nResults: Depression scores fell more with naltrexone."
    assert facts(TITLE, abstract, RCT).n == expected


def test_own_groups_pooled_keep_their_total() -> None:
    """Near miss: the trial's own groups pooled with each other are its own total."""
    abstract = (
        "Methods: Outpatients with depression were randomised to naltrexone 4.5 mg or "
        "placebo at two sites; the sites' data were pooled with each other (total N = 48).\n"
        "Results: Scores fell."
    )
    assert facts(TITLE, abstract, RCT).n == 48


def test_own_arms_combined_keep_their_total() -> None:
    """Near miss: the trial's own arms combined are its own total."""
    abstract = (
        "Methods: Adults with depression received naltrexone 1 mg (n = 20) or 4.5 mg "
        "(n = 22); both groups were combined with the placebo group of this trial, 62 "
        "patients in total.\nResults: Scores fell."
    )
    assert facts(TITLE, abstract, TRIAL).n == 62
