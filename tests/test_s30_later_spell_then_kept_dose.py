"""A later titration spell named by its ordinal alone, then the dose kept after it ("1.5 mg
for one week and 3 mg for the second, after which all continue on 4.5 mg"): "for the second"
is the second week, not a second patient raised apart from the others, so the steps are a
fixed titration and only the target counts (CONTRACT.md). Shown by holdout300 33600001,
read as a raise for some, [1.5, 3, 4.5]. Session 30, round 78, c78b."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Participants will be randomised to naltrexone or placebo, taken at night, "
            "starting at 1.5 mg for one week and 3 mg for the second, after which everyone in the "
            "active group continues on 4.5 mg.",
            4.5,
        ),
        (
            "Methods: Naltrexone is started at 1 mg for one week and 2 mg for the second, "
            "thereafter 4 mg until week 12, against matching placebo.",
            4.0,
        ),
        (
            "Methods: Randomised participants begin naltrexone at 1.5 mg for a week and 3 mg "
            "for the second, whereafter they stay on 4.5 mg for ten weeks.",
            4.5,
        ),
    ],
)
def test_steps_before_kept_dose(methods: str, expected: float) -> None:
    abstract = f"{methods}\nResults: The trial is recruiting.\nConclusions: Results in 2027."
    assert facts(TITLE, abstract, PROTOCOL).ldn_doses_mg == [expected]


def test_second_patient_raised_stays_conditional() -> None:
    """Near miss: a raise for the second patient of a series keeps both levels."""
    abstract = (
        "Methods: Three women with depression took naltrexone 1.5 mg at night.\n"
        "Results: The dose was increased to 4.5 mg in the second, after which she improved."
        "\nConclusions: LDN may help."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 4.5]
