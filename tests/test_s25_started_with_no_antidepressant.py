"""The watched drug begun "with no antidepressant" (or "without any antidepressant"): nobody
takes one alongside it, so antidepressants named only as the patient's history or
intolerances are no co-medication. Shown by holdout234 26200012 (a case report whose
earlier escitalopram, sertraline and mirtazapine were read as taken). Session 25, round 67,
c67d."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone for recurrent depression: a case report"


@pytest.mark.parametrize(
    "abstract",
    [
        "A 45-year-old woman with recurrent depression was started on naltrexone 3 mg at "
        "night, with no antidepressant. Earlier she had stopped fluoxetine and venlafaxine "
        "because of nausea. Her PHQ-9 fell from 19 to 6 over three months.",
        "A man of 52 with chronic depression received LDN 4.5 mg nightly without any "
        "antidepressant; in the past duloxetine and paroxetine had caused sexual side "
        "effects. HAM-D fell from 24 to 10.",
        "Naltrexone 1.5 mg was given to a 30-year-old woman with depression, with no other "
        "antidepressant. She reported that sertraline and mirtazapine had never helped. "
        "MADRS improved from 28 to 11.",
    ],
)
def test_watched_drug_begun_alone(abstract: str) -> None:
    assert facts(TITLE, abstract, CASE).concomitant_classes == []


def test_no_antidepressant_response_is_not_taking_none() -> None:
    # near miss: "with no antidepressant response" describes the illness, and the patient
    # keeps the drug she is on
    f = facts(
        TITLE,
        "A 40-year-old woman with no antidepressant response to twelve weeks of sertraline "
        "150 mg was given naltrexone 4.5 mg nightly; sertraline was continued. MADRS fell "
        "from 30 to 12.",
        CASE,
    )
    assert f.concomitant_classes == ["serotonergic"]
