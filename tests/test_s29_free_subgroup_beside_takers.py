"""People free of antidepressants named as one of two subgroups compared ("similar in
women taking sertraline and in unmedicated women") are a part of the sample, not the whole
of it: the other part takes the antidepressant alongside the drug, so the record does not
read as one whose people came in taking none. Shown by holdout295 32900029 (a crossover
pilot where some women continued sertraline). Session 29, round 77, c77a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "subgroups",
    [
        "The benefit was alike in adults taking escitalopram and in unmedicated adults.",
        "Improvement was larger in those on fluoxetine than in antidepressant-free patients.",
        "Effects did not differ between patients receiving citalopram and unmedicated patients.",
    ],
)
def test_free_people_as_one_subgroup_leave_the_takers(subgroups: str) -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a randomized placebo-controlled trial",
        "Methods: Adults with major depression were randomized to naltrexone 4.5 mg nightly "
        "or placebo for 8 weeks. Those already taking an antidepressant kept it unchanged.\n"
        "Results: Forty adults were randomized. " + subgroups,
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_free_people_as_the_whole_sample_stay_free() -> None:
    """Near miss: the free word said of everyone, a drug named only as history."""
    f = facts(
        "Low-dose naltrexone in major depression: a randomized placebo-controlled trial",
        "Methods: Unmedicated adults with major depression, some of whom had once tried "
        "escitalopram, were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks.\n"
        "Results: Forty adults were randomized. MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == []
