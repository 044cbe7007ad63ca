"""A history word before a list of drugs ("earlier trials of citalopram and mirtazapine had
caused falls", "intolerant of sertraline or venlafaxine") makes every drug of the list
history, not only the first: the later ones are not co-medication taken with the watched
drug. Shown by holdout264 29500012 (a case report whose second drug in a list of earlier
failed trials was counted as taken with LDN, adding a class). Session 27, round 72, c72e."""

import pytest
from written import CASE, facts

TITLE = "Naltrexone 2 mg added to an antidepressant in an older adult with depression"
ABSTRACT = (
    "A 77-year-old woman with recurrent major depression had a partial response to "
    "sertraline 100 mg daily over six months; {s} Naltrexone 2 mg at night was added and her "
    "GDS-15 fell from 10 to 5 by week 8, with sertraline unchanged."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "earlier trials of escitalopram and venlafaxine had led to hyponatraemia.",
        "previous courses of citalopram, nortriptyline had caused dizziness.",
        "she had been intolerant of fluoxetine or duloxetine in the past.",
        "a history of paroxetine and mirtazapine use was noted.",
    ],
)
def test_every_listed_drug_is_history(sentence: str) -> None:
    f = facts(TITLE, ABSTRACT.format(s=sentence), CASE)
    assert f.concomitant_antidepressants == ["sertraline"]
    assert f.concomitant_classes == ["serotonergic"]


def test_a_drug_taken_now_after_the_history_still_counts() -> None:
    """Near miss: a history of one drug, then another taken now, in a new clause."""
    f = facts(
        TITLE,
        ABSTRACT.format(
            s="earlier trials of escitalopram had failed and she now also takes nortriptyline."
        ),
        CASE,
    )
    assert "nortriptyline" in f.concomitant_antidepressants
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
