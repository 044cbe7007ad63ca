"""A liquid's volumes in a sentence that allocates people to them or moves them between
them ("randomized to continue 4.5 mL or to step down to 1.5 mL", "assigned to 4.5 mL or
1.5 mL") are doses at the liquid's stated concentration, though the sentence names no
schedule word; a volume in a sentence that allocates people to something else ("blood
was drawn from those assigned to the continuation phase") is not (round 47, c47b; shown
by holdout166 18300013, a randomized step-down continuation of LDN solution 1 mg/mL)."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Stepping down after response: randomized continuation of low-dose naltrexone at full "
    "versus reduced dose in major depression"
)


def _abstract(concentration: str, line: str) -> str:
    return (
        "Methods: Adults with a current major depressive episode (HAM-D17 of 18 or more) "
        "despite citalopram or escitalopram received open-label LDN as an oral solution "
        f"({concentration}), nightly, for 12 weeks. {line}\n"
        "Results: Relapse occurred in 6 of 32 patients continuing the full dose and 13 of 32 "
        "on the reduced dose."
    )


@pytest.mark.parametrize(
    ("concentration", "line", "doses"),
    [
        # the record's wording
        (
            "1 mg/mL",
            "Of 97 who entered the open-label phase, 64 responders were randomized "
            "double-blind to continue 4.5 mL or to step down to 1.5 mL for 16 weeks.",
            [1.5, 4.5],
        ),
        # probes: other verbs of the move, other volumes and concentrations
        (
            "1 mg/mL",
            "Sixty responders were randomised to keep taking 4 mL or to taper to 2 mL.",
            [2.0, 4.0],
        ),
        (
            "1 mg/mL",
            "Responders were assigned to 4.5 mL or 1.5 mL in a double-blind continuation phase.",
            [1.5, 4.5],
        ),
        (
            "0.5 mg/mL",
            "Responders (n = 80) were allocated at random to continue 9 mL or to reduce to 3 mL.",
            [1.5, 4.5],
        ),
    ],
)
def test_volumes_people_are_moved_between_are_doses(
    concentration: str, line: str, doses: list[float]
) -> None:
    f = facts(TITLE, _abstract(concentration, line), RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a sample's volume in a sentence allocating people to a phase
        "A 5 mL blood sample was collected from patients randomized to continuation.",
        "Blood (5 mL) was drawn before patients were assigned to the continuation phase.",
    ],
)
def test_a_sample_volume_is_no_dose(line: str) -> None:
    f = facts(TITLE, _abstract("1 mg/mL", line), RCT)
    assert f.ldn_doses_mg == []
    assert f.compares_doses is False
