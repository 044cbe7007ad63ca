"""Kind: a single-arm trial whose dose started low and could be raised as tolerated up to
one ceiling ("added at 1.5 mg nightly and could be titrated up to 4.5 mg as tolerated")
gave a flexible range; the levels participants are later reported to have ended on
between its ends ("seven on 3 mg") are places inside that range, not a third dose
(CONTRACT.md: "for a flexible range ... both ends"). Doses the trial assigns (arms) and
a fixed titration's target are untouched.

Round 64, c64c; the record that showed it: preprints41 PPR5800022 (label [1.5, 4.5];
read [1.5, 3.0, 4.5] from "Eleven ended on 4.5 mg, seven on 3 mg and three stayed on
1.5 mg").
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, judge_preprint, preprint

TITLE = (
    "Open-label low-dose naltrexone added to fluoxetine in adolescents with depression: a "
    "feasibility study"
)
RECORD = (
    "Depressed adolescents who do not respond to fluoxetine have few evidence-based next "
    "steps. We conducted an open-label pilot in 24 adolescents aged 13-17 with major "
    "depressive disorder (CDRS-R >= 40) and a partial response to at least 8 weeks of "
    "fluoxetine 20-40 mg. Naltrexone was added at 1.5 mg nightly and could be titrated up "
    "to 4.5 mg as tolerated; fluoxetine was kept constant. Twenty-one participants "
    "completed 8 weeks. CDRS-R decreased from 52.3 to 38.7; 9 of 24 responded. Eleven ended "
    "on 4.5 mg, seven on 3 mg and three stayed on 1.5 mg; response did not appear to "
    "depend on the final dose, but the study could not test this."
)


def test_the_record() -> None:
    f, _ = judge_preprint(preprint(TITLE, RECORD))
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
    assert facts(TITLE, RECORD, TRIAL).ldn_doses_mg == [1.5, 4.5]


@pytest.mark.parametrize(
    "abstract",
    [
        "Naltrexone was started at 1.5 mg and could be increased to 4.5 mg as tolerated. "
        "Sixteen participants reached 4.5 mg and six remained on 3 mg.",
        "Methods: Adults with major depression on escitalopram began naltrexone 1.5 mg at "
        "night, which could be raised up to 4.5 mg as tolerated. Results: Ten patients ended "
        "on 3 mg.",
        "Adults with major depressive disorder taking sertraline started naltrexone at 1.5 "
        "mg, titrated up to 4.5 mg depending on tolerability. By week 8, nine were taking 3 "
        "mg and the rest 4.5 mg.",
        "Conclusions: naltrexone started at 1.5 mg and titrated as tolerated up to 4.5 mg "
        "was acceptable with vortioxetine; seven participants settled on 3 mg.",
    ],
)
def test_levels_ended_on_inside_the_range(abstract: str) -> None:
    title = "Low-dose naltrexone added to an antidepressant in major depression: an open trial"
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # arms the trial assigns stay
        (
            "Patients were randomised to naltrexone 1.5 mg, 3 mg or 4.5 mg nightly, added to "
            "sertraline.",
            [1.5, 3.0, 4.5],
        ),
        # a fixed titration keeps only its target
        (
            "Naltrexone was started at 1.5 mg and increased to 4.5 mg after one week. Eleven "
            "ended on 4.5 mg and four on 3 mg.",
            [4.5],
        ),
        # a later randomised phase's dose inside the range is assigned
        (
            "Naltrexone was started at 1.5 mg and could be titrated up to 4.5 mg as "
            "tolerated. In a second phase, participants were randomised to 3 mg or placebo.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_assigned_doses_stay(abstract: str, doses: list[float]) -> None:
    title = "Low-dose naltrexone added to an antidepressant in major depression: a trial"
    assert facts(title, abstract, TRIAL).ldn_doses_mg == doses
