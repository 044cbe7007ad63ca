"""Kind: the study's doses listed after words that name them as the doses it tests ("Doses
tested were 0.5 mg, 1.5 mg, 3 mg and 4.5 mg", "The dose levels studied were ..."), no drug
named in that sentence: in a record titled with the drug they are that drug's doses, every
one of them. Doses of another drug named there, and standard doses, stay out.

Round 43, c43b; the record that showed it: holdout145 15900005 (sequential-cohort
escalation [0.5, 1.5, 3, 4.5] read without 1.5, named only in that list).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Sequential-cohort dose escalation of low-dose naltrexone as an adjunct to SSRIs in major "
    "depression: an open-label phase I/II study"
)
RECORD = (
    "Background: The optimal dose of low-dose naltrexone (LDN) for depression is unknown.\n"
    "Methods: Outpatients with major depressive disorder (HAM-D17 >= 18) who had taken "
    "escitalopram or sertraline for at least 8 weeks were enrolled in sequential cohorts. "
    "Each cohort received a fixed nightly dose for 8 weeks; the next cohort opened only after "
    "a safety review. Doses tested were 0.5 mg, 1.5 mg, 3 mg and 4.5 mg.\n"
    "Results: Twenty-four patients were enrolled and 22 completed. HAM-D17 improvement was "
    "greatest in the 3 mg and 4.5 mg cohorts (mean -9.2 and -8.7) and smallest at 0.5 mg "
    "(-3.1). Sleep disturbance increased with dose.\n"
    "Conclusions: Doses of 3 mg or more appear needed; a randomised dose-comparison trial is "
    "warranted."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("sentence", "doses"),
    [
        ("Doses tested were 1 mg, 2 mg and 4 mg.", [1.0, 2.0, 4.0]),
        ("The dose levels studied were 0.75 mg, 2.25 mg and 4.5 mg.", [0.75, 2.25, 4.5]),
        ("Doses evaluated: 1.5 mg and 3 mg per day.", [1.5, 3.0]),
    ],
)
def test_doses_named_as_tested(sentence: str, doses: list[float]) -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label dose-finding study",
        "Thirty adults with major depressive disorder were enrolled in sequential cohorts of "
        f"ten, each cohort on one fixed dose for 6 weeks. {sentence} MADRS scores fell in "
        "every cohort.",
        TRIAL,
    )
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "sentence",
    [
        # another drug's doses named as tested in the sentence stay that drug's
        "Sertraline doses tested were 50 mg and 100 mg.",
        # standard doses are not LDN
        "Doses tested were 25 mg and 50 mg.",
    ],
)
def test_other_doses_named_as_tested_stay_out(sentence: str) -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label study",
        "Thirty adults with major depressive disorder took naltrexone 4.5 mg nightly for 8 "
        f"weeks. {sentence} MADRS scores fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
