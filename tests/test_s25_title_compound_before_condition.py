"""A title naming the people by the condition behind hyphenated compound words ("... in
SNRI-treated resistant depression", "in difficult-to-treat depression", "in first-episode
drug-naive depression"): a compound is one word of the description, so the title names the
population just as "in treatment-resistant depression" does. Shown by holdout232 25900036
(an open-label continuation whose abstract names its people only through the title read
as "participants not selected for depression").
Session 25, round 67, c67a."""

import pytest
from written import TRIAL, facts, gaps

ABSTRACT = (
    "Background: The parent trial found a benefit of adding naltrexone.\n"
    "Methods: Everyone who finished the blinded phase could take naltrexone 3 mg daily "
    "for a further 20 weeks, keeping their {drug} dose.\n"
    "Results: Of 40 eligible, 35 took part; 6 relapsed.\n"
    "Conclusions: Gains were kept."
)


@pytest.mark.parametrize(
    ("title", "drug"),
    [
        ("Open-label low-dose naltrexone in SSRI-treated resistant depression", "sertraline"),
        ("Low-dose naltrexone extension in difficult-to-treat depression", "duloxetine"),
        ("Naltrexone 3 mg continued in first-episode late-onset depression", "escitalopram"),
    ],
)
def test_compound_words_before_the_condition(title: str, drug: str) -> None:
    abstract = ABSTRACT.format(drug=drug)
    assert facts(title, abstract, TRIAL).depression_population
    assert gaps(title, abstract, TRIAL).get("serotonergic-combination") == "addressed"


def test_three_plain_words_still_too_far() -> None:
    """Near miss: another condition and the watched one listed in a title keeps today's "no"."""
    title = "Low-dose naltrexone in post-COVID fatigue and depression"
    abstract = ABSTRACT.format(drug="sertraline")
    assert not facts(title, abstract, TRIAL).depression_population
