"""Two doses named only in a clause where the authors say their study cannot answer the
dose question ("because the dose was not randomised, we cannot tell whether 4.5 mg beats
1.5 mg"), in a study whose second dose was only a raise for non-responders, are no dose
comparison: the disclaimer is believed (CONTRACT.md: explicit dose-finding work, not its
absence). Shown by holdout274 30600037 (a response-guided escalation read as dose-finding
from its closing limitation). Session 28, round 74, c74b."""

import pytest
from written import JOURNAL, RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Stepwise naltrexone added to escitalopram for depression: an open study",
            "Thirty adults with depression on escitalopram began low-dose naltrexone 1 mg "
            "nightly. After three weeks, non-improvers had the dose raised to 3 mg, the "
            "others stayed on 1 mg. Thirty patients were enrolled. MADRS fell by 9 points. "
            "As allocation to dose was not random, we could not determine whether 3 mg "
            "works better than 1 mg.",
            [1.0, 3.0],
        ),
        (
            "Low-dose naltrexone with symptom-guided escalation in bipolar depression",
            "Patients started low-dose naltrexone at 2 mg; those without a 30% fall in "
            "MADRS by week 4 were increased to 4.5 mg. Twenty-eight patients were "
            "included; 12 needed the increase. Since the increase was not randomly "
            "assigned, we are unable to judge whether 4.5 mg is more effective than 2 mg.",
            [2.0, 4.5],
        ),
        (
            "Adjunctive LDN in treatment-resistant depression: a single-arm pilot",
            "All 24 participants took low-dose naltrexone 1.5 mg at night, raised to 3 mg "
            "at week 6 in those who had not responded. Depressive scores improved. With "
            "no random allocation of dose, it is impossible to know whether 3 mg is more "
            "effective than 1.5 mg.",
            [1.5, 3.0],
        ),
    ],
)
def test_doses_in_a_disclaimer_are_not_compared(title: str, abstract: str, mg: list[float]) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == mg
    assert not f.compares_doses


def test_randomised_doses_with_a_disclaimer_still_compared() -> None:
    # near miss: the doses are randomised arms; a hedge about power does not undo that
    f = facts(
        "Two doses of low-dose naltrexone in depression: a randomised trial",
        "Methods: Sixty adults with major depression were randomised to low-dose "
        "naltrexone 1.5 mg or 4.5 mg nightly for 8 weeks. Results: MADRS fell by 8 and 10 "
        "points. Conclusions: The trial could not show whether 4.5 mg is better than 1.5 mg.",
        RCT,
    )
    assert f.compares_doses


def test_two_doses_compared_outside_a_disclaimer_still_compared() -> None:
    # near miss: no disclaimer; the results set the two doses side by side
    f = facts(
        "Low-dose naltrexone at two strengths for depression",
        "Forty depressed outpatients were assigned to naltrexone 1 mg or 3 mg daily. "
        "Response was 40% with 3 mg and 30% with 1 mg.",
        JOURNAL,
    )
    assert f.compares_doses
