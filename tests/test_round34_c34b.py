"""Round 34 (c34b): a randomised withdrawal's n and arms as batch 24 wrote them (holdout101
10800030): the randomised count followed by its statistics in brackets, and the arms
listed as nouns in an "Interventions:" line."""

from __future__ import annotations

import pytest
from written import facts, gaps

WITHDRAWAL = (
    "Maintenance dose of low-dose naltrexone after response in depression: a randomized "
    "double-blind withdrawal trial"
)
RCT_TYPES = ("Randomized Controlled Trial", "Journal Article")


def open_phase(enrolled: int) -> str:
    """The open-label phase, its people counted ("n = 148") as the record counted them."""
    return (
        "Design: Adults with major depression entered an 8-week open-label phase (naltrexone "
        f"4.5 mg nightly; n = {enrolled}); responders entered a randomized withdrawal phase."
    )


# -- the count randomised, then what they are and their statistics in brackets (decimals
# and semicolons inside): the randomised stage, not the enrolled one


@pytest.mark.parametrize(
    ("enrolled", "results", "n"),
    [
        (
            148,
            "Of 148 participants enrolled, 61 responders (mean [SD] age 39.8 [11.6] years; 41 "
            "women) were randomized.",
            61,
        ),
        # probe: medians and a percentage in the brackets, "randomly assigned"
        (
            210,
            "Of 210 enrolled, 96 remitters (median [IQR] age, 44 [35-52] years; 60% female) "
            "were randomly assigned.",
            96,
        ),
        # probe: the enrolled count in an earlier clause, "then randomised"
        (
            132,
            "A total of 132 patients began the lead-in; 57 sustained responders (mean age 51.2 "
            "years, SD 9.4; 33 men) were then randomised.",
            57,
        ),
        # probe: the people said with "with", a criterion and a decimal in the brackets
        (
            175,
            "We enrolled 175 participants. 70 patients with a response (HAM-D fall >= 50%; mean "
            "baseline 22.4) were randomised.",
            70,
        ),
    ],
)
def test_the_randomised_count_with_its_statistics_in_brackets_is_n(
    enrolled: int, results: str, n: int
) -> None:
    abstract = f"{open_phase(enrolled)}\nResults: {results}"
    assert facts(WITHDRAWAL, abstract, RCT_TYPES).n == n
