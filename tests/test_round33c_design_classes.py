"""Round 33 (c33c): design, classes and doses said in ways batch 22 showed (holdout94,
holdout96, holdout97), each with probes of the same kind in other words."""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts

# -- 1. randomisation named only as future work, a recommendation or a negation is not
# this study's design (holdout94 10100036, holdout96 10300012)

OPEN_TITLE = "Low-dose naltrexone added to antidepressants in major depressive disorder"
OPEN_METHODS = (
    "Methods: Thirty adults with major depressive disorder on bupropion took naltrexone 3 mg "
    "nightly for 8 weeks.\nResults: MADRS scores fell from 26 to 15."
)


@pytest.mark.parametrize(
    "closing",
    [
        # a recommendation with the kind of study in between (holdout94)
        "Conclusions: LDN augmentation of bupropion deserves randomized evaluation.",
        # a negation with an article in between (holdout96)
        "Discussion: Response was common, but without a randomised comparison the effect of "
        "the drug cannot be separated from time.",
        # probes: the same kinds in other words
        "Conclusions: Absent a randomized comparator, improvement cannot be attributed to LDN.",
        "Conclusions: In the absence of a randomized control arm, the gains may be regression "
        "to the mean.",
        "Conclusions: Lacking randomisation, the study cannot exclude a placebo response.",
        "Conclusions: These data argue for randomised testing of the combination.",
        "Conclusions: The signal invites controlled, double-blind testing.",
    ],
)
def test_randomisation_only_recommended_or_denied_is_not_the_design(closing: str) -> None:
    abstract = f"{OPEN_METHODS}\n{closing}"
    assert facts(OPEN_TITLE, abstract, TRIAL).design == "nonrandomized_trial"
    # (untyped, nothing calls it a trial: whatever it is, it is not randomised)
    assert facts(OPEN_TITLE, abstract, JOURNAL).design != "rct"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Forty adults with MDD were randomised to naltrexone 3 mg or placebo for 8 "
        "weeks.\nResults: Scores fell more with LDN.\nConclusions: LDN deserves larger "
        "randomized evaluation.",
        "Methods: Forty adults with MDD were allocated at random to naltrexone 3 mg or "
        "placebo.\nResults: Scores did not differ between randomised groups.",
    ],
)
def test_a_real_randomised_trial_stays_one(abstract: str) -> None:
    assert facts(OPEN_TITLE, abstract, TRIAL).design == "rct"
