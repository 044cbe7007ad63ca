"""A dose clause naming no drug, followed in the same sentence by the co-medication said
in the passive to be kept ("the dose was flexible between 1.5 mg and 4.5 mg per day, while
existing antidepressants were continued unchanged"): the kept drugs are what the people
already take, not the dose's subject, so the dose is the study drug's. Shown by
preprints65 PPR3300015 (an open-label extension, doses read as []).
Session 27, round 73, c73d."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone in depression: open-label extension"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Methods: Patients were offered 12 weeks of open-label treatment. Dosing could "
            "range from 1 mg to 3 mg daily, while the participants' SNRIs were kept at the "
            "same dose.",
            [1.0, 3.0],
        ),
        (
            "Methods: Patients were offered open-label treatment. Dosing was between 1 mg and "
            "4 mg nightly, whilst background antidepressants (sertraline or citalopram) were "
            "maintained unchanged.",
            [1.0, 4.0],
        ),
        (
            "Methods: Completers went on to a further 16 weeks of open treatment. The dose "
            "was adjusted between 2 mg and 4.5 mg per day, and SSRIs were continued unchanged.",
            [2.0, 4.5],
        ),
    ],
)
def test_dose_before_kept_comedication_is_the_study_drugs(
    abstract: str, doses: list[float]
) -> None:
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == doses


def test_other_drugs_dose_stays_its_own() -> None:
    # near miss: the sentence before names another drug, whose dose this is
    abstract = (
        "Methods: Patients took sertraline. The dose was flexible between 50 mg and 100 mg "
        "per day, while naltrexone was continued unchanged."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == []
