"""Doses listed in a sentence naming no drug ("The doses were 1, 2 and 4 mg at night") after
a sentence that allocates people to the watched drug while naming the antidepressant they
already take ("adults with a poor response to an SSRI were randomised to one of three
naltrexone doses while the SSRI continued"): the people's own antidepressant only says who
they are; the list doses the drug they were allocated to. Shown by holdout173 19000008.
Session 24, round 66, c66c."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Sixty adults with major depression and a partial response to an SNRI were randomly "
        "assigned to one of three naltrexone doses for 8 weeks while the SNRI was continued. "
        "The doses were 1 mg, 2 mg and 4 mg at night. MADRS scores fell in all arms.",
        "We randomized 72 outpatients with depression taking sertraline to one of three "
        "low-dose naltrexone arms for 10 weeks. Doses were 1, 2 or 4 mg nightly. Response "
        "rates were similar.",
        "Ninety patients with treatment-resistant depression on a stable SSRI were allocated "
        "to one of three naltrexone doses, with the SSRI unchanged. The dose levels were 1 mg, "
        "2 mg and 4 mg daily. The 2 mg arm improved most.",
    ],
)
def test_list_doses_the_drug_allocated(abstract: str) -> None:
    f = facts("Three doses of low-dose naltrexone added to antidepressants in depression", abstract)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]


def test_other_drug_as_an_alternative_keeps_its_dose() -> None:
    """Near miss: the other drug is an arm beside the watched drug; the next sentence's
    dose is not read as the watched drug's."""
    f = facts(
        "Naltrexone or sertraline in depression",
        "Adults with major depression were randomized to low-dose naltrexone 4.5 mg or to "
        "sertraline. The mean dose was 100 mg. Response rates were similar.",
    )
    assert f.ldn_doses_mg == [4.5]
