"""A liquid's volume written before its strength and drug, "2 mL of a compounded 1 mg/mL
X oral solution", is X's dose turned into mg (CONTRACT.md: a liquid's mL is turned into
mg where the concentration is stated), not the dose of a co-medication named earlier in
the sentence (round 41, c41b; shown by holdout133 14700004, a case series whose man "on
bupropion" lost his 2 mg)."""

from __future__ import annotations

import pytest
from written import CASE, facts

TITLE = "Individualised low-dose naltrexone in treatment-resistant depression: a case series"


@pytest.mark.parametrize(
    ("sentence", "dose"),
    [
        # the record's wording
        (
            "Case 2, a 34-year-old man on bupropion, was maintained on 2 mL of a compounded "
            "1 mg/mL naltrexone oral solution.",
            2.0,
        ),
        # probes: no article, another volume and strength, a frequency between, other words
        (
            "Case 2, a 34-year-old man on bupropion, was maintained on 2 mL of 1 mg/mL "
            "naltrexone oral solution.",
            2.0,
        ),
        (
            "A woman taking escitalopram 10 mg received 4 mL nightly of an oral 0.5 mg/mL "
            "naltrexone suspension.",
            2.0,
        ),
        (
            "A 60-year-old on duloxetine was kept on 1.5 mL of the 2 mg/mL compounded "
            "naltrexone liquid.",
            3.0,
        ),
    ],
)
def test_a_volume_of_a_strength_is_the_drug_named_after_it(sentence: str, dose: float) -> None:
    abstract = f"We describe patients with treatment-resistant major depression. {sentence}"
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == [dose]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the liquid is another drug's, or its strength is not stated
        "A man on bupropion, treated with naltrexone, took 2 mL of a 1 mg/mL sertraline "
        "oral solution.",
        "A man on bupropion was maintained on naltrexone 2 mL of unknown strength.",
    ],
)
def test_a_volume_of_another_drug_or_no_strength_gives_no_dose(sentence: str) -> None:
    abstract = f"We describe patients with treatment-resistant major depression. {sentence}"
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == []
