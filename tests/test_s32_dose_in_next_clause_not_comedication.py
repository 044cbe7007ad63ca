"""A dose told in a clause of its own after a list of co-medications (", and <a subject>
<a verb> ... up to 3 mg") is not the dose of the drug that ends the list: "well tolerated
alongside SSRIs, bupropion or mirtazapine, and the effect appeared to grow up to 3 mg"
does not give mirtazapine at 3 mg (a low dose for another purpose), so mirtazapine keeps
its classes. Shown by holdout333 37400006 (mirtazapine dropped from the classes by its
conclusion). Session 32, round 83, c83c."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in treatment-resistant depression"
METHODS = (
    "Methods: Thirty adults with major depressive disorder kept their antidepressant and "
    "took naltrexone at 1, 2 or 4 mg in successive open cohorts. Their antidepressants were "
    "SSRIs (n = 18), bupropion (n = 7) and mirtazapine (n = 5).\nConclusions: "
)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Naltrexone was tolerated with SSRIs, bupropion or mirtazapine, and benefit seemed to "
        "rise up to 2 mg.",
        "Adding naltrexone to SSRIs, bupropion or mirtazapine was safe, and mood improvement "
        "appeared to plateau from 2 mg.",
        "Naltrexone combined well with SSRIs, bupropion or mirtazapine, and the response rate "
        "was higher up to 4 mg.",
    ],
)
def test_next_clause_dose_is_not_the_comedications(conclusion: str) -> None:
    f = facts(TITLE, METHODS + conclusion, TRIAL)
    assert "mirtazapine" in f.concomitant_antidepressants
    assert sorted(set(f.concomitant_classes)) == ["dopaminergic", "noradrenergic", "serotonergic"]


def test_dose_said_of_the_comedication_stays_low() -> None:
    # near miss: the low dose is said of mirtazapine itself, for sleep
    f = facts(
        TITLE,
        "Methods: Thirty adults with major depressive disorder on sertraline took "
        "naltrexone 2 mg nightly; eight also took mirtazapine 7.5 mg at bedtime for "
        "insomnia. Results: MADRS fell by 9 points.",
        TRIAL,
    )
    assert "mirtazapine" not in f.concomitant_antidepressants
