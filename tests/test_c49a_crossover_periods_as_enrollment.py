"""Kind: a crossover registration whose enrollment counts treatment periods, not people; its
design description gives the people as each passing every period ("Thirty-two participants
will each complete both treatment periods (64 treatment periods in total)"). The n counts
persons, not crossover periods (CONTRACT.md), so 32 people close no "larger trials" gap.

Round 49, c49a. Shown by registry47 NCT04800016 ("Naltrexone 4.5 mg and Placebo in
Crossover, in Depression Treated With Citalopram or Escitalopram": enrollment 64 ESTIMATED,
n expected 32, a false larger-trials "in_progress").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, judge_registration, registration

from ldn_watch.model import Facts

CRITERIA = (
    "Inclusion Criteria:\n\n* Adults aged 18-65 with major depressive disorder (DSM-5).\n"
    "* HAMD-17 of at least 14 despite an SSRI for 8 weeks.\n"
)


def _study(model: str, description: str, n: int) -> dict[str, Any]:
    both = ["Naltrexone", "Placebo"]
    return registration(
        nct="NCT09949001",
        official_title="Low-Dose Naltrexone Crossover Trial in Major Depressive Disorder",
        summary="Each participant takes naltrexone 4.5 mg for 6 weeks and "
        "placebo for 6 weeks, in random order, while continuing their SSRI.",
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        model=model,
        model_description=description,
        enrollment=n,
        arms=[
            (
                "Naltrexone then placebo",
                "EXPERIMENTAL",
                "Naltrexone 4.5 mg nightly for 6 weeks, then placebo.",
                both,
            ),
            (
                "Placebo then naltrexone",
                "EXPERIMENTAL",
                "Placebo for 6 weeks, then naltrexone 4.5 mg nightly.",
                both,
            ),
        ],
        interventions=[drug("Naltrexone", "4.5 mg capsule."), drug("Placebo", "Matching capsule.")],
        outcomes=["MADRS"],
        criteria=CRITERIA,
    )


def _assessed(study: dict[str, Any]) -> tuple[Facts, str]:
    facts, gaps = judge_registration(study)
    return facts, gaps["larger-trials"]


PERIODS_COUNTED = [
    # the record's wording
    (
        "Two-period, two-sequence crossover. Thirty-two participants will each complete both "
        "treatment periods (64 treatment periods in total).",
        64,
        32,
    ),
    ("24 patients receive all three treatments in random order (72 treatment courses).", 72, 24),
    ("Three-period crossover: 40 adults each pass through every period.", 120, 40),
    ("Williams design; twenty-eight subjects will take both sequences.", 56, 28),
]

PEOPLE_COUNTED = [
    # the enrollment is already the people
    ("Thirty-two participants will each complete both treatment periods.", 32, 32),
    # no sentence giving the people as passing every period
    ("Two-period, two-sequence crossover with a 2-week washout.", 64, 64),
    # the count does not divide the enrollment: not the same people
    ("Thirty participants will each complete both periods.", 64, 64),
]


@pytest.mark.parametrize(("description", "enrolled", "n"), PERIODS_COUNTED)
def test_crossover_enrollment_of_periods_gives_the_people(
    description: str, enrolled: int, n: int
) -> None:
    facts, larger = _assessed(_study("CROSSOVER", description, enrolled))
    assert facts.n == n
    assert larger == "no"


@pytest.mark.parametrize(("description", "enrolled", "n"), PEOPLE_COUNTED)
def test_crossover_enrollment_of_people_stands(description: str, enrolled: int, n: int) -> None:
    facts, _ = _assessed(_study("CROSSOVER", description, enrolled))
    assert facts.n == n


def test_a_parallel_design_keeps_its_enrollment() -> None:
    facts, larger = _assessed(
        _study("PARALLEL", "Thirty-two participants each complete both assessment visits.", 64)
    )
    assert facts.n == 64
    assert larger == "in_progress"
