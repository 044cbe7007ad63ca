"""An exclusion told as a second verb after another ("women with a current depressive
episode were referred for care and not enrolled", "were sent to their doctor but not
randomised"): those people were kept out, so the sentence selects nobody for depression.
Shown by holdout252 28500014 (an insomnia trial read as a depression population, closing
larger-trials). Session 26, round 70, c70b."""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone for sleep and mood after stroke: a randomized trial"


@pytest.mark.parametrize(
    "kept_out",
    [
        "Adults with a current major depressive episode were referred to psychiatry and not "
        "enrolled.",
        "Those meeting criteria for major depressive disorder were offered usual care but not "
        "randomized.",
        "Participants with a major depressive episode at screening were given treatment advice "
        "and not included.",
    ],
)
def test_exclusion_after_another_verb_selects_nobody(kept_out: str) -> None:
    abstract = (
        "Methods: Adults with insomnia six months after a stroke were randomized to "
        f"naltrexone 3 mg at bedtime or placebo for 12 weeks. {kept_out} Outcomes were the "
        "ISI and the PHQ-9.\n"
        "Results: Eighty adults were randomized. PHQ-9 fell more with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).depression_population is False
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)


def test_people_referred_and_enrolled_are_selected() -> None:
    """Near miss: people referred and then enrolled were taken in."""
    abstract = (
        "Methods: Adults with a current major depressive episode were referred by their "
        "doctors and enrolled; they were randomized to naltrexone 3 mg or placebo.\n"
        "Results: Eighty adults were randomized. MADRS fell more with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).depression_population is True
