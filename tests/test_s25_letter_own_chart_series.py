"""A letter telling a few patients of its own read back from their records ("We reviewed the
records of nine consecutive patients ...") is a case series, not a review of literature: "we
reviewed the records/charts of" names the study's own people. Shown by holdout235 26300040
(a letter read as a review, losing its n and classes). Session 25, round 67, c67c."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone added to sertraline: a clinic's experience"


@pytest.mark.parametrize(
    "told",
    [
        "To the Editor: We reviewed the records of eight patients with major depression on "
        "sertraline who were given naltrexone 3 mg at night. Six improved.",
        "To the Editor: We have reviewed the case notes of six outpatients with "
        "depression taking sertraline and naltrexone 4.5 mg. Four responded.",
        "To the Editor: In our clinic we reviewed the clinical notes of ten women with "
        "postnatal depression on sertraline who took naltrexone 2 mg. Seven improved.",
    ],
)
def test_letter_reviewing_own_patients_is_a_case_series(told: str) -> None:
    f = facts(TITLE, told, ("Letter",))
    assert f.design == "case_report"
    assert f.concomitant_classes == ["serotonergic"]


def test_letter_reviewing_the_literature_stays_other() -> None:
    """Near miss: a letter that reviews the evidence tells no patients of its own."""
    f = facts(
        TITLE,
        "To the Editor: We reviewed the evidence for naltrexone 4.5 mg added to sertraline; "
        "three small trials exist. Larger trials are needed.",
        ("Letter",),
    )
    assert f.design != "case_report"
