"""Kind: a single-group treatment study named only as "an open pilot" (the noun "pilot"
alone, no "study" or "trial" after it) is a non-randomised trial, not "other".

Round 43, c43c. Shown by preprints40 PPR5900010 ("Low-dose naltrexone added to
escitalopram for early non-improvement in major depression: an open pilot").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone added to escitalopram for early non-improvement in major "
    "depression: an open pilot",
    "Early non-improvement on an SSRI predicts poor outcome. Thirty-eight outpatients with "
    "major depressive disorder showing < 20% HAM-D improvement after two weeks of "
    "escitalopram 10–20 mg received add-on naltrexone 1.5 mg nightly; at week 4 the dose "
    "was raised to 4.5 mg in those who had not responded (n = 21). By week 8, 16 of 38 (42%) "
    "had responded.",
)


def test_the_record_is_a_nonrandomised_trial() -> None:
    f = facts(*RECORD)
    assert (f.design, f.n) == ("nonrandomized_trial", 38)
    assert gaps(*RECORD) == {"serotonergic-combination": "addressed"}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone with sertraline in treatment-resistant depression: an open pilot",
            "Twenty adults with major depressive disorder on sertraline received naltrexone "
            "4.5 mg nightly for 8 weeks. MADRS fell by 9 points.",
        ),
        (
            "Naltrexone 2 mg at night in bipolar depression: open prospective pilot",
            "Sixteen patients in a major depressive episode of bipolar disorder took "
            "naltrexone 2 mg at night for six weeks alongside lithium.",
        ),
        (
            "Adjunctive low-dose naltrexone for depressed outpatients",
            "In an open pilot, 22 outpatients with MDD on duloxetine received naltrexone "
            "3 mg daily for 8 weeks.",
        ),
    ],
)
def test_open_pilots_are_nonrandomised_trials(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "nonrandomized_trial"


# near misses: an open pilot cited in the background of a randomised trial or a review
def test_a_cited_open_pilot_leaves_the_rct_and_the_review() -> None:
    rct = (
        "Low-dose naltrexone for depression: a randomised placebo-controlled trial",
        "Background: An open pilot suggested benefit. Methods: 60 patients with MDD were "
        "randomised to naltrexone 4.5 mg or placebo.",
    )
    assert facts(*rct).design == "rct"
    assert facts(*rct, types=RCT).design == "rct"
    review = facts(
        "Low-dose naltrexone in depression: a review",
        "We reviewed an open pilot and two case reports of naltrexone 4.5 mg in depression.",
    )
    assert review.design == "review"
