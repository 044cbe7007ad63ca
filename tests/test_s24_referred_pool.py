"""People said to have been referred to a study ("Ninety-seven women were referred") are the
pool it drew from, not whom it enrolled: n is whom it took in or, failing that, whom it
followed to the end. Shown by holdout230 25700007 (44 completers read as n 97).
Session 24, round 65, c65a; c65b wrote the second set of probes for the same record."""

import pytest
from written import TRIAL, facts

REST = (
    "Methods: {referred} Adults with major depression who were not taking antidepressants "
    "received naltrexone 1.5 mg at night.\n"
    "Results: Thirty-six participants completed the 8-week study. Mean MADRS fell by 9 points."
)


@pytest.mark.parametrize(
    "referred",
    [
        "Eighty-one patients were referred.",
        "In total, 120 outpatients had been referred by their general practitioners.",
        "Over two years, 75 mothers were referred from perinatal services.",
    ],
)
def test_referred_people_are_the_pool(referred: str) -> None:
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        REST.format(referred=referred),
        TRIAL,
    )
    assert f.n == 36


def test_referred_people_who_were_enrolled_count() -> None:
    """Near miss: the referred as the subject of an enrolment verb are the sample."""
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        "Methods: Forty-two patients referred by their doctors were enrolled and received "
        "naltrexone 1.5 mg at night.\n"
        "Results: Thirty-six participants completed the 8-week study.",
        TRIAL,
    )
    assert f.n == 42


@pytest.mark.parametrize(
    ("pool", "n"),
    [
        ("Eighty-three adults were referred by their GPs.", 30),
        ("A total of 112 patients were referred to the clinic.", 30),
        ("Sixty-eight outpatients were referred.", 30),
    ],
)
def test_referrals_told_otherwise_are_a_pool(pool: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        f"Methods: {pool} Adults with major depression not taking antidepressants received "
        "naltrexone 1.5 mg at bedtime for 8 weeks.\nResults: Thirty participants completed the "
        "study. Mean MADRS fell by 9 points.",
        TRIAL,
    )
    assert f.n == n


def test_referred_then_enrolled_keeps_the_enrolled() -> None:
    """Near miss: people enrolled after referral are the sample."""
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        "Methods: Sixty-two adults with major depression referred by psychiatrists were "
        "enrolled and received naltrexone 1.5 mg at bedtime.\nResults: Fifty completed.",
        TRIAL,
    )
    assert f.n == 62
