"""A dose written in words with its decimal point read out ("four point five mg", "zero
point five milligrams") is that decimal dose, never the last word alone (5 mg), wherever
the record carries it: title, opening, methods, results, conclusions, unlabelled abstract.

Round 60, c60b; shown by holdout213 23800001 ("NTX low dose add-on in SRI-partial
responders with MDD: 8-week RCT (interim)": "NTX four point five mg at bedtime" read 5 mg).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "NTX low dose add-on in SRI-partial responders with MDD: 8-week RCT (interim)",
    "Aim: add-on low dose naltrexone (NTX) for MDD pts with partial response to SRI.\n"
    "Method: 8 wk, double blind, placebo. Pts (n = sixty-four randomised, 1:1) on stable SRI "
    ">= 8 wk (sertraline, escitalopram or fluoxetine). NTX four point five mg at bedtime vs "
    "identical placebo. Primary MADRS change.\n"
    "Result: MADRS drop -11.2 vs -7.0 (p = 0.02). Vivid dreams 6 pts NTX arm. No serious AE.\n"
    "Conclusion: NTX low dose as SRI add-on seems feasible, effective. Full paper in "
    "preparation.",
)


def test_the_record_dose() -> None:
    assert facts(*RECORD, RCT).ldn_doses_mg == [4.5]


def _places(dose: str) -> dict[str, tuple[str, str]]:
    return {
        "title": (
            f"Naltrexone {dose} nightly versus placebo in major depressive disorder",
            "Sixty adults with major depressive disorder were randomised to naltrexone or "
            "placebo for 8 weeks. HAM-D scores fell more with naltrexone.",
        ),
        "opening": (
            "Low-dose naltrexone in major depression",
            f"We gave naltrexone {dose} each evening to adults with major depression. "
            "Fifty-eight were randomised to it or to placebo. MADRS fell more on naltrexone.",
        ),
        "methods": (
            "Adjunctive low-dose naltrexone for major depression: a randomised trial",
            "Background: Opioid modulation may help depression.\n"
            f"Methods: Seventy outpatients with major depressive disorder were randomly "
            f"assigned to naltrexone {dose} once daily or placebo.\n"
            "Results: Response was more frequent with naltrexone.\n"
            "Conclusions: Low-dose naltrexone may help.",
        ),
        "results": (
            "Low-dose naltrexone for major depression: a pilot randomised trial",
            "Methods: Forty patients with major depression were randomised to low-dose "
            "naltrexone or placebo.\n"
            f"Results: All took naltrexone {dose}; QIDS fell by 6 points against 3.\n"
            "Conclusions: A larger trial is warranted.",
        ),
        "conclusions": (
            "Low-dose naltrexone for major depression: a randomised trial",
            "Methods: Fifty-two patients with major depression were randomised to low-dose "
            "naltrexone or placebo.\nResults: MADRS fell more with naltrexone.\n"
            f"Conclusions: Naltrexone {dose} at night was effective and well tolerated.",
        ),
        "unlabelled": (
            "Low-dose naltrexone in major depressive disorder",
            f"Forty-four adults with major depressive disorder took naltrexone {dose} at "
            "bedtime or placebo in a randomised trial. Depression scores improved.",
        ),
    }


WRITTEN = [
    ("four point five mg", [4.5]),
    ("four point five milligrams", [4.5]),
    ("one point five mg", [1.5]),
    ("zero point five mg", [0.5]),
    ("two point five milligrams", [2.5]),
    ("three-point-five mg", [3.5]),
]


@pytest.mark.parametrize("dose,expected", WRITTEN)
@pytest.mark.parametrize("place", list(_places("x")))
def test_point_read_out_is_the_decimal_dose(place: str, dose: str, expected: list[float]) -> None:
    got = facts(*_places(dose)[place], RCT)
    assert got.ldn_doses_mg == expected, place
    assert got.compares_doses is False, place


# near misses that must not change: a whole number in words is that number; a "point" of
# a scale next to a dose in digits is no part of the dose
NEAR = [
    ("four mg", [4.0]),
    ("four and a half mg", [4.5]),
    ("4.5 mg", [4.5]),
]


@pytest.mark.parametrize("dose,expected", NEAR)
def test_near_misses_keep_their_dose(dose: str, expected: list[float]) -> None:
    for place, record in _places(dose).items():
        assert facts(*record, RCT).ldn_doses_mg == expected, place


def test_a_scale_point_beside_a_dose_is_no_decimal() -> None:
    got = facts(
        "Low-dose naltrexone in major depression",
        "Sixty adults with major depression were randomised to naltrexone 4.5 mg or placebo. "
        "HAM-D fell by four points on naltrexone; five mg of melatonin was allowed at night.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]
    assert got.compares_doses is False
