"""A raise for a subgroup named only by its count ("the five whose MADRS had fallen by
less than 25% had the dose raised to 3 mg", "the 4 with no response") is a raise for some,
not a titration of all: both levels count. Shown by holdout256 28600008 (an open-label
pilot letter whose starting 1.5 mg was lost). Session 26, round 71, c71d."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Low-dose naltrexone added to escitalopram: an open pilot",
            "Methods: Twelve adults with major depression on escitalopram took naltrexone "
            "1 mg at bedtime; after 3 weeks, the seven whose HAM-D had dropped by less than "
            "a fifth had the dose increased to 2 mg. Results: Eleven completed; HAM-D fell "
            "from 22.0 to 14.1.",
            [1.0, 2.0],
        ),
        (
            "Naltrexone at low dose in sertraline partial responders",
            "Methods: Ten depressed adults kept their sertraline and added naltrexone 1.5 mg "
            "each evening; at week 6, the 4 whose MADRS had improved by less than 30% had "
            "the dose raised to 3 mg. Results: Nine completed and five responded.",
            [1.5, 3.0],
        ),
        (
            "Open-label LDN with bupropion in depression",
            "Methods: Fifteen adults taking bupropion were given naltrexone 3 mg each night; "
            "at week 4 the six whose QIDS had improved by less than 20% "
            "went up to 4.5 mg. Results: "
            "Thirteen finished the study.",
            [3.0, 4.5],
        ),
    ],
)
def test_raise_for_a_counted_subgroup_keeps_both_levels(
    title: str, abstract: str, mg: list[float]
) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == mg


def test_fixed_step_for_everyone_stays_the_target() -> None:
    # near miss: a count of people followed by a raise for all of them is a titration
    f = facts(
        "Low-dose naltrexone with vortioxetine: open pilot",
        "Methods: Eight adults on vortioxetine started naltrexone 1.5 mg nightly; after one "
        "week all eight had the dose raised to 4.5 mg. Results: Seven completed.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
