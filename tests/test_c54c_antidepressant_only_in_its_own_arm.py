"""An antidepressant given only to an arm of its own is not taken with LDN, however the
arm is told.

Kind: the comparator told as what an arm received "without" the watched drug ("the
comparator arm received escitalopram 10 mg without naltrexone"), as "the venlafaxine-only
arm", as "one group took naltrexone ... and the other sertraline", or only by an outcome
told per arm ("45% with naltrexone 4.5 mg and 40% with sertraline 50 mg") is a
comparator, not a co-medication (a false "serotonergic-combination" verdict). "without"
is no "with", and "with or without naltrexone" still gives the drug to both arms. Round 54,
c54c: relocation probes for the kind "an antidepressant only in a comparator arm (LDN vs
sertraline)" (no bench record), in every place an article or a registration carries it.
"""

from __future__ import annotations

import pytest
from relocation import ART_PLACES, REG_PLACES, art_abstract, reg_base, registration
from written import RCT, facts, judge_registration

TITLE = "Low-dose naltrexone in major depressive disorder: a randomized trial"
METHODS = (
    "Forty adults with major depressive disorder were randomized to one of two treatments "
    "for 8 weeks."
)
RESULTS = "MADRS scores fell in both groups."

OWN_ARM = [
    "One group took naltrexone 4.5 mg daily and the other sertraline 50 mg daily.",
    "The comparator arm received escitalopram 10 mg without naltrexone.",
    "Naltrexone 4.5 mg daily was compared with venlafaxine 75 mg daily.",
    "Response rates were 45% with naltrexone 4.5 mg and 40% with sertraline 50 mg.",
    "Patients were allocated to naltrexone 4.5 mg or to escitalopram 10 mg.",
    "A third arm received sertraline 50 mg daily without naltrexone.",
    "Outcomes of the venlafaxine-only arm were similar to those of the naltrexone arm.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", OWN_ARM)
def test_article_comparator_is_not_taken(sentence: str, place: str) -> None:
    f = facts(TITLE, art_abstract(METHODS, RESULTS, sentence, place), RCT)
    assert f.concomitant_classes == []


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", OWN_ARM)
def test_registration_comparator_is_not_taken(sentence: str, place: str) -> None:
    base = reg_base(
        enrolled=40, arm_label="Naltrexone", arm_desc="Naltrexone 4.5 mg nightly.", placebo=False
    )
    f, gaps = judge_registration(registration(base, sentence, place))
    assert f.concomitant_classes == []
    assert gaps["serotonergic-combination"] == "no"


@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone versus sertraline in major depressive disorder: a randomized trial",
        "Naltrexone 4.5 mg or escitalopram 10 mg for major depression: a randomized comparison",
        "Low-dose naltrexone compared with venlafaxine for depression",
    ],
)
def test_comparator_in_the_title(title: str) -> None:
    methods = (
        "Forty adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "daily or the comparator for 8 weeks."
    )
    f = facts(title, art_abstract(methods, RESULTS, "", "Methods"), RCT)
    assert f.concomitant_classes == []


TAKEN = [
    "Patients on sertraline were randomized to naltrexone 4.5 mg or placebo, each added to "
    "sertraline.",
    "Patients on sertraline were randomized to continue it with or without naltrexone 4.5 mg.",
    "Response was 45% with naltrexone plus sertraline and 20% with placebo plus sertraline.",
    "One group took naltrexone plus sertraline and the other placebo plus sertraline.",
    "All participants stayed on sertraline; one group took naltrexone 4.5 mg and the other "
    "placebo.",
    "Response was 45% with naltrexone added to escitalopram and 20% with placebo added to "
    "escitalopram.",
]


@pytest.mark.parametrize("place", ["unlabelled", "Methods", "Results"])
@pytest.mark.parametrize("sentence", TAKEN)
def test_drug_in_every_arm_is_kept(sentence: str, place: str) -> None:
    f = facts(TITLE, art_abstract(METHODS, RESULTS, sentence, place), RCT)
    assert "serotonergic" in f.concomitant_classes
