"""A drug named as the one on which the patient once reacted badly ("had previously
developed hypomania on venlafaxine", "earlier experienced severe nausea with sertraline")
is history, not a co-medication. Shown by holdout269 30000030 (a case of bipolar II
depression on lithium and lamotrigine; venlafaxine only as the drug that once caused
hypomania, read as serotonergic and noradrenergic). Session 27, round 73, c73e."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "He had previously developed agitation on duloxetine; lithium was unchanged.",
        "She had earlier experienced severe nausea with sertraline.",
        "Years before, the patient had once suffered a manic switch while taking venlafaxine.",
    ],
)
def test_reaction_on_a_past_drug_is_history(sentence: str) -> None:
    f = facts(
        "Low-dose naltrexone for bipolar depression: a case report",
        "A 58-year-old man with bipolar II depression (MADRS 27) on lithium was given "
        f"low-dose naltrexone 3 mg nightly. {sentence} MADRS fell to 10 by week 12.",
        CASE,
    )
    assert f.concomitant_classes == []


def test_drug_taken_after_a_past_reaction_stays() -> None:
    # near miss: a reaction in the past, and a drug taken now in a new clause
    f = facts(
        "Low-dose naltrexone for depression: a case report",
        "A 44-year-old woman with major depression had previously developed insomnia and "
        "has since been on sertraline 100 mg daily, which was continued. Low-dose naltrexone "
        "4.5 mg nightly was added. PHQ-9 fell from 18 to 7.",
        CASE,
    )
    assert f.concomitant_classes == ["serotonergic"]
