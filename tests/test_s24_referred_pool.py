"""People referred to a study are its pool, like those screened, never its n: "Ninety-seven
women were referred." before a single-arm trial that states only its completers. Shown by
holdout230 25700007 (a false larger-trials verdict from the referrals). Session 24, round 65,
c65b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("pool", "n"),
    [
        ("Eighty-three adults were referred by their GPs.", 30),
        ("A total of 112 patients were referred to the clinic.", 30),
        ("Sixty-eight outpatients were referred.", 30),
    ],
)
def test_referrals_are_a_pool(pool: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        f"Methods: {pool} Adults with major depression not taking antidepressants received "
        "naltrexone 1.5 mg at bedtime for 8 weeks.\nResults: Thirty participants completed the "
        "study. Mean MADRS fell by 9 points.",
        TRIAL,
    )
    assert f.n == n


def test_referred_and_enrolled_keeps_the_enrolled() -> None:
    """Near miss: people enrolled after referral are the sample."""
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        "Methods: Sixty-two adults with major depression referred by psychiatrists were "
        "enrolled and received naltrexone 1.5 mg at bedtime.\nResults: Fifty completed.",
        TRIAL,
    )
    assert f.n == 62
