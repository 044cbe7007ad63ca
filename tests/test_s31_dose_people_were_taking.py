"""A dose told as what a group of the study's people were taking, in the progressive with
no drug named in the clause ("58 were taking 1.5 mg, 47 were taking 3 mg"): a dose given,
as "took 3 mg" is, of the drug the text was dosing. Shown by holdout325 36500015 (a
retrospective cohort whose three dose groups, told by what each group was taking at
follow-up, lost the middle dose). Session 31, round 81, c81b."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Low-dose naltrexone dose and depressive symptoms: a chart review",
            "Methods: we reviewed charts of adults with major depression who began LDN at "
            "two clinics. Results: 150 adults were included. After three months, 40 were "
            "taking 1 mg, 60 were taking 2.5 mg and 50 were taking 4.5 mg at night.",
            [1.0, 2.5, 4.5],
        ),
        (
            "Which dose of low-dose naltrexone do depressed patients stay on?",
            "Methods: a retrospective cohort of outpatients with persistent depressive "
            "disorder who started LDN. Results: of 96 patients, 30 were using 1.5 mg, 33 "
            "were using 3 mg and 33 were using 4.5 mg daily at week 12.",
            [1.5, 3.0, 4.5],
        ),
        (
            "Doses of low-dose naltrexone in adolescents with depression: a records study",
            "Methods: records of adolescents with major depressive disorder prescribed LDN "
            "were reviewed. Results: 64 adolescents were included; at the last visit 35 "
            "were taking 2 mg and 29 were taking 4 mg nightly.",
            [2.0, 4.0],
        ),
    ],
)
def test_dose_people_were_taking(title: str, abstract: str, doses: list[float]) -> None:
    assert facts(title, abstract).ldn_doses_mg == doses


def test_other_drug_people_were_taking_keeps_its_dose() -> None:
    # near miss: the dose of another drug the people were taking is not the watched drug's
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: a chart review",
        "Methods: we reviewed charts of adults with major depression given LDN 4.5 mg at "
        "night. Results: 80 adults were included; 50 were taking sertraline 100 mg and "
        "30 were taking sertraline 50 mg.",
    )
    assert f.ldn_doses_mg == [4.5]
