"""Kind: a German abstract that gives its doses as alternatives joined by "oder" ("Naltrexon
1, 2, 3 oder 4,5 mg/Tag", decimal commas), to cohorts given in turn ("in vier
aufeinanderfolgenden offenen Kohorten"), and calls only for a future randomised dose
comparison ("Eine randomisierte Dosisvergleichsstudie ist gerechtfertigt"): the glossary
reads the words, so every dose is listed, the doses are compared, and the wished-for
randomised study does not make the design randomised. One German dose, and LDN against a
standard dose, compare nothing.

Round 44, c44b; the record that showed it: holdout156 17200039 (German republication of
the DOSE-D study: doses [1, 2, 3, 4.5] read [4.5], design read rct, dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = (
    "[Dose escalation of low-dose naltrexone added to bupropion in major depressive disorder: "
    "German publication of the DOSE-D study]"
)
RECORD = (
    "Hintergrund: Niedrig dosiertes Naltrexon (LDN) wurde bei Depression bisher nur in einer "
    "Dosis geprüft.\n"
    "Methoden: 38 ambulante Patienten mit Major Depression und Restsymptomen unter Bupropion "
    "XL erhielten in vier aufeinanderfolgenden offenen Kohorten Naltrexon 1, 2, 3 oder 4,5 "
    "mg/Tag über 4 Wochen.\n"
    "Ergebnisse: Die HAM-D-17-Reduktion nahm mit der Dosis zu (2,9; 4,8; 6,1; 7,4 Punkte; "
    "Trend p = 0,02).\n"
    "Schlussfolgerung: Eine randomisierte Dosisvergleichsstudie ist gerechtfertigt. "
    "Zweitveröffentlichung von J Clin Psychiatry 2025."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, ("Journal Article", "English Abstract"))
    assert f.design == "nonrandomized_trial"
    assert f.n == 38
    assert f.ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]
    assert f.compares_doses
    assert gaps(TITLE, RECORD, ("Journal Article",)) == {"dose-finding": "addressed"}


T = "[Low-dose naltrexone in major depression: an open-label study]"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Methoden: 24 Patientinnen und Patienten mit Major Depression erhielten in drei "
            "aufeinanderfolgenden Kohorten Naltrexon 0,5 mg, 1,5 mg oder 3 mg/Tag über 6 Wochen.",
            [0.5, 1.5, 3.0],
        ),
        (
            "Methoden: In zwei aufeinanderfolgenden Kohorten erhielten 20 Patienten mit Major "
            "Depression Naltrexon 1,5 oder 4,5 mg/Tag.",
            [1.5, 4.5],
        ),
    ],
)
def test_german_cohorts_compare_doses(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_one_german_dose_and_a_wished_for_comparison() -> None:
    f = facts(
        T,
        "Methoden: 30 Patienten mit Major Depression erhielten offenen Naltrexon 4,5 mg/Tag "
        "über 8 Wochen.\nSchlussfolgerung: Eine randomisierte Dosisvergleichsstudie ist "
        "gerechtfertigt.",
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_low_against_standard_dose() -> None:
    f = facts(
        T,
        "Methoden: 40 Patienten mit Major Depression wurden randomisiert: Naltrexon 4,5 mg "
        "oder 50 mg täglich über 8 Wochen.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
