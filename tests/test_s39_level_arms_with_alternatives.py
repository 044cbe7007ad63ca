"""Two dose levels, each named by its level word with its doses in brackets and joined as
the groups people were in ("lower dose (1.5 or 2 mg/day) or standard low dose (4.5
mg/day)"), are the study's groups: every dose in them is one people took (CONTRACT.md),
even where a level word would otherwise name a reference dose ("standard ... (4.5 mg)").
A lone "standard low dose (4.5 mg)" the text only refers to stays a reference.

Shown by preprints90 PPR0700010 (a cohort grouped by maintained dose: doses [1.5, 2] for
[1.5, 2, 4.5]; batch 91). Session 39, lead.

Ways abstracts write such groups:
- "lower dose (1.5 or 2 mg/day) or standard low dose (4.5 mg/day)"
- "reduced dose (1 or 2 mg) versus standard dose (4.5 mg)"
- "lower-dose (1.5-2 mg) and standard-dose (4.5 mg) groups"
- "low dose (1.5, 2 mg) or usual dose (4.5 mg)"
- "standard low-dose (4.5 mg) or very-low-dose (0.5 mg) naltrexone"
Read by ``doses._LEVEL_ARM_BEFORE`` (an arm before may hold alternatives of its own, and a
level word may head the drug's own "low dose").
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Lower versus standard low-dose naltrexone in depression: a retrospective cohort study"


def _abstract(groups: str, extra: str = "") -> str:
    return (
        "Methods: We identified adults with major depressive disorder who started low-dose "
        "naltrexone (LDN) as an adjunct at an outpatient service between 2019 and 2025. "
        f"Patients were grouped by the dose they were maintained on: {groups}.{extra}\n"
        "Results: We included 212 patients. PHQ-9 fell by 3.1 points in the lower-dose group "
        "and 4.9 points in the standard group."
    )


CASES = [
    ("lower dose (1.5 or 2 mg/day) or standard low dose (4.5 mg/day)", [1.5, 2.0, 4.5]),
    ("reduced dose (1 or 2 mg) versus standard dose (4.5 mg)", [1.0, 2.0, 4.5]),
    ("low dose (1.5, 2 mg) or usual dose (4.5 mg)", [1.5, 2.0, 4.5]),
    ("standard low-dose (4.5 mg) or very-low-dose (0.5 mg) LDN", [0.5, 4.5]),
]


@pytest.mark.parametrize(("groups", "doses"), CASES)
def test_level_groups_give_all_their_doses(groups: str, doses: list[float]) -> None:
    got = facts(TITLE, _abstract(groups))
    assert got.ldn_doses_mg == doses


def test_standard_dose_only_referred_to_stays_a_reference() -> None:
    """Near miss: the standard low dose (4.5 mg) named only as what others use."""
    got = facts(
        TITLE,
        _abstract(
            "1.5 mg nightly (n = 212)",
            " The standard low dose (4.5 mg) used elsewhere was not prescribed at this service.",
        ),
    )
    assert got.ldn_doses_mg == [1.5]
