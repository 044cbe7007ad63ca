"""Kind: a design named as another study's, not the study's own: a randomised trial the
study hopes to lead to ("we hope this encourages a randomised trial"), one it is set
against ("unlike randomised trials, this study ...", "unlike the open-label pilot, this
trial ..."), or an earlier one whose design is told as a list ("a previous double-blind,
placebo-controlled study randomly assigned 30 patients"). An open-label study is a
non-randomised trial whatever trials it names so, and a randomised one stays randomised.

Round 57, c57d. No record: design probes (a single-arm study of 60 was read as a
randomised trial from each of these sentences, in any section).
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Low-dose naltrexone as adjunct in major depressive disorder"
OTHERS = [
    "We hope this encourages a randomised trial.",
    "These findings should prompt larger placebo-controlled studies.",
    "Unlike randomised trials, this study included patients with comorbidity.",
    "In contrast to double-blind trials, participants knew what they took.",
    "A previous double-blind, placebo-controlled study randomly assigned 30 patients.",
    "Earlier randomised, crossover trials randomly allocated small samples.",
]


def _placed(other: str) -> list[tuple[str, str]]:
    """The sentence in an unlabelled abstract, the background, the conclusions, and
    after a study told by its course alone."""
    return [
        (
            TITLE,
            "Sixty adults with major depressive disorder on citalopram received open-label "
            f"naltrexone 4.5 mg nightly for 8 weeks in a single-arm study. {other} MADRS fell "
            "by 9 points (p < 0.001).",
        ),
        (
            TITLE,
            f"Background: {other}\nMethods: Sixty adults with major depressive disorder on "
            "citalopram received naltrexone 4.5 mg nightly for 8 weeks in an open-label "
            "study.\nResults: MADRS fell by 9 points (p < 0.001).",
        ),
        (
            TITLE,
            "Methods: Sixty adults with major depressive disorder on citalopram received "
            "naltrexone 4.5 mg nightly for 8 weeks in an open-label pilot.\nResults: MADRS "
            f"fell by 9 points (p < 0.001).\nConclusions: LDN was tolerated. {other}",
        ),
        (
            TITLE,
            "Methods: Sixty adults with major depressive disorder on citalopram were given "
            "naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS fell by 9 points "
            f"(p < 0.001).\nConclusions: LDN added to citalopram was tolerated. {other}",
        ),
    ]


@pytest.mark.parametrize(("title", "abstract"), [p for other in OTHERS for p in _placed(other)])
def test_another_studys_design_leaves_an_open_study_nonrandomised(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract).design == "nonrandomized_trial"


@pytest.mark.parametrize(
    "abstract",
    [
        # a randomised trial set against the open pilot before it
        "Background: Uncontrolled reports suggested benefit.\nMethods: Sixty adults with "
        "major depressive disorder on sertraline were randomly assigned to naltrexone 4.5 mg "
        "or placebo.\nResults: MADRS fell more with LDN (p = 0.01).\nConclusions: Unlike the "
        "open-label pilot, this trial was controlled.",
        "Unlike earlier single-arm pilots, sixty adults with major depressive disorder on "
        "sertraline were randomly assigned to naltrexone 4.5 mg or placebo. MADRS fell more "
        "with LDN (p = 0.01).",
    ],
)
def test_a_randomised_trial_contrasted_with_an_open_one_stays_randomised(abstract: str) -> None:
    assert facts(TITLE, abstract).design == "rct"


# near misses: the study's own design said next to the same words stays its own
@pytest.mark.parametrize(
    ("abstract", "design"),
    [
        (
            "An open-label pilot motivated the present randomised trial. Sixty adults with "
            "major depressive disorder on sertraline were randomly assigned to naltrexone "
            "4.5 mg or placebo. MADRS fell more with LDN (p = 0.01).",
            "rct",
        ),
        (
            "Sixty adults with major depressive disorder on sertraline were randomly assigned "
            "to naltrexone 4.5 mg or placebo. Unlike placebo, LDN improved the trial's primary "
            "outcome (p = 0.01).",
            "rct",
        ),
        (
            "Rather than a placebo-controlled trial, we ran a single-arm study: sixty adults "
            "with major depressive disorder on sertraline received naltrexone 4.5 mg for 8 "
            "weeks. MADRS fell by 9 points (p < 0.001).",
            "nonrandomized_trial",
        ),
    ],
)
def test_own_design_beside_the_words_stays(abstract: str, design: str) -> None:
    assert facts(TITLE, abstract).design == design
