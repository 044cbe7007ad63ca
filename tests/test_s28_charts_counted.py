"""A chart review counts its patients by their charts ("Eighty-seven charts met the
criteria"): each chart is one patient, so that count is the sample, not a subgroup's
"(n = 52)" told later. Shown by holdout285 31800003 (a clinic's chart review).
Session 28, round 75, c75d."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone added to antidepressants: a retrospective chart review"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Clinic records were searched for adults with major depression started on "
            "naltrexone 4.5 mg.\nResults: Sixty-two charts met the inclusion criteria. Those "
            "kept on 3 mg (n = 20) and those raised to 4.5 mg (n = 35) improved alike.",
            62,
        ),
        (
            "Methods: We searched the electronic records of a mood clinic.\nResults: 143 charts "
            "were included; of those who took an SSRI (n = 71), 40 responded to LDN 4.5 mg.",
            143,
        ),
        (
            "Results: In all, 58 patient charts were reviewed. Patients who stayed on 1.5 mg "
            "(n = 19) were compared with those titrated to 4.5 mg (n = 33).",
            58,
        ),
    ],
)
def test_charts_are_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract).n == n


def test_charts_screened_then_patients_included() -> None:
    """Near miss: charts only screened give way to the patients included."""
    f = facts(
        TITLE,
        "Results: Of 310 charts screened, 44 patients met the criteria and were included; "
        "all took naltrexone 4.5 mg.",
    )
    assert f.n == 44
