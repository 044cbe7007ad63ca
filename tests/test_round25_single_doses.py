"""Several single doses each given to every participant on its own occasion, the outcome
read after each: a within-person dose comparison, like a crossover, not a titration
(round 25, holdout76 29100005: "three further scans 2 h after single oral doses of 0.5 mg,
1.5 mg and 4.5 mg naltrexone given in ascending order at least one week apart"; mood
"improved ... after 4.5 mg but not after the lower doses"). A titration (one dose raised
to a target, read at the end) stays out."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

TITLE = "Naltrexone doses and mood in major depression"


@pytest.mark.parametrize(
    "abstract",
    [
        # the record's own wording: ascending order, a week apart
        "Methods: We studied 12 antidepressant-free patients with a current major depressive "
        "episode. Each participant underwent a baseline PET scan and three further scans 2 h "
        "after single oral doses of 0.5 mg, 1.5 mg and 4.5 mg naltrexone given in ascending "
        "order at least one week apart. Mood was rated after each dose.\nResults: Mood "
        "improved after 4.5 mg but not after the lower doses.",
        # the interval said before "single doses"
        "Methods: Twenty patients with major depressive disorder received naltrexone 0.5 mg "
        "and 4.5 mg, two weeks apart, as single doses; MADRS was scored the day after each "
        "dose.\nResults: MADRS fell after 4.5 mg only.",
        # a within-subject design on separate days, without the word "single"
        "Methods: In a within-subject design, 14 outpatients with major depressive disorder "
        "were given naltrexone 1.5 mg and 4.5 mg on separate test days with mood measured 3 h "
        "later.\nResults: Mood rose after 4.5 mg.",
    ],
)
def test_single_doses_on_separate_occasions_are_compared(abstract: str) -> None:
    assert facts(TITLE, abstract, JOURNAL).compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # raised in steps a week apart to a target: a titration
        "Methods: Thirty adults with major depressive disorder started naltrexone 1.5 mg, "
        "increased to 3 mg and then 4.5 mg at steps one week apart; MADRS was rated at week "
        "8.\nResults: MADRS fell by 9 points.",
        "Methods: Thirty adults with major depressive disorder took naltrexone 1.5 mg nightly "
        "for a week, then 4.5 mg nightly for seven weeks.\nResults: MADRS fell by 9 points.",
    ],
)
def test_a_titration_is_not_a_comparison_of_single_doses(abstract: str) -> None:
    assert not facts(TITLE, abstract, JOURNAL).compares_doses
