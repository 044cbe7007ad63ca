"""A dose told with no drug beside it, in a record of the watched drug, followed by
"while continuing <their antidepressant>" is still the watched drug's: the drug continued
is what the people already take, not the owner of the dose. Shown by holdout259 28900024
(an open-label extension whose "three 1.5-mg capsules each night, ... while continuing
duloxetine" was lost). Session 26, round 71, c71d."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Low-dose naltrexone added to sertraline: 16-week open-label follow-on study",
            "Methods: After the blinded phase, every participant took two 1.5-mg tablets at "
            "bedtime while continuing sertraline. Results: Of 60 eligible, 48 took part.",
            [3.0],
        ),
        (
            "Open-label low-dose naltrexone with escitalopram in major depression",
            "Methods: Adults with major depression took one 4.5-mg capsule nightly for 12 "
            "weeks whilst continuing escitalopram at an unchanged dose. Results: 35 enrolled.",
            [4.5],
        ),
        (
            "Low-dose naltrexone augmentation of venlafaxine: a 6-month extension",
            "Methods: In the extension, all patients received 2 mg each evening while "
            "continuing their venlafaxine. Results: 40 patients entered and 31 completed.",
            [2.0],
        ),
    ],
)
def test_dose_before_a_continued_antidepressant_is_the_drugs(
    title: str, abstract: str, mg: list[float]
) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == mg


def test_dose_after_the_other_drug_stays_its_own() -> None:
    # near miss: the other drug named with its own dose keeps it
    f = facts(
        "Low-dose naltrexone added to sertraline: open-label study",
        "Methods: Participants took naltrexone 1.5 mg nightly while continuing sertraline "
        "100 mg. Results: 30 enrolled.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5]
