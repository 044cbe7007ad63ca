"""A "retrospective case series" gathered by reviewing the records of all a clinic's patients
given the drug ("we reviewed the electronic records of all patients prescribed X", "a search
of the clinic's charts of all ... identified nine") is a cohort looked back on, however few it
finds: observational, not a case report. Shown by holdout246 27500010 (nine women found by a
records review, read as a case series). Session 26, round 70, c70e."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone with escitalopram in late-life depression: a retrospective case series",
            "Methods: We reviewed the clinic records of all outpatients over 65 started on "
            "naltrexone 1.5-4.5 mg nightly alongside escitalopram since 2020. Eight patients "
            "were found.\n"
            "Results: Five improved on the GDS.",
        ),
        (
            "Adjunctive low-dose naltrexone in bipolar depression: a retrospective case series",
            "Methods: We searched the pharmacy charts of all inpatients with bipolar depression "
            "given naltrexone 3 mg at night; seven were identified.\n"
            "Results: Four responded within 6 weeks.",
        ),
        (
            "Low-dose naltrexone in depressed adolescents: a retrospective case series",
            "Methods: A review of the electronic records of all adolescents prescribed "
            "naltrexone 2 mg daily with fluoxetine at one service was carried out. Ten were "
            "included.\n"
            "Results: Six improved on the CDRS-R.",
        ),
    ],
)
def test_records_of_all_reviewed_is_observational(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "observational"


def test_consecutive_patients_told_stay_a_case_series() -> None:
    # a few patients told one by one, not found by reviewing a clinic's records
    f = facts(
        "Low-dose naltrexone with sertraline in postpartum depression: a case series",
        "Methods: We describe four consecutive women with postpartum depression on sertraline "
        "who added naltrexone 3 mg at night.\n"
        "Results: Three improved on the EPDS.",
    )
    assert f.design == "case_report"
