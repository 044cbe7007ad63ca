"""A range told as the size of each step of a raise ("increased by 0.5-1 mg every 7
days", "raised by 1 to 1.5 mg each week"): how much the dose goes up each time, not a dose
anyone was given, so neither end is listed. Shown by holdout325 36500006 (a titration to
effect from 0.5 mg up to a ceiling of 4.5 mg whose 0.5-1 mg weekly step was read as a dose
of 1 mg). Session 31, round 81, c81b."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Titrated low-dose naltrexone added to sertraline in major depression",
            "Methods: in this single-arm study, adults with major depressive disorder on "
            "sertraline were given naltrexone 0.5 mg nightly at first. The dose was "
            "increased by 0.5-1 mg every 7 days until a response, up to a ceiling of 4.5 "
            "mg. Results: 30 adults enrolled; HAM-D fell by 9 points.",
            [0.5, 4.5],
        ),
        (
            "Individually titrated low-dose naltrexone in treatment-resistant depression",
            "Methods: outpatients with treatment-resistant depression started naltrexone "
            "1.5 mg daily; it was raised by 1 to 1.5 mg each week as tolerated up to 6 mg. "
            "Results: 24 outpatients took part and MADRS improved.",
            [1.5, 6.0],
        ),
        (
            "Low-dose naltrexone for bipolar depression: an open titration study",
            "Methods: patients with bipolar depression on lithium and sertraline received "
            "naltrexone 1 mg nightly, titrated by 0.5–1.5 mg weekly up to a ceiling of 4.5 "
            "mg. Results: 18 patients were enrolled.",
            [1.0, 4.5],
        ),
    ],
)
def test_step_range_is_no_dose(title: str, abstract: str, doses: list[float]) -> None:
    assert facts(title, abstract).ldn_doses_mg == doses


def test_step_then_dose_reached_keeps_the_dose() -> None:
    # near miss: "increased weekly by 0.5 mg to 4.5 mg": the step, then the dose reached
    f = facts(
        "Low-dose naltrexone added to escitalopram in major depression",
        "Methods: adults with major depressive disorder on escitalopram started naltrexone "
        "at 1.5 mg; the dose was increased weekly by 1.5 mg to 4.5 mg. Results: 40 adults "
        "enrolled.",
    )
    assert f.ldn_doses_mg == [4.5]
