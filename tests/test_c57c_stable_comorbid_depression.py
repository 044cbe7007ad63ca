"""Kind: LDN given for another disease to a person whose depression is only a stable
comorbidity, held by another medicine ("a woman treated with vortioxetine for depression",
"recurrent major depression, stable for two years on vortioxetine"), with no depression or
mood outcome: off-topic (CONTRACT.md on_topic: depression or mood as a condition or
outcome of the study; a trait of the person is neither), and nobody selected for it.

Round 57, c57c; shown by holdout200 22400011 ("Low-dose naltrexone for lichen planopilaris
in a woman treated with vortioxetine for depression").
"""

from __future__ import annotations

import pytest
from written import CASE, RCT, facts

RECORD = (
    "Low-dose naltrexone for lichen planopilaris in a woman treated with vortioxetine for "
    "depression",
    "A 52-year-old woman with biopsy-proven lichen planopilaris refractory to topical and "
    "intralesional corticosteroids was started on naltrexone 3 mg nightly. She had recurrent "
    "major depression, stable for two years on vortioxetine 10 mg. After six months, scalp "
    "erythema, pruritus and perifollicular scaling had resolved and hair shedding had slowed. "
    "No drug interactions or adverse effects were observed. LDN may be a safe option in "
    "patients taking serotonergic antidepressants.",
)

SKIN = (
    "A 61-year-old man with generalized chronic pruritus unresponsive to antihistamines was "
    "given naltrexone 4.5 mg at bedtime. Itch intensity fell from 8/10 to 2/10 within ten "
    "weeks, and no adverse effects were reported."
)
COMORBID = [
    "He had major depressive disorder, stable for over five years on sertraline 100 mg.",
    "His recurrent depression had been stable on escitalopram 10 mg for several years.",
    "He had a long history of depression, well controlled on duloxetine 60 mg.",
]

OFF = [
    RECORD,
    # the comorbidity in the title only
    (
        "Low-dose naltrexone for chronic pruritus in a man treated with sertraline for depression",
        SKIN,
    ),
    # a title naming the drug's purpose, the comorbidity told as a trait in the abstract
    *[
        ("Low-dose naltrexone for chronic pruritus: a case report", SKIN + " " + c)
        for c in COMORBID
    ],
    # ... or opening it
    *[
        ("Low-dose naltrexone for chronic pruritus: a case report", c + " " + SKIN)
        for c in COMORBID
    ],
]


@pytest.mark.parametrize("record", OFF)
def test_a_stable_comorbid_depression_is_not_the_topic(record: tuple[str, str]) -> None:
    f = facts(*record, CASE)
    assert f.on_topic is False
    assert f.depression_population is False


ON = [
    # near misses: the same person with a mood outcome measured
    (
        "Low-dose naltrexone for chronic pruritus in a man treated with sertraline for depression",
        SKIN + " His PHQ-9 score fell from 14 to 5 over the same period.",
        CASE,
    ),
    # LDN given for the depression itself, on top of the antidepressant
    (
        "Low-dose naltrexone for depression in a woman treated with vortioxetine",
        "A 45-year-old woman with recurrent major depression, partially responsive to "
        "vortioxetine 10 mg, was started on naltrexone 3 mg nightly. Her MADRS fell from 28 "
        "to 12 after eight weeks.",
        CASE,
    ),
    # an augmentation trial of people treated for depression
    (
        "Low-dose naltrexone augmentation in adults treated with SSRIs for major depression",
        "Sixty adults treated with SSRIs for major depressive disorder were randomized to "
        "naltrexone 4.5 mg or placebo. MADRS scores fell more with naltrexone.",
        RCT,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), ON)
def test_depression_treated_or_measured_stays_on_topic(
    title: str, abstract: str, types: tuple[str]
) -> None:
    assert facts(title, abstract, types).on_topic is True


def test_an_augmentation_trial_still_selects_for_depression() -> None:
    f = facts(ON[2][0], ON[2][1], RCT)
    assert f.depression_population is True
