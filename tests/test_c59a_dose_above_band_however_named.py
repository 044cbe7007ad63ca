"""A naltrexone dose above the low band, however the record names it ("moderate",
"reduced", "low"), is not LDN; a low dose the record names only as a point on the scale
its own dose is set on ("between low-dose naltrexone (4.5 mg) and the standard 50 mg")
gives LDN to nobody, in whichever section or unlabelled abstract it stands.

Round 59, c59a; shown by holdout206 23000015 ("Moderate-dose naltrexone (12.5 mg) as an
adjunct to escitalopram ...": a false larger-trials and serotonergic "addressed").
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "Moderate-dose naltrexone (12.5 mg) as an adjunct to escitalopram for anhedonic depression",
    "Fifty-two adults with major depression and prominent anhedonia taking escitalopram were "
    "randomised to naltrexone 12.5 mg/day or placebo. The authors chose a dose between "
    "low-dose naltrexone (4.5 mg) and standard-dose naltrexone (50 mg). SHAPS scores did not "
    "differ.",
)

SCALE = (
    "The dose was chosen to lie between low-dose naltrexone (4.5 mg) and the standard dose (50 mg)."
)


def test_the_record() -> None:
    assert facts(*RECORD, RCT).on_topic is False


def _places(dose: str) -> dict[str, tuple[str, str]]:
    return {
        "unlabelled": (
            f"Naltrexone {dose} added to sertraline in major depression",
            f"Sixty adults with major depressive disorder on sertraline were randomised to "
            f"naltrexone {dose} or placebo. {SCALE} MADRS scores fell more with naltrexone.",
        ),
        "methods": (
            "Adjunctive naltrexone for major depression: a randomised trial",
            "Background: Low-dose naltrexone (1-5 mg) has been tried in depression.\n"
            f"Methods: Sixty adults with major depressive disorder taking venlafaxine were "
            f"randomly assigned to reduced-dose naltrexone {dose} or placebo for 8 weeks. "
            f"{SCALE}\nResults: HAM-D scores improved.\n"
            f"Conclusions: Naltrexone {dose} was well tolerated.",
        ),
        "opening": (
            "Naltrexone augmentation of duloxetine in major depressive disorder",
            f"{SCALE.replace('The dose was chosen', 'We chose a naltrexone dose')} "
            f"Seventy adults with major depressive disorder were randomised to naltrexone "
            f"{dose} or placebo. Results: MADRS change did not differ.",
        ),
        "results": (
            "A placebo-controlled trial of naltrexone in major depression",
            "Seventy outpatients with major depressive disorder on an SSRI took part. "
            f"Results: Participants given low-dose naltrexone {dose} improved more than those "
            "given placebo on the MADRS; the usual low dose of 4.5 mg was not tested.",
        ),
        "title": (
            f"Low-dose naltrexone ({dose}) versus placebo added to fluoxetine in major depression",
            "Eighty adults with major depression were randomised. Naltrexone at a dose above "
            "the usual low-dose range of 1.5-4.5 mg was compared with placebo. MADRS improved.",
        ),
    }


ABOVE = ["6.5 mg/day", "8 mg/day", "12.5 mg/day", "25 mg/day", "6 mg twice daily"]
INSIDE = ["6 mg/day", "3 mg twice daily", "4.5 mg/day"]


@pytest.mark.parametrize("dose", ABOVE)
@pytest.mark.parametrize("place", ["unlabelled", "methods", "opening", "results", "title"])
def test_above_the_band_is_not_ldn(dose: str, place: str) -> None:
    assert facts(*_places(dose)[place], RCT).on_topic is False


@pytest.mark.parametrize("dose", INSIDE)
@pytest.mark.parametrize("place", ["unlabelled", "methods", "results", "title"])
def test_inside_the_band_stays_ldn(dose: str, place: str) -> None:
    assert facts(*_places(dose)[place], RCT).on_topic is True


@pytest.mark.parametrize(
    "record",
    [
        (
            "Naltrexone in major depression: a three-arm trial",
            "Methods: Ninety adults with major depressive disorder on citalopram. Arms: "
            "naltrexone 12.5 mg/day, naltrexone 4.5 mg/day, placebo.\n"
            "Results: MADRS improved most at 4.5 mg.",
        ),
        (
            "Naltrexone doses in major depression",
            "Methods: Ninety adults with major depressive disorder taking sertraline were "
            "randomised to naltrexone 4.5 mg/day or 12.5 mg/day.\nResults: MADRS fell in both.",
        ),
        (
            "Naltrexone in depression",
            "Sixty adults with major depression were randomised to naltrexone 12.5 mg/day or "
            "low-dose naltrexone 4.5 mg/day. MADRS fell.",
        ),
    ],
)
def test_a_low_arm_beside_an_arm_above_stays(record: tuple[str, str]) -> None:
    f = facts(*record, RCT)
    assert f.on_topic is True
    assert 4.5 in f.ldn_doses_mg


@pytest.mark.parametrize("place", ["unlabelled", "methods", "results", "title"])
def test_the_band_named_as_a_scale_is_no_dose_of_its_own(place: str) -> None:
    assert facts(*_places("6 mg/day")[place], RCT).ldn_doses_mg == [6.0]


@pytest.mark.parametrize(
    ("record", "doses"),
    [
        (
            (
                "Low-dose naltrexone in major depression",
                "Eighty adults with major depressive disorder were randomised between "
                "low-dose naltrexone (4.5 mg) and placebo. MADRS improved.",
            ),
            [4.5],
        ),
        (
            (
                "Flexible low-dose naltrexone in major depression",
                "Forty adults with major depression took naltrexone at a dose between 1.5 "
                "and 4.5 mg/day as tolerated. MADRS improved.",
            ),
            [1.5, 4.5],
        ),
    ],
)
def test_doses_that_are_arms_or_ranges_stay(record: tuple[str, str], doses: list[float]) -> None:
    f = facts(*record, RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg == doses
