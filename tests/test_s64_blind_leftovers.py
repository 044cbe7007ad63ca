"""Errors of earlier blind batches, read then and left, fixed in session 64 and written
again in other words.

- holdout629 52202832 (batch 156): "Among switchers we compared dispensed doses of 1.5
  mg, 3 mg and 4.5 mg", after a sentence ending "... without starting LDN", gave no dose.
"""

from __future__ import annotations

from written import JOURNAL, facts


def test_doses_we_compared_named_as_doses_are_the_titled_drugs() -> None:
    title = "Depression outcomes after replacing SNRIs with low-dose naltrexone: a cohort study"
    text = (
        "Methods: We identified adults with depression who stopped an SNRI and were then "
        "dispensed LDN, and matched them to adults who stopped an SNRI without starting LDN. "
        "Among those who switched we compared prescribed doses of 1 mg, 2.5 mg and 4.5 mg. "
        "Results: We included 180 switchers and 360 comparators."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [1.0, 2.5, 4.5]


def test_another_drugs_doses_we_compared_stay_its_own() -> None:
    # (control: the doses compared are the named co-medication's)
    title = "Depression outcomes after adding low-dose naltrexone to sertraline: a cohort study"
    text = (
        "Methods: We identified adults with depression on sertraline who were dispensed "
        "naltrexone 4.5 mg. Among them we compared sertraline doses of 50 mg, 100 mg and "
        "150 mg. Results: We included 180 patients."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [4.5]
