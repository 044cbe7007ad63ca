"""In a derived report, "all received X with their antidepressant" refers to the drugs its
parent trial gave X with, told as the authors' own earlier report ("We previously reported
a randomised trial of X 4.5 mg versus placebo added to SSRIs or venlafaxine"): X versus
placebo added to a drug puts that drug in every arm (CONTRACT.md: a secondary or
extension analysis takes its parent's people; an SNRI is serotonergic + noradrenergic)
(round 41, c41b; shown by holdout132 14600025, an open-label extension read as
serotonergic only)."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Low-dose naltrexone in major depression: 24-week open-label extension of a randomised trial"
)
METHODS = (
    "Methods: Completers could enter a 24-week open-label extension in which all received "
    "naltrexone 4.5 mg nightly with their antidepressant. Of 58 completers, 41 enrolled."
)


def classes(background: str) -> list[str]:
    abstract = f"Background: {background} Here we report the open-label extension.\n{METHODS}"
    return sorted(facts(TITLE, abstract, TRIAL).concomitant_classes)


@pytest.mark.parametrize(
    ("background", "expected"),
    [
        # the record's wording
        (
            "We previously reported a 12-week randomised trial of naltrexone 4.5 mg versus "
            "placebo added to SSRIs or venlafaxine in major depressive disorder (n = 64).",
            ["noradrenergic", "serotonergic"],
        ),
        # probes: "published", "or placebo as an adjunct to", "our group"
        (
            "We have previously published an 8-week randomised trial of naltrexone 3 mg or "
            "placebo as an adjunct to duloxetine in major depressive disorder.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Our group recently reported a randomised trial of naltrexone 2 mg versus matching "
            "placebo added to escitalopram in major depression.",
            ["serotonergic"],
        ),
    ],
)
def test_their_antidepressant_is_the_parents_drug(background: str, expected: list[str]) -> None:
    assert classes(background) == expected


@pytest.mark.parametrize(
    "background",
    [
        # near misses: someone else's trial, and a drug that was the parent's comparator
        "A previous randomised trial by Smith et al. tested naltrexone 4.5 mg versus placebo "
        "added to venlafaxine in major depression.",
        "We previously reported a randomised trial comparing naltrexone 4.5 mg with "
        "venlafaxine in major depression.",
    ],
)
def test_another_trial_or_a_comparator_gives_no_class(background: str) -> None:
    assert classes(background) == []
