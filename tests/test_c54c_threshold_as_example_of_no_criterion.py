"""A depression-severity threshold given as the example of a criterion the study did not
have selects nobody.

Kind: "There was no depression severity criterion (e.g., HAM-D >= 17) for inclusion" names
a threshold only to say there was none: the people (here selected for fibromyalgia) are not
a depression population, and no gap may be met (a false "larger-trials addressed" at n 80).
Round 54, c54c: relocation probes for c51a's kind "a depression-severity threshold the study
says it did not require" (waived severity threshold), in every place a record carries it.
"""

from __future__ import annotations

import pytest
from relocation import ART_PLACES, REG_PLACES, art_abstract, reg_base, registration
from written import RCT, facts, judge_registration

TITLE = "Low-dose naltrexone for fibromyalgia: a randomized placebo-controlled trial"
METHODS = (
    "Eighty adults with fibromyalgia were randomized to naltrexone 4.5 mg daily or placebo "
    "for 12 weeks; pain and depressive symptoms (BDI-II) were measured."
)
RESULTS = "Pain and BDI-II scores improved more with naltrexone than with placebo."

NOT_REQUIRED = [
    "There was no depression severity criterion (e.g., HAM-D >= 17) for inclusion.",
    "Entry had no minimum symptom threshold (such as a PHQ-9 score of 10 or more).",
    "No minimum HAM-D score was required for entry.",
    "A HAM-D score of 18 or more was not required.",
    "Participants did not need to meet any depression-severity cutoff (such as PHQ-9 >= 10).",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", NOT_REQUIRED)
def test_article_selects_nobody(sentence: str, place: str) -> None:
    f = facts(TITLE, art_abstract(METHODS, RESULTS, sentence, place), RCT)
    assert not f.depression_population


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", NOT_REQUIRED)
def test_registration_selects_nobody(sentence: str, place: str) -> None:
    base = reg_base(
        enrolled=80,
        arm_label="Naltrexone",
        arm_desc="Naltrexone 4.5 mg nightly.",
        conditions=("Fibromyalgia",),
        summary="This randomized trial tests low-dose naltrexone against placebo in adults "
        "with fibromyalgia; depressive symptoms are a secondary outcome.",
        criteria="Inclusion Criteria:\n\n* Adults with fibromyalgia (ACR 2016)\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
    )
    f, gaps = judge_registration(registration(base, sentence, place))
    assert not f.depression_population
    assert set(gaps.values()) == {"no"}


def test_threshold_required_still_selects() -> None:
    methods = (
        "Eighty adults with major depressive disorder (HAM-D >= 17 required) were randomized "
        "to naltrexone 4.5 mg daily or placebo for 12 weeks."
    )
    f = facts(TITLE, art_abstract(methods, RESULTS, "", "Methods"), RCT)
    assert f.depression_population
