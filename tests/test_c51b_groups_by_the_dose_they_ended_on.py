"""Kind: people grouped after the fact by the dose they ended on in a flexible schedule
("patients ending on 4.5 mg improved more than those ending on 1.5-3 mg") are no arms: the
doses they name are where they happened to end, not doses assigned, so the flexible range
keeps only its two ends. A titration's target ("ending at 4.5 mg") and arms assigned by
dose still count.

Round 51, c51b; the record that showed it: holdout177 19600004 ("Flexible-dose low-dose
naltrexone added to sertraline in late-life depression": read [1.5, 3.0, 4.5]).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Flexible-dose low-dose naltrexone added to sertraline in late-life depression: an "
    "open-label study"
)
RECORD = (
    "Thirty-eight patients aged 65 or older with major depression and partial response to "
    "sertraline received open-label naltrexone 1.5 to 4.5 mg once daily, dosed flexibly as "
    "tolerated, for 12 weeks. Mean final dose was 3.6 mg. GDS scores improved from 19.1 to "
    "12.4. Patients ending on 4.5 mg improved more than those ending on 1.5-3 mg, although "
    "dose was not assigned and this comparison is exploratory."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(TITLE, RECORD)


T = "Low-dose naltrexone in major depression: an open-label trial"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Forty adults with major depression took open-label naltrexone flexibly dosed "
            "between 1 and 4.5 mg/day for 8 weeks. Participants ending on 4.5 mg had more side "
            "effects than those ending on 1-2 mg, though doses were not randomised.",
            [1.0, 4.5],
        ),
        (
            "Open-label naltrexone 1 to 4.5 mg at night, adjusted as tolerated, was given to 26 "
            "patients with bipolar depression. Patients who finished on 2-3 mg relapsed less "
            "often than those who finished on 4.5 mg; the dose was not assigned.",
            [1.0, 4.5],
        ),
        (
            "Thirty women with postpartum depression received naltrexone, flexibly dosed from 1 "
            "to 4.5 mg daily, for 10 weeks. Women who ended up on 3 mg and women who ended up "
            "on 4.5 mg improved alike, but no dose was allocated.",
            [1.0, 4.5],
        ),
        (
            "Twenty-four patients with persistent depressive disorder took naltrexone 0.5 to "
            "4.5 mg as tolerated. Those ending on 4.5 mg improved more than those ending on 2 "
            "mg, although dose was not assigned.",
            [0.5, 4.5],
        ),
    ],
)
def test_end_dose_groups_are_no_arms(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
    assert "dose-finding" not in gaps(T, abstract)


def test_a_titrations_target_stays() -> None:
    abstract = (
        "Thirty adults with major depression took open-label naltrexone titrated from 1.5 mg "
        "to 4.5 mg over two weeks, for 8 weeks in all. Scores improved."
    )
    assert facts(T, abstract).ldn_doses_mg == [4.5]


def test_assigned_dose_arms_still_count() -> None:
    abstract = (
        "Methods: Ninety adults were randomised to naltrexone 1.5 mg or 4.5 mg nightly for 8 "
        "weeks. Results: Patients on 4.5 mg improved more than those on 1.5 mg."
    )
    f = facts("Two doses of low-dose naltrexone in depression: a randomized trial", abstract, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses
