"""Kind: one group titrated to one target dose, no step held for a time of its own: an
outcome told at the doses on the way ("response was 20% at 1.5 mg and 45% at 4.5 mg")
reads the titration as it went, not doses compared (CONTRACT.md: a fixed titration lists
only its target; compares_doses needs two or more doses compared). Steps each given for
their own spell ("1.5 mg for three weeks, then 4.5 mg", "raised every two weeks") stay
doses given in turn, each read, and compared (round 59, c59b; round 61, c61b).

Round 62, c62c; shown by the strict xfail of tests/test_c60b_sequential_dose_cohorts.py
("started naltrexone at 1.5 mg and were titrated to a target of 4.5 mg over two weeks ...
Response was 20% at 1.5 mg and 45% at 4.5 mg").
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

TITLE = "Low-dose naltrexone in major depressive disorder: an open study"
RECORD = (
    "Methods: Forty adults with major depressive disorder started naltrexone at 1.5 mg "
    "and were titrated to a target of 4.5 mg over two weeks.\nResults: Response was 20% "
    "at 1.5 mg and 45% at 4.5 mg."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(TITLE, RECORD, TRIAL)


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # methods and results, another target and wording
        (
            "Naltrexone added to escitalopram in major depression: an open-label trial",
            "Methods: Twenty-six adults with major depression on escitalopram took naltrexone "
            "1 mg nightly, up-titrated to a maintenance dose of 3 mg.\nResults: HAM-D "
            "response was 15% on 1 mg and 38% on 3 mg.",
            [3.0],
        ),
        # the target in the title
        (
            "Low-dose naltrexone titrated to a target dose of 4.5 mg in bipolar depression",
            "Methods: Thirty adults with bipolar depression began naltrexone at 1.5 mg.\n"
            "Results: Response was 22% at 1.5 mg and 41% at 4.5 mg.",
            [4.5],
        ),
        # unlabelled, the reading first, the titration's time for the whole of it
        (
            "Low-dose naltrexone with sertraline in depression",
            "MADRS remission was 10% at 0.5 mg and 30% at 2 mg in 32 outpatients with major "
            "depressive disorder on sertraline who took naltrexone titrated from 0.5 mg to "
            "2 mg over ten days.",
            [2.0],
        ),
        # the opening sentence carries both
        (
            "Low-dose naltrexone in major depressive disorder",
            "Forty patients with major depressive disorder took naltrexone increased from 1.5 mg to "
            "a target of 4.5 mg; response was 20% at 1.5 mg and 45% at 4.5 mg. No serious "
            "adverse events occurred.",
            # (the doses listed: the readings in the titration's own sentence still list
            # its start, 1.5 mg, beside the target; no comparison either way)
            None,
        ),
    ],
)
def test_one_target_compares_nothing(title: str, abstract: str, doses: list[float] | None) -> None:
    f = facts(title, abstract, TRIAL)
    if doses is not None:
        assert f.ldn_doses_mg == doses, abstract
    assert not f.compares_doses, abstract
    assert "dose-finding" not in gaps(title, abstract, TRIAL)


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # each step held for its own time: doses given in turn
        (
            "Methods: Forty adults with major depressive disorder took naltrexone 1.5 mg daily "
            "for three weeks, then 4.5 mg daily for three weeks.\nResults: Response was 20% at "
            "1.5 mg and 45% at 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Methods: Forty adults with major depressive disorder took naltrexone raised every "
            "two weeks from 1 mg to 2 mg and then 4 mg.\nResults: Response was 10% at 1 mg, "
            "25% at 2 mg and 40% at 4 mg.",
            [1.0, 2.0, 4.0],
        ),
    ],
)
def test_steps_of_their_own_still_compared(abstract: str, doses: list[float]) -> None:
    f = facts(TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == doses, abstract
    assert f.compares_doses, abstract
