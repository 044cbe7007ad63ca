"""A depression trial that names another condition only in an exclusion criterion
("residents with dementia too severe to complete the scale were excluded", "people with
bipolar disorder were excluded"): whom the study kept out is not what its people were selected
for, so the depression population it selects stands. Shown by holdout337 37800023 (missed
larger-trials and serotonergic-combination, "participants selected for dementia").
Session 32, round 84, c84c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to antidepressants in older adults: a randomised trial"
CASES = [
    "Participants: Care-home residents aged 70 or more with a major depressive episode "
    "confirmed at interview and a GDS-15 of 7 or more.\nExclusions: Residents with dementia "
    "too advanced to be interviewed were excluded.\nIntervention: Naltrexone 3 mg nightly or "
    "placebo added to their sertraline.",
    "Methods: Outpatients with major depressive disorder and a MADRS of 22 or more were "
    "randomised to naltrexone 4.5 mg or placebo.\nPatients with Parkinson's disease were "
    "excluded.",
    "Methods: We randomised adults aged 60 or older with major depression (HAM-D-17 of 16 or "
    "more) to naltrexone 1.5 mg or placebo with their SSRI. Those with multiple sclerosis "
    "were excluded.",
]


@pytest.mark.parametrize("abstract", CASES)
def test_a_condition_only_excluded_is_no_selection(abstract: str) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.depression_population is True


def test_a_condition_taken_in_still_wins() -> None:
    # near miss: the other condition is whom the trial took in, depression only an outcome
    abstract = (
        "Methods: Residents with Alzheimer's dementia were randomised to naltrexone 3 mg or "
        "placebo; depressive symptoms were a secondary outcome. Residents with delirium were "
        "excluded."
    )
    assert facts(TITLE, abstract, RCT).depression_population is False
