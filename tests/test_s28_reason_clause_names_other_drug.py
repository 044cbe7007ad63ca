"""A sentence that opens with a reason naming another drug ("Because of nightmares on
melatonin, he was started on 1.5 mg and kept at 3 mg") gives the doses of its main clause
to the drug being started, not to the drug in the reason: the reason's drug is history.
A person said to have responded partly to another drug is describing who takes part in
the same way. Shown by holdout285 31800020 (a letter of two cases). Session 28, round 75,
c75d."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone added to an antidepressant: two cases"
HEAD = (
    "We describe two women with major depressive disorder in whom low-dose naltrexone was "
    "added. Case 1 took naltrexone 4.5 mg at bedtime. "
)


@pytest.mark.parametrize(
    "case2",
    [
        "Case 2: Because of earlier vivid dreams with zolpidem, she was started on 1 mg and "
        "kept at 3 mg each morning; her MADRS fell to 10.",
        "Case 2: Since she had felt agitated on bupropion, she began at 1 mg and stayed on "
        "3 mg nightly for twelve weeks.",
        "Case 2: Given a past reaction to trazodone, she was given 1 mg at first and then 3 mg "
        "daily, with remission by week 10.",
    ],
)
def test_doses_after_reason_clause_are_the_drugs(case2: str) -> None:
    f = facts(TITLE, HEAD + case2, CASE)
    assert 3.0 in f.ldn_doses_mg and 4.5 in f.ldn_doses_mg


def test_dose_right_after_the_other_drug_stays_its_own() -> None:
    """Near miss: a dose written right after the other drug in the reason is that drug's."""
    f = facts(
        TITLE,
        HEAD + "Case 2: Because she had nightmares on melatonin 3 mg, naltrexone was kept at "
        "4.5 mg in the morning.",
        CASE,
    )
    assert f.ldn_doses_mg == [4.5]


def test_dose_after_a_partial_response_to_another_drug() -> None:
    """A sentence saying the person responded partly to another drug (at its own dose)
    tells who takes part: the next dose with no drug named is still the studied drug's."""
    f = facts(
        TITLE,
        HEAD + "Case 2 had responded partly to duloxetine 60 mg/day. She was given 3 mg "
        "each morning; her MADRS fell to 9.",
        CASE,
    )
    assert 3.0 in f.ldn_doses_mg
