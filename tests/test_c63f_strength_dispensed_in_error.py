"""Kind: a liquid's strength dispensed by mistake. A record that states the strength of the
naltrexone solution its people took ("a 1 mg/mL naltrexone solution") and also a strength
given in error ("had initially been given a 10 mg/mL preparation by mistake", "owing to a
dispensing error") measures its mL doses in the first: the mistaken strength is no second
concentration that would leave the mL unconvertible (CONTRACT.md: a liquid's mL is turned
into mg where the concentration is stated). Two strengths both really used leave it unknown,
and a mistaken strength alone converts nothing.

Round 63, c63f; the record that showed it: holdout72 33100009 ("treated with a 1 mg/mL
naltrexone solution ... Patient A took 0.5 mL nightly, patient B 2 mL and patient C 4.5 mL
... Patient B had initially been given a 10 mg/mL preparation by mistake": [0.5, 2, 4.5],
not []).
"""

from __future__ import annotations

import pytest
from written import CASE, facts

TITLE = "Liquid low-dose naltrexone in depression: case reports"
OWN = (
    "Two adults with major depressive disorder (MADRS 26 and 30) were treated with a 2 mg/mL "
    "naltrexone oral solution added to sertraline."
)
TOOK = "The first took 1 mL nightly and the second 2 mL."


def _doses(abstract: str) -> list[float]:
    return facts(TITLE, abstract, CASE).ldn_doses_mg


def test_the_record() -> None:
    abstract = (
        "Compounded naltrexone is often dispensed as an oral solution, and errors in "
        "converting millilitres to milligrams are common. We report three adults with bipolar "
        "I or II disorder in a current depressive episode (MADRS 24-31) treated with a 1 mg/mL "
        "naltrexone solution added to lithium or lamotrigine. Patient A took 0.5 mL nightly, "
        "patient B 2 mL and patient C 4.5 mL; one patient also took quetiapine 150 mg. All "
        "three reached response (MADRS ≤ 50% of baseline) within 8 weeks and none switched to "
        "mania. Patient B had initially been given a 10 mg/mL preparation by mistake and "
        "reported nightmares until the error was found. Prescribers should state the dose in "
        "mg and the concentration on every prescription."
    )
    f = facts(
        "Liquid low-dose naltrexone in bipolar depression: three cases and a note on measuring "
        "small doses",
        abstract,
        CASE,
    )
    assert f.ldn_doses_mg == [0.5, 2.0, 4.5]


@pytest.mark.parametrize(
    "abstract",
    [
        # after the doses, before them, in a results section
        f"{OWN} {TOOK} The pharmacy had erroneously dispensed a 20 mg/mL suspension for the "
        "first week. Both responded.",
        f"The pharmacy had mistakenly supplied a 5 mg/mL solution at first. {OWN} {TOOK} "
        "Both responded.",
        f"Methods: {OWN} {TOOK}\nResults: Both responded. Owing to a dispensing error, one "
        "bottle held 10 mg/mL.",
    ],
)
def test_mistaken_strength_leaves_the_stated_one(abstract: str) -> None:
    assert _doses(abstract) == [2.0, 4.0]


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: two strengths both used, or only the mistaken one stated
        f"{OWN} {TOOK} A 20 mg/mL suspension was used for the second patient. Both responded.",
        "Two adults with major depressive disorder were treated with naltrexone oral solution; "
        "the first took 1 mL nightly and the second 2 mL. A 10 mg/mL suspension had been "
        "dispensed in error. Both responded.",
    ],
)
def test_no_single_true_strength_converts_nothing(abstract: str) -> None:
    assert _doses(abstract) == []
