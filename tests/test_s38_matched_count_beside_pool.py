"""A matched cohort counts both sides of its matching, however the first side is
written: "Of 1,364 patients treated, 112 were taking LDN and were matched to 224
non-users" is a study of 336; the 1,364 are the pool the sides were drawn from. Only a
first side sized in brackets ("LDN users (n = 112) were matched to ...") was summed, so
the pool won. Shown by holdout392 44200006 (n 1364 -> 336). Session 38, round 95, c95c.

Ways real abstracts say who was matched to whom:
- "Of 1,364 patients treated, 112 were taking LDN and were matched to 224 non-users."
- "Of 1,364 patients, 112 LDN users were propensity-matched 1:2 with 224 patients not
  taking it."
- "Among 2,015 women treated, 98 exposed women were each matched to 196 controls."
- "LDN users (n = 112) were matched with non-users (n = 224)." (already read)
- "We identified 112 LDN users and 224 matched non-users." (already read)
A sentence counting only the pool and one side ("Of 1,364 patients treated, 112 were
taking LDN") keeps its reading; a matching to people counted in another way ("matched to
controls from a registry of 5,000 people") is no second side.
"""

import pytest
from written import facts

TITLE = (
    "Low-dose naltrexone in patients receiving transcranial magnetic stimulation for major "
    "depression: a retrospective cohort study"
)
TYPES = ("Journal Article", "Observational Study")
METHODS = (
    "Methods: We reviewed the records of adults who completed a TMS course for a major "
    "depressive episode. LDN users took naltrexone 1.5 to 4.5 mg nightly. Each LDN user was "
    "matched to two non-users by age and sex.\nResults: "
)


@pytest.mark.parametrize(
    ("said", "n"),
    [
        ("Of 1,364 patients treated, 112 were taking LDN and were matched to 224 non-users.", 336),
        (
            "Of 1,364 patients, 112 LDN users were propensity-matched 1:2 with 224 patients "
            "not taking it.",
            336,
        ),
        ("Among 2,015 women treated, 98 exposed women were each matched to 196 controls.", 294),
    ],
)
def test_both_matched_sides_are_the_sample(said: str, n: int) -> None:
    f = facts(TITLE, METHODS + said + " Response rates were 51% and 44%.", TYPES)
    assert f.n == n


def test_matching_to_a_registry_is_no_second_side() -> None:
    # near miss: the registry is where controls came from, not a counted side
    f = facts(
        TITLE,
        METHODS + "A total of 112 patients taking LDN were included and were matched to "
        "controls from a registry of 5,000 people. Response rates were 51% and 44%.",
        TYPES,
    )
    assert f.n == 112
