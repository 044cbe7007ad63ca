"""A dose written with a vulgar fraction ("½ mg", "4½ mg", "1½ to 4½ mg"): the fraction
is the decimal it stands for, alone (½ = 0.5) or after a whole number (4½ = 4.5), so the
dose is listed like any written with a decimal point. Shown by holdout333 37400031 (a
dose-finding protocol whose five arms ran from ½ mg to 4½ mg and lost both ends).
Session 31, round 82, c82b."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Four doses of low-dose naltrexone added to an antidepressant: a randomised trial",
            "Methods: adults with major depression on a stable SSRI were randomly assigned "
            "to naltrexone ½ mg, 1½ mg, 3 mg or 4½ mg each night for 6 weeks. Results: 80 "
            "adults were randomised; HAM-D fell most in the 3 mg group.",
            [0.5, 1.5, 3.0, 4.5],
        ),
        (
            "Low-dose naltrexone in treatment-resistant depression: an open study",
            "Methods: outpatients with treatment-resistant depression took naltrexone 4½ mg "
            "at bedtime for 12 weeks. Results: 22 outpatients completed; MADRS improved.",
            [4.5],
        ),
        (
            "Titrated low-dose naltrexone for depressive symptoms",
            "Methods: patients with major depression took naltrexone between 1½ and 4½ mg "
            "nightly, as tolerated. Results: 15 patients finished the study.",
            [1.5, 4.5],
        ),
    ],
)
def test_vulgar_fraction_is_its_decimal(title: str, abstract: str, doses: list[float]) -> None:
    assert facts(title, abstract).ldn_doses_mg == doses


def test_near_miss_fraction_of_patients_is_no_dose() -> None:
    # a fraction of people, not of a milligram: still only the stated dose
    f = facts(
        "Low-dose naltrexone in depression: an open study",
        "Methods: adults with major depression took naltrexone 4.5 mg nightly. Results: "
        "about ½ of the 20 adults responded by week 8.",
    )
    assert f.ldn_doses_mg == [4.5]
