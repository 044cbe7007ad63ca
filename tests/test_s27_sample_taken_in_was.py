"""The sample named by how it was taken in, with its size after "was" ("the sample
actually randomised was 84", "the cohort enrolled numbered 212") states n, where no
other count says it or only a per-arm figure does. Shown by holdout266 29700004 (a
trial stopped early read as 63 from "21 per arm"). Session 27, round 72, c72c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Naltrexone 1 mg, 3 mg or placebo in melancholic depression",
            "Methods: Adults with melancholic depression were allocated to naltrexone 1 mg, "
            "naltrexone 3 mg, or placebo. Target accrual was 150; funding ended early, "
            "and the sample finally randomised was 75.\nResults: HAM-D fell most with 3 mg.",
            75,
        ),
        (
            "Low-dose naltrexone augmentation of SSRIs: a multicentre trial",
            "Methods: Patients taking an SSRI for major depression were assigned to "
            "naltrexone 4.5 mg or placebo; the sample randomised was 132 across "
            "nine sites.\nResults: Response was 41% versus 29%.",
            132,
        ),
        (
            "Low-dose naltrexone in postpartum depression: a randomised trial",
            "Methods: Mothers with postpartum depression were allocated to naltrexone 2 mg, "
            "4 mg or placebo, and the cohort enrolled numbered 90.\n"
            "Results: EPDS fell more with naltrexone.",
            90,
        ),
    ],
)
def test_the_sample_taken_in_was_n(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_the_sample_analysed_after_the_randomised_stays() -> None:
    # near miss: the randomised count is stated first; a later analysed sample is smaller
    f = facts(
        "Low-dose naltrexone for major depression: a randomised trial",
        "Methods: We randomised 70 adults with major depression to naltrexone 4.5 mg or "
        "placebo.\nResults: The sample analysed at week 8 was 61. HAM-D fell more with "
        "naltrexone.",
        RCT,
    )
    assert f.n == 70
