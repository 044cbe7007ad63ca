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


# -- the arms listed as nouns, parted by commas and closed by "or", in an "Interventions:"
# line with no verb of allocation (holdout101 10800030): compared doses


@pytest.mark.parametrize(
    ("interventions", "doses"),
    [
        ("Continuation of naltrexone 4.5 mg, step-down to 1.5 mg, or placebo.", [1.5, 4.5]),
        # probe: the arms named by the drug and dose alone
        ("Naltrexone 1.5 mg, naltrexone 4.5 mg, or placebo.", [1.5, 4.5]),
        # probe: "maintenance at", "dose reduction to", "switch to placebo", a time of day
        (
            "Maintenance at 4.5 mg nightly, dose reduction to 2 mg nightly, or switch to placebo.",
            [2.0, 4.5],
        ),
        # probe: what each arm is, said after its dose, the placebo described
        (
            "Naltrexone 4.5 mg kept unchanged, a lowered dose of 2 mg, or an identical placebo "
            "capsule.",
            [2.0, 4.5],
        ),
    ],
)
def test_arms_listed_as_nouns_and_closed_by_or_are_compared_doses(
    interventions: str, doses: list[float]
) -> None:
    abstract = f"{open_phase(120)}\nInterventions: {interventions}\nResults: 90 were randomized."
    found = facts(WITHDRAWAL, abstract, RCT_TYPES)
    assert sorted(found.ldn_doses_mg) == doses
    assert found.compares_doses
    assert gaps(WITHDRAWAL, abstract, RCT_TYPES)["dose-finding"] == "addressed"


SINGLE = "Low-dose naltrexone in major depression: a single-arm open-label trial"


@pytest.mark.parametrize(
    ("title", "types", "interventions"),
    [
        # a dose some may step down to is one flexible regimen, not an arm
        (
            WITHDRAWAL,
            RCT_TYPES,
            "Naltrexone 4.5 mg nightly, could step down to 1.5 mg, or placebo.",
        ),
        (
            SINGLE,
            ("Clinical Trial", "Journal Article"),
            "Naltrexone 4.5 mg nightly, reduced to 1.5 mg if not tolerated, or discontinued.",
        ),
        (
            SINGLE,
            ("Clinical Trial", "Journal Article"),
            "Naltrexone 4.5 mg nightly, with a step down to 1.5 mg, or a pause, for vivid dreams.",
        ),
        # a schedule's steps
        (
            WITHDRAWAL,
            RCT_TYPES,
            "Naltrexone 1.5 mg for 4 weeks, then 4.5 mg for 8 weeks, or placebo.",
        ),
    ],
)
def test_a_flexible_dose_or_a_schedule_closed_by_or_is_no_comparison(
    title: str, types: tuple[str, ...], interventions: str
) -> None:
    abstract = (
        "Design: Adults with major depression took part.\n"
        f"Interventions: {interventions}\nResults: 90 were enrolled."
    )
    assert not facts(title, abstract, types).compares_doses
    assert "dose-finding" not in gaps(title, abstract, types)
