"""A fixed titration whose later spell leaves its unit to the first spell's, the next step
right after it ("1 mg daily for the first week, 2 mg for the second and 4.5 mg daily
thereafter"): "for the second" is the second week, not a second person given a dose of
their own, so the schedule lists only its target (CONTRACT.md). Shown by holdout272
30400018 (read as [1.0, 2.0, 4.5]). Session 27, round 73, c73d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Methods: Patients were given naltrexone 0.5 mg nightly for the first week, 1.5 mg "
            "for the second and 3 mg nightly thereafter, or placebo.",
            [3.0],
        ),
        (
            "Methods: Participants took naltrexone 1 mg in the first week, 2 mg in the second, "
            "then 4.5 mg daily to week 12.",
            [4.5],
        ),
        (
            "Methods: Naltrexone was started at 1.5 mg for the first fortnight, 3 mg for the "
            "second and then 4.5 mg at bedtime until week 16.",
            [4.5],
        ),
    ],
)
def test_later_spell_by_place_is_a_step(abstract: str, doses: list[float]) -> None:
    assert facts("Low-dose naltrexone for depression", abstract, RCT).ldn_doses_mg == doses


def test_second_person_keeps_own_dose() -> None:
    # near miss: "in the second" is the second of two patients, with a dose of her own
    abstract = "Case: Two patients took naltrexone 1.5 mg; in the second, 3 mg was used."
    assert facts("Low-dose naltrexone in two patients", abstract).ldn_doses_mg == [1.5, 3.0]
