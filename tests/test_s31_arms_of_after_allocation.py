"""Equal arms counted at the end of an allocation sentence whose treatments come first
("Participants were allocated ... to naltrexone 1.5 mg or placebo for 12 weeks, in two arms
of 31"): the sample is the number of arms times the size of each, however long the
treatments named between the verb and the arms. Shown by holdout326 36600029 (n read as 1
from "one participant on placebo"; a missed larger-trials). Session 31, round 81, c81c."""

import pytest
from written import RCT, facts

TITLE = "Naltrexone 1.5 mg for depression in young adults: a randomised trial"
CASES = [
    (
        "Methods: Adults with major depression were randomly assigned through a central "
        "telephone service to naltrexone 1.5 mg or matching placebo at night for eight "
        "weeks, in two arms of 40.\nResults: One participant on placebo withdrew.",
        80,
    ),
    (
        "Methods: Outpatients were allocated by sealed envelopes to naltrexone 4.5 mg, "
        "naltrexone 1.5 mg or placebo taken each morning for ten weeks, in three arms of 22 "
        "each.\nResults: Two participants stopped early.",
        66,
    ),
    (
        "Methods: Students with depressive symptoms were randomised by computer to low-dose "
        "naltrexone 3 mg or an inert capsule daily for six weeks in two arms of 27.\n"
        "Results: Mood improved in one participant on placebo and most on naltrexone.",
        54,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_trailing_arms_of_size_count_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


def test_arms_of_weeks_are_no_people() -> None:
    # near miss: "two phases of 12" weeks, not arms of people; the stated total stands
    abstract = (
        "Methods: Forty-four adults with major depression were allocated by computer to "
        "naltrexone 4.5 mg or placebo, each taken for two periods of 6 weeks.\n"
        "Results: One participant withdrew."
    )
    assert facts(TITLE, abstract, RCT).n == 44
