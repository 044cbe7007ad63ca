"""A liquid the study made up from tablets of the drug ("one 50 mg tablet dissolved in
50 mL of water", then "4.5 mL each night"): its strength is stated by the preparation, so
the volume taken is a dose in mg, and the tablet's strength is no dose anyone took.
Shown by holdout313 35200038. Session 30, round 79, c79d."""

import pytest
from written import CASE, TRIAL, facts

TITLE = "A liquid low-dose naltrexone made from standard tablets in depression"


@pytest.mark.parametrize(
    ("methods", "types", "expected"),
    [
        (
            "Methods: Twenty adults with major depressive disorder taking escitalopram were "
            "enrolled. The pharmacy dissolved one 50 mg naltrexone tablet in 100 mL of water "
            "each week, and participants took 6 mL of the solution at bedtime for 8 weeks.",
            TRIAL,
            [3.0],
        ),
        (
            "Case: A woman with recurrent depression on sertraline was given a solution made "
            "by dissolving a 50 mg tablet in 50 mL of tap water; she took 4.5 mL nightly.",
            CASE,
            [4.5],
        ),
        (
            "Methods: Thirty adults with depression taking fluoxetine were enrolled. Two "
            "50 mg tablets were dissolved in 100 mL of syrup, and each participant took "
            "3 mL of the liquid every night.",
            TRIAL,
            [3.0],
        ),
    ],
)
def test_volume_of_made_up_liquid(
    methods: str, types: tuple[str, ...], expected: list[float]
) -> None:
    abstract = f"{methods}\nResults: Mood improved.\nConclusions: The liquid was tolerated."
    f = facts(TITLE, abstract, types)
    assert f.on_topic is True
    assert f.ldn_doses_mg == expected


def test_stated_concentration_still_wins() -> None:
    """Near miss: a liquid whose mg/mL is written keeps that strength."""
    abstract = (
        "Methods: Twenty adults with depression took naltrexone oral solution (1 mg/mL), "
        "2 mL at night.\nResults: Mood improved.\nConclusions: LDN was tolerated."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [2.0]
