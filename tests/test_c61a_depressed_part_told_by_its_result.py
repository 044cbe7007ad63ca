"""The kind: in a trial that took in people for another condition (long COVID), the people
with depression named with a count of their own and a result said of them ("in the 54
participants with baseline PHQ-9 >= 10 the effect was larger") are a subgroup of the sample,
not whom the study selected: not a depression population, wherever the sentence stands
(opening text, results, conclusions; unlabelled or labelled; a preprint). Round 61, c61a;
the record that showed it: holdout218 24400018 (false larger-trials "addressed")."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps, judge_preprint, preprint

TITLE = "Low-dose naltrexone in post-COVID-19 condition: a randomised placebo-controlled trial"
OPEN = (
    "Adults with post-COVID-19 condition for at least 6 months were randomised to LDN 4.5 "
    "mg/day or placebo for 16 weeks. A total of 160 participants were randomised. "
)

SUBGROUPS = [
    # the record's wording
    (
        TITLE + " with depressive symptoms as a key secondary outcome",
        OPEN + "PHQ-9 improved by 1.7 points more with LDN. In the 54 participants with "
        "baseline PHQ-9 >= 10 the effect was larger.",
    ),
    (
        TITLE,
        OPEN + "Participants with baseline PHQ-9 of 10 or more (54 of 160) showed a larger "
        "improvement.",
    ),
    (
        TITLE,
        OPEN + "For the 54 participants with clinically significant depression (PHQ-9 >= 10), "
        "the difference was greater.",
    ),
    (
        TITLE,
        "Methods: " + OPEN + "\nResults: PHQ-9 improved by 1.7 points. In the 54 participants "
        "with baseline PHQ-9 >= 10 the effect was larger.",
    ),
    (
        TITLE,
        "Methods: " + OPEN + "\nResults: PHQ-9 improved by 1.7 points.\nConclusions: Benefit "
        "was greater in the 54 participants with major depression at baseline.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), SUBGROUPS)
def test_a_depressed_part_is_no_depression_population(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_in_a_preprint() -> None:
    f, found = judge_preprint(preprint(*SUBGROUPS[0]))
    assert f.depression_population is False and found == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a depression trial's own more severe part: still depressed people
        (
            "Low-dose naltrexone for major depressive disorder: a randomised trial",
            "Adults with major depressive disorder were randomised to LDN 4.5 mg/day or "
            "placebo; 160 were randomised. In the 54 participants with baseline MADRS >= 30 "
            "the effect was larger.",
        ),
        # long COVID with a depression threshold to get in: selected for depression too
        (
            TITLE,
            "Adults with post-COVID-19 condition and a PHQ-9 of 10 or more were randomised "
            "to LDN 4.5 mg/day or placebo; 160 were randomised. In the 54 participants with "
            "baseline PHQ-9 >= 15 the effect was larger.",
        ),
    ],
)
def test_selected_for_depression_stays(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is True
