"""A protocol that states its planned size and a ceiling it may grow to only if an interim
look says so ("may increase the sample to a maximum of 260"): n is the plan, not the
conditional ceiling. Shown by holdout242 27000032 (n 260 for 180). Session 25, round 68,
c68b."""

import pytest
from written import PROTOCOL, facts

TITLE = "Low-dose naltrexone added to SSRIs in major depression: protocol for a randomised trial"


@pytest.mark.parametrize(
    "ceiling",
    [
        "An interim re-estimation of the sample size may raise enrolment to a maximum of 200.",
        "If the blinded variance is larger than assumed, recruitment could be extended up to a "
        "maximum of 190 participants.",
        "The data monitoring committee might enlarge the trial to a ceiling of 210.",
    ],
)
def test_plan_not_ceiling(ceiling: str) -> None:
    abstract = (
        "Methods and analysis: Adults with major depressive disorder on an SSRI will be "
        "randomised to naltrexone 4.5 mg or placebo for 8 weeks. We plan to randomise 140 "
        f"participants (70 per arm), giving 90% power. {ceiling} Analyses will follow the "
        "intention-to-treat principle."
    )
    assert facts(TITLE, abstract, PROTOCOL).n == 140


def test_cap_alone_is_the_plan() -> None:
    # near miss: an adaptive design that states only its cap keeps it as its size
    abstract = (
        "Methods and analysis: Adults with major depressive disorder will be randomised to "
        "naltrexone 1.5 mg, 3 mg or placebo; allocation probabilities are updated after every "
        "30 participants, up to a maximum of 240."
    )
    assert facts(TITLE, abstract, PROTOCOL).n == 240
