"""The size of each arm said at the close of the sentence that splits the sample ("were
divided into a treatment group and a control group, 40 patients each."): the sample is the
arms times that size, not one arm's. Shown by holdout332 37300015 (a two-arm trial whose n
was read as one arm's). Session 31, round 82, c82c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Adults with major depressive disorder on sertraline were randomly divided "
            "into a study group and a control group, 40 patients each. The study group added "
            "naltrexone 1.5 mg daily and the control group added placebo for 8 weeks.\n"
            "Results: HAMD-17 fell more in the study group (P < 0.01).",
            80,
        ),
        (
            "Methods: Inpatients with depression taking paroxetine were allocated by a random "
            "number table to a naltrexone group (4.5 mg at night) or a placebo group, 31 cases "
            "each.\nResults: Response was higher with naltrexone (P = 0.03).",
            62,
        ),
        (
            "Methods: Depressed outpatients on escitalopram were assigned at random to low-dose "
            "naltrexone 3 mg daily, naltrexone 1 mg daily or placebo, 27 participants each.\n"
            "Results: MADRS scores improved most at 3 mg.",
            81,
        ),
    ],
)
def test_arm_size_each_at_sentence_end(abstract: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone added to an SSRI in depression: a randomised trial", abstract, RCT
    )
    assert f.on_topic
    assert f.n == n


def test_doses_each_at_end_is_no_arm_size() -> None:
    # near miss: "each" after a dose or a time, not a count of people in each arm
    f = facts(
        "Low-dose naltrexone added to an SSRI in depression: a randomised trial",
        "Methods: Fifty-two adults with major depressive disorder taking fluoxetine were "
        "randomised to naltrexone 4.5 mg or placebo; visits lasted 30 minutes each.\n"
        "Results: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 52
