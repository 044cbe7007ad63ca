"""People allocated to a treated group and a control group by the order (or date) of
their admission or enrolment, or by odd and even record numbers: a controlled study
that allocates by turn, not at random (CONTRACT.md: nonrandomized_trial), as allocation
"alternately" or "sequentially" already reads. Shown by holdout289 32300011 (a
Chinese-language clinical observation with an English abstract). Session 29, round 76,
c76c."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Objective: To observe low-dose naltrexone added to sertraline in major depressive "
        "disorder.\nMethods: Eighty outpatients with major depressive disorder (HAMD-17 of 18 "
        "or more) were divided by order of admission into a study group and a control group of "
        "40 each. Both groups took sertraline 50-100 mg/d; the study group also took "
        "naltrexone 4.5 mg/d for 6 weeks.\nResults: The response rate was 82.5% vs 60.0%.",
        "Objective: To observe the effect of naltrexone 3 mg/d with escitalopram in "
        "depression.\nMethods: 64 inpatients with a depressive episode (HAMD-24 of 20 or "
        "more) were allocated according to the date of admission to a combined group or an "
        "escitalopram group, 32 cases each, for 8 weeks.\nResults: HAMD-24 fell more in the "
        "combined group (P<0.05).",
        "Objective: Low-dose naltrexone with venlafaxine for depression.\nMethods: 90 patients "
        "with major depression were assigned by odd and even hospital numbers to venlafaxine "
        "plus naltrexone 2 mg/d or venlafaxine alone for 8 weeks.\nResults: Response was 80% "
        "vs 62%.",
    ],
)
def test_allocation_by_order_of_admission_is_nonrandomized(abstract: str) -> None:
    f = facts("[Low-dose naltrexone combined with an antidepressant in depression]", abstract)
    assert f.design == "nonrandomized_trial"


def test_randomised_in_order_of_admission_stays_rct() -> None:
    """Near miss: people randomised as they were admitted."""
    f = facts(
        "[Low-dose naltrexone combined with sertraline in depression]",
        "Methods: In order of admission, 80 inpatients with major depressive disorder were "
        "randomly assigned by a random number table to sertraline plus naltrexone 4.5 mg/d or "
        "sertraline alone for 6 weeks.\nResults: The response rate was 82.5% vs 60.0%.",
    )
    assert f.design == "rct"
