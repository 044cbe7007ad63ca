"""Flexible-dosing words said of the people's other drug before the arms are named.

The kind (round 47, c47a): a trial's sentence describes its people's base treatment with
words of flexible dosing ("starting escitalopram 10 mg/day (increased to 20 mg/day at week
2 if tolerated)", "on a flexibly dosed SSRI") and only then allocates them to two or more
doses of the watched drug. The flexible words belong to the other drug, told before the
allocation; the watched drug's doses after it are still arms compared (CONTRACT.md:
``compares_doses``, two or more LDN doses compared). Shown by preprints45 PPR5400015
("Ultra-low-dose and low-dose naltrexone as adjuncts to escitalopram ...": 50 µg/day and
4.5 mg/day arms read as "one schedule", dose-finding missed). Near misses keep flexible
words that are the watched drug's own: after its doses, before the allocation with the
doses, or in a clause of their own.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Ultra-low-dose and low-dose naltrexone as adjuncts to escitalopram in major depressive disorder: a three-arm randomised controlled trial"
RECORD = (
    "Methods: Adults with major depressive disorder (HAMD-17 ≥ 18) starting escitalopram 10 "
    "mg/day (increased to 20 mg/day at week 2 if tolerated) were randomly assigned 1:1:1 to "
    "naltrexone 50 µg/day, naltrexone 4.5 mg/day or placebo capsules for 8 weeks.\n"
    "Results: Seventy-five participants were randomised (25 per arm). At week 8, HAMD-17 "
    "decreased by 11.9 (placebo), 12.4 (50 µg) and 15.6 points (4.5 mg); the 4.5 mg arm "
    "differed from placebo (p = 0.01) and from the microgram arm (p = 0.04)."
)
OTHER = "Naltrexone added to antidepressants in depression: a randomised trial"


def test_the_records_arms_are_compared() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [0.05, 4.5]
    assert f.compares_doses
    assert gaps(TITLE, RECORD, RCT)["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    ("methods", "levels"),
    [
        (
            "Patients with major depression taking a flexibly dosed SSRI were randomised to "
            "naltrexone 1 mg or 4.5 mg nightly for 8 weeks.",
            [1.0, 4.5],
        ),
        (
            "Outpatients with major depressive disorder continuing venlafaxine, adjusted "
            "according to response by their psychiatrist, were randomly allocated to "
            "naltrexone 2 mg/day, naltrexone 4 mg/day or placebo.",
            [2.0, 4.0],
        ),
        (
            "Adolescents with major depressive disorder on fluoxetine (20-40 mg/day as "
            "tolerated) were randomized 1:1 to LDN 1.5 mg or LDN 4.5 mg at night.",
            [1.5, 4.5],
        ),
        (
            "Adults with treatment-resistant depression whose sertraline dose could be "
            "adjusted at the clinician's discretion were assigned to naltrexone 0.5 mg, "
            "naltrexone 3 mg or placebo.",
            [0.5, 3.0],
        ),
    ],
)
def test_other_base_drugs_dosed_flexibly_before_the_arms(methods: str, levels: list[float]) -> None:
    abstract = f"Methods: {methods}\nResults: Depression scores fell in every arm."
    f = facts(OTHER, abstract, RCT)
    assert f.ldn_doses_mg == levels
    assert f.compares_doses


@pytest.mark.parametrize(
    "methods",
    [
        # the watched drug's own flexible dosing after its doses
        "Adults with major depression were randomised to naltrexone 1.5 mg or 4.5 mg nightly, "
        "adjusted as tolerated.",
        # ... before the allocation, its doses told with it
        "Flexible-dose naltrexone (1.5 mg or 4.5 mg) was randomly assigned against placebo in "
        "adults with major depression.",
        # ... in a clause of its own before the allocation
        "Doses were adjusted as tolerated; adults with major depression were randomly assigned "
        "to naltrexone 1.5 mg or 4.5 mg.",
        # the other drug flexible, but the watched drug's doses are a schedule's steps
        "Adults with major depression on flexibly dosed sertraline were randomised to "
        "naltrexone 1.5 mg, then 4.5 mg, or placebo.",
    ],
)
def test_the_watched_drugs_own_flexible_dosing_still_compares_nothing(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Depression scores fell in every arm."
    assert not facts(OTHER, abstract, RCT).compares_doses
