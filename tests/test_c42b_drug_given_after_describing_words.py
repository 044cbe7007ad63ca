"""Kind: a sentence that ends by giving the watched drug after the drugs its people already
take, with describing words between the verb and the drug ("despite lithium or lamotrigine
were given open-label low-dose naltrexone at night"), makes the watched drug the subject of
a following dose clause that names no drug ("Doses at week 8 ranged between 1.5 and 4.5
mg"); a flexible dose stated only in the results then lists both ends (CONTRACT.md).

Round 42, c42b; the record that showed it: holdout137 15100018 (a bipolar-depression pilot
whose only doses are in its results, read as []).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

RECORD = (
    "Twenty-two adults with bipolar I or II disorder in a current major depressive episode "
    "despite lithium or lamotrigine were given open-label low-dose naltrexone at night for 8 "
    "weeks in addition to their mood stabilizer. The prescribing psychiatrist could adjust "
    "the dose. MADRS fell from 27.4 to 16.9, and no patient switched to mania. Doses at week "
    "8 ranged between 1.5 and 4.5 mg (median 3 mg); four patients stopped because of "
    "insomnia. LDN warrants controlled study in bipolar depression."
)
TITLE = "Low-dose naltrexone in bipolar depression: an open-label pilot"


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
    assert gaps(TITLE, RECORD, TRIAL) == {}


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Thirty adults with major depressive disorder taking an SSRI received adjunctive "
            "compounded naltrexone at bedtime for 12 weeks; clinicians could titrate the "
            "dose. Final doses ranged from 1 to 4 mg.",
            [1.0, 4.0],
        ),
        (
            "Patients with treatment-resistant depression on venlafaxine were given "
            "open-label low-dose naltrexone for 10 weeks. The dose was individualised. At "
            "study end, doses ranged between 2 and 4.5 mg.",
            [2.0, 4.5],
        ),
        (
            "Forty women with perinatal depression who remained on sertraline were treated "
            "with add-on low-dose naltrexone for 8 weeks, the dose set by their psychiatrist. "
            "Doses at the last visit ranged between 0.5 and 3 mg (median 1.5 mg).",
            [0.5, 3.0],
        ),
    ],
)
def test_dose_clause_after_the_drug_given(abstract: str, doses: list[float]) -> None:
    assert facts("Low-dose naltrexone for depression", abstract, TRIAL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # the dose clause names its own drug: the co-medication's range stays its own
        (
            "Adults with major depressive disorder on sertraline were given open-label "
            "low-dose naltrexone 3 mg nightly for 8 weeks. Sertraline doses ranged between "
            "50 and 200 mg.",
            [3.0],
        ),
        (
            "Adults with major depressive disorder despite lithium were given open-label "
            "low-dose naltrexone for 8 weeks. Lithium doses ranged between 600 and 1200 mg.",
            [],
        ),
    ],
)
def test_near_misses(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone for depression", abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
