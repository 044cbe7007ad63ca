"""The study's own act of taking people in, said as a part of the pool it drew them from
("we enrolled 23 of 29 eligible patients", "we recruited 31 of the 40 screened") counts the
people taken in: the eligible or screened pool is not the sample, and the part is. Shown by
holdout270 30200012 (a single-arm bipolar depression pilot whose only count of its people
was "We enrolled 23 of 29 eligible patients", read as no n). Session 27, round 73, c73a."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label low-dose naltrexone in bipolar depression: a single-arm pilot"
METHODS = (
    "Methods: Open-label single-arm trial in adults with bipolar depression (MADRS of 20 or "
    "more) taking lithium. Naltrexone 4.5 mg nightly for 8 weeks.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Results: We enrolled 17 of 26 eligible adults (bipolar I, 7; bipolar II, 10); "
            "15 completed.",
            17,
        ),
        ("Results: We recruited 31 of the 40 screened outpatients; 27 completed.", 31),
        ("Results: We enrolled 22 out of 30 eligible patients and 20 completed 8 weeks.", 22),
    ],
)
def test_part_of_the_pool_taken_in_is_n(results: str, n: int) -> None:
    assert facts(TITLE, METHODS + results, TRIAL).n == n


def test_near_miss_part_of_a_pool_not_said_to_be_looked_at_keeps_today() -> None:
    # (no word says the larger count was only a pool: left as today, no n)
    results = "Results: We enrolled 23 of 29 patients."
    assert facts(TITLE, METHODS + results, TRIAL).n is None
