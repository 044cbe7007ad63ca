"""A sentence listing the people's background antidepressants, each with its count in words
after it ("Background antidepressants were SSRIs in 21 participants, bupropion in 12"),
then a dose sentence naming no drug ("The starting dose was 1 mg at night"): the list says
who takes part, as it does with bracketed counts ("SSRIs (n = 21)"), so the band dose is
still the watched drug's. Shown by preprints74 PPR2300019 (its 1 mg starting level lost).
Session 32, round 83, c83d."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression: a randomised trial"
METHODS = (
    "Methods: Adults with major depression on a stable antidepressant were randomised to "
    "naltrexone or placebo for 8 weeks. "
)


@pytest.mark.parametrize(
    ("listed", "dosed", "expected"),
    [
        (
            "Concomitant antidepressants were sertraline in 14 patients, venlafaxine in 8 "
            "and mirtazapine in 5.",
            "The dose was 2 mg at bedtime.",
            [2.0],
        ),
        (
            "Background medications were SSRIs in 30 participants and SNRIs in 11.",
            "Each night participants took 3 mg.",
            [3.0],
        ),
        (
            "Background antidepressants were escitalopram in 12 women, duloxetine in 7 and "
            "bupropion in 3.",
            "The dose was 1.5 mg at night.",
            [1.5],
        ),
    ],
)
def test_band_dose_after_counted_background_list(
    listed: str, dosed: str, expected: list[float]
) -> None:
    f = facts(TITLE, f"{METHODS}{listed} {dosed}\nResults: Scores fell.", RCT)
    assert f.ldn_doses_mg == expected


def test_co_medication_dose_after_a_counted_list_stays_its_own() -> None:
    # near miss: the people's own drug named as what they took, then its dose (far above
    # the band): not the watched drug's
    f = facts(
        TITLE,
        f"{METHODS}Patients took sertraline in 14 cases and venlafaxine in 8. The mean dose "
        "was 100 mg.\nResults: Scores fell.",
        RCT,
    )
    assert f.ldn_doses_mg == []
