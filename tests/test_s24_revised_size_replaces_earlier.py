"""A protocol update that revises its sample size "from 90 to 80" while its background
restates the earlier version's plan by its version number ("Version 1.0 planned to enrol 90
adults"): the earlier size is the plan the record replaced, whatever names that version.
Shown by holdout230 25700006. Session 24, round 65, c65b."""

import pytest
from written import PROTOCOL, facts


@pytest.mark.parametrize(
    ("name", "background", "revision", "n"),
    [
        (
            "ORIOLE",
            "The ORIOLE protocol (version 1.0) planned to enrol 120 adults with major "
            "depression, randomised to naltrexone 4.5 mg/day or placebo.",
            "The steering committee reduced the target sample size from 120 to 100 participants.",
            100,
        ),
        (
            "PETREL",
            "Protocol version 2 of the PETREL trial set out to randomise 60 adults with MDD to "
            "naltrexone 1.5 mg or placebo.",
            "With slower accrual, the sample size was revised from 60 to 48.",
            48,
        ),
        (
            "ORCA-D",
            "The ORCA-D trial, registered in 2024, planned to recruit 150 outpatients with depression "
            "to naltrexone 4.5 mg or placebo.",
            "After a blinded variance review the sample size was increased from 150 to 176.",
            176,
        ),
    ],
)
def test_revised_size_replaces_the_one_restated(
    name: str, background: str, revision: str, n: int
) -> None:
    f = facts(
        f"Low-dose naltrexone added to antidepressants in depression ({name}): protocol update",
        f"Background: {background}\nMethods: {revision} Dose and outcomes are unchanged.",
        PROTOCOL,
    )
    assert f.n == n


def test_protocol_without_revision_keeps_its_size() -> None:
    """Near miss: a size restated in the background with no revision is the plan."""
    f = facts(
        "Low-dose naltrexone added to antidepressants in depression (ORIOLE): statistical "
        "analysis plan",
        "Background: The ORIOLE protocol (version 1.0) planned to enrol 120 adults with major "
        "depression, randomised to naltrexone 4.5 mg/day or placebo.\nMethods: This plan sets "
        "out the primary analysis; the first 40 participants reached week 12 in 2026.",
        PROTOCOL,
    )
    assert f.n == 120
