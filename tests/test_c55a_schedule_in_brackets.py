"""Kind: a dose given more than once a day is a daily dose of its multiple, however the
schedule is written beside it: in brackets after the dose ("6 mg (taken twice daily)",
"2 mg (twice a day)") or as the dose's adjective before it ("twice-daily 5 mg"). Above
6 mg/day it is not LDN, whatever the record calls it ("at low dose"); at or below it is
(3 mg twice daily is 6, CONTRACT.md).

Round 55, c55a; the record that showed it: holdout192 21200032 ("Naltrexone at low dose as
adjunct to SSRIs in major depression ...": 6 mg taken twice daily read as 6 mg/day, on-topic,
with false larger-trials and serotonergic-combination "addressed").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Naltrexone at low dose as adjunct to SSRIs in major depression: a randomised "
    "placebo-controlled trial"
)
RECORD = (
    "Objective: To evaluate naltrexone at a dose below that used in addiction as an adjunct to "
    "selective serotonin reuptake inhibitors.\n"
    "Methods: Sixty-six adults with major depressive disorder and partial response to an SSRI "
    "were randomised to naltrexone 6 mg (taken twice daily) or placebo for 8 weeks.\n"
    "Results: HAM-D-17 change was -8.8 with naltrexone and -6.9 with placebo (p = 0.21).\n"
    "Conclusions: Naltrexone at this dose did not augment SSRIs."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert not f.on_topic
    assert gaps(TITLE, RECORD, RCT) == {}


T = "Low-dose naltrexone added to antidepressants in major depression: a randomised trial"
POP = "Seventy-two adults with major depressive disorder taking sertraline were randomised"


def _where(dose: str) -> list[tuple[str, str]]:
    """The dose in every place a record can carry it: title, opening, methods, results,
    conclusions, an unlabelled abstract."""
    return [
        (
            f"Naltrexone {dose} added to sertraline in major depression: a randomised trial",
            f"Methods: {POP} to naltrexone or placebo for 8 weeks.\n"
            "Results: MADRS fell more with naltrexone.",
        ),
        (
            T,
            f"Objective: To test naltrexone {dose} as an adjunct to sertraline.\n"
            f"Methods: {POP} for 8 weeks.\nResults: MADRS fell more with naltrexone.",
        ),
        (
            T,
            f"Methods: {POP} to naltrexone {dose} or placebo for 8 weeks.\n"
            "Results: MADRS fell more with naltrexone.",
        ),
        (
            T,
            f"Methods: {POP} to naltrexone or placebo for 8 weeks.\n"
            f"Results: MADRS fell more with naltrexone {dose} than with placebo.",
        ),
        (
            T,
            f"Methods: {POP} to naltrexone or placebo for 8 weeks.\n"
            f"Conclusions: Naltrexone {dose} reduced MADRS more than placebo.",
        ),
        (
            T,
            f"{POP} to naltrexone {dose} or placebo for 8 weeks. MADRS fell more with naltrexone.",
        ),
    ]


ABOVE = [
    "6 mg (taken twice daily)",
    "4 mg (three times daily)",
    "5 mg (twice a day)",
    "6 mg (given b.i.d.)",
    "twice-daily 5 mg",
    "three times daily 2.5 mg",
]


@pytest.mark.parametrize("dose", ABOVE)
@pytest.mark.parametrize("where", range(6))
def test_above_the_band_is_not_ldn(dose: str, where: int) -> None:
    title, abstract = _where(dose)[where]
    f = facts(title, abstract, RCT)
    assert not f.on_topic, (title, abstract)
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("dose", "daily"),
    [
        ("3 mg (taken twice daily)", 6.0),
        ("1 mg (twice a day)", 2.0),
        ("twice-daily 1.5 mg", 3.0),
        ("2 mg (given t.i.d.)", 6.0),
        # near misses: a bracket that is no schedule of the dose
        ("4.5 mg (taken at night)", 4.5),
        ("4.5 mg (once daily)", 4.5),
        ("4.5 mg (n = 36) nightly", 4.5),
    ],
)
def test_in_the_band_counts_its_daily_total(dose: str, daily: float) -> None:
    title, abstract = _where(dose)[2]
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [daily]


def test_another_drugs_schedule_is_not_the_doses() -> None:
    abstract = (
        f"Methods: {POP} to naltrexone 4.5 mg (at night) or placebo for 8 weeks while "
        "continuing sertraline (twice daily).\nResults: MADRS fell more with naltrexone."
    )
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert gaps(T, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }
