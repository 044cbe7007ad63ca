"""The number that names a group, a cohort or a week ("1.5 mL in cohort 1, 3 mL in
cohort 2", "2 mg in arm 1, 4 mg in arm 2", "1 mg in week 1, 3 mg in week 2") is a label,
not the first dose of a list with the next dose ("1, 3 mL"). Shown by holdout317 35600032
(an escalation over three cohorts of a 1 mg/mL solution whose cohort numbers 1 and 2 were
read as doses of 1 and 2 mg). Session 31, round 80, c80b."""

from __future__ import annotations

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Low-dose naltrexone solution in depression: a dose-escalation study",
            "Methods: Adults with major depression were enrolled in three sequential cohorts "
            "of six; naltrexone oral solution (1 mg/mL) was given each night at 0.5 mL in "
            "cohort 1, 2 mL in cohort 2 and 4 mL in cohort 3 for four weeks.",
            [0.5, 2.0, 4.0],
        ),
        (
            "Two low doses of naltrexone in depressed adults: an open comparison",
            "Methods: Thirty adults with depression were enrolled in two cohorts and took "
            "naltrexone at night, 2 mg in arm 1, 4 mg in arm 2, for eight weeks.",
            [2.0, 4.0],
        ),
        (
            "Low-dose naltrexone in depression: a dose-escalation cohort study",
            "Methods: Depressed outpatients took naltrexone at bedtime in an escalation by "
            "stage: 1 mg in stage 1, 3 mg in stage 2 and 4.5 mg in stage 3.",
            [1.0, 3.0, 4.5],
        ),
    ],
)
def test_a_group_number_is_no_dose(title: str, abstract: str, mg: list[float]):
    assert facts(title, abstract, TRIAL).ldn_doses_mg == mg


def test_a_list_of_doses_keeps_its_first():
    # near miss: a list with no label before it keeps every dose
    f = facts(
        "Low-dose naltrexone in depression: a dose-escalation study",
        "Methods: Adults with depression were enrolled in cohorts given naltrexone 1, 3 or "
        "4.5 mg nightly for six weeks.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 3.0, 4.5]
