"""Once a record tells the spread of the doses people were kept on ("maintenance doses
ranged from 1.5 to 4.5 mg"), a group of its people named by a narrower band inside that
spread ("those on 1.5-3 mg improved less") is people sorted by their dose, not a further
dose: the doses are the spread's two ends (CONTRACT.md: a range lists both ends), not
[1.5, 3, 4.5].

Shown by preprints89 PPR0800007 (ldn_doses_mg [1.5, 3.0, 4.5] for [1.5, 4.5]).
Session 38, round 95, c95b.

Ways real abstracts tell a spread of doses taken and then sort people inside it:
- "Maintenance LDN doses ranged from 1.5 to 4.5 mg ... Patients on 4.5 mg improved more
  than those on 1.5-3 mg"
- "Final doses varied between 1 and 4.5 mg/day; those taking 2-3 mg reported fewer dreams"
- "Doses ranged from 0.5 to 4.5 mg. PHQ-9 fell more in those on 3-4.5 mg than on 0.5-2 mg"
- "Nightly dosing spanned 1.5 to 4.5 mg. Outcomes were better on 4.5 mg than on 1.5-3 mg"
- "daily doses ranging from 1 to 4.5 mg; 40 patients stayed below 2.5 mg"
The rule reaches them through the flexible-range reading of the doses
(``doses._inside_flexible_range``: the spread of the doses, told as such, is a range moved
within, and a level strictly inside it that assigns nothing is no further dose).
Only a narrower band told after the spread is set aside: a level named beside it ("most
commonly 4.5 mg", the modal dose) stays, as the labels' precedent keeps it.
Near misses keep their doses: a trial that randomised to a level inside the spread keeps
it, and a band named with no spread told keeps its ends.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone augmentation in treatment-resistant depression: a chart review"
OBS = ("Journal Article", "Observational Study")


def _record(results: str) -> tuple[str, str]:
    return (
        TITLE,
        "Methods: We reviewed the records of adults with treatment-resistant depression "
        "prescribed low-dose naltrexone (LDN) alongside an SSRI at two clinics.\n"
        f"Results: A total of 104 patients were included. {results}",
    )


CASES = [
    (
        "Maintenance LDN doses ranged from 1.5 to 4.5 mg. Patients on 4.5 mg improved more "
        "than those on 1.5-3 mg, although dose was confounded by prescriber.",
        [1.5, 4.5],
    ),
    (
        "LDN doses ranged from 0.5 to 4.5 mg. PHQ-9 fell more in those on 3-4.5 mg than in "
        "those on 0.5-2 mg, although dose was chosen by the prescriber.",
        [0.5, 4.5],
    ),
    (
        "Final LDN doses varied from 1 to 4.5 mg/day. Patients on 4.5 mg improved more than "
        "those on 1-2.5 mg, although dose was confounded by prescriber.",
        [1.0, 4.5],
    ),
    (
        "Nightly LDN dosing spanned 1.5 to 4.5 mg. Outcomes were better on 4.5 mg than on "
        "1.5-3 mg (p=0.02); dose was set by the prescriber.",
        [1.5, 4.5],
    ),
]


@pytest.mark.parametrize(("results", "doses"), CASES)
def test_band_inside_the_spread_is_no_dose(results: str, doses: list[float]) -> None:
    assert facts(*_record(results), OBS).ldn_doses_mg == doses


def test_band_without_a_spread_keeps_its_ends() -> None:
    # near miss: no spread told, the band's ends are doses people were on
    got = facts(
        *_record(
            "Patients on 4.5 mg improved more than those on 1.5-3 mg, although dose was "
            "confounded by prescriber."
        ),
        OBS,
    )
    assert got.ldn_doses_mg == [1.5, 3.0, 4.5]


def test_randomised_level_inside_the_spread_is_kept() -> None:
    # near miss: a level people were randomised to is an arm's dose
    got = facts(
        "Three doses of low-dose naltrexone in depression: a randomised trial",
        "Methods: Adults with major depressive disorder on an SSRI were randomised to "
        "naltrexone 1.5 mg, 3 mg or 4.5 mg nightly for 8 weeks.\n"
        "Results: Ninety adults were randomised; doses ranged from 1.5 to 4.5 mg. MADRS fell "
        "most on 3 mg.",
        RCT,
    )
    assert got.ldn_doses_mg == [1.5, 3.0, 4.5]


def test_modal_dose_beside_the_spread_is_kept() -> None:
    # near miss: the most common dose named with the spread is a dose people took
    got = facts(
        *_record("Maintenance LDN doses ranged from 0.5 to 6 mg, most commonly 4.5 mg."), OBS
    )
    assert got.ldn_doses_mg == [0.5, 4.5, 6.0]
