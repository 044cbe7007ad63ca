"""An open-label extension whose opening names its parent trial by its acronym and tells
what that trial compared ("NAL-DR compared three naltrexone doses ... We report its
extension") does not compare doses itself: the parent's comparison is the parent's, and
the extension's one flexible range is one regimen. Shown by holdout226 25300017.
Session 24, round 65, c65a."""

import pytest
from written import TRIAL, facts

ABSTRACT = (
    "Objective: {parent} We report its open-label extension.\n"
    "Methods: Completers of the double-blind phase could continue for 24 weeks on naltrexone "
    "flexibly dosed between 1.5 mg and 4.5 mg at night at the clinician's discretion, while "
    "continuing bupropion.\n"
    "Results: Thirty-eight of 50 completers entered. Mean MADRS fell from 23 to 16."
)


@pytest.mark.parametrize(
    "parent",
    [
        "NAL-DR compared three naltrexone doses in resistant depression over 10 weeks.",
        "LOWDOSE-2 randomised 90 adults to two naltrexone doses or placebo for 8 weeks.",
        "The REDOSE trial compared naltrexone doses in bipolar depression.",
    ],
)
def test_parent_named_by_acronym_compares_for_itself(parent: str) -> None:
    f = facts(
        "Low-dose naltrexone with bupropion: a 24-week open-label extension of a randomised trial",
        ABSTRACT.format(parent=parent),
        TRIAL,
    )
    assert f.compares_doses is False
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_own_randomised_comparison_still_compares() -> None:
    """Near miss: a trial whose own acronym opens the sentence of its own comparison."""
    f = facts(
        "NAL-DR: a randomised comparison of naltrexone doses in resistant depression",
        "Methods: NAL-DR randomised 90 adults taking bupropion to naltrexone 1.5 mg or 4.5 mg "
        "nightly for 10 weeks.\nResults: Response was higher with 4.5 mg.",
        ("Randomized Controlled Trial",),
    )
    assert f.compares_doses is True
