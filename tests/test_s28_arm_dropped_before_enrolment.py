"""A planned arm of the drug that was removed before anyone was enrolled ("the LDN arm was
dropped by protocol amendment before the first patient was enrolled") gives the drug to
nobody: the trial's own allocation is of the other arms, and its n and co-medication
close no gap (CONTRACT.md: on-topic only if participants receive LDN). Shown by
holdout279 31200036 (an SSRI-versus-placebo trial whose planned LDN arm was never
opened). Session 28, round 74, c74d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Sertraline or placebo for post-stroke depression: a trial whose low-dose "
            "naltrexone arm was dropped",
            "Background: Post-stroke depression is common; a third arm of sertraline with "
            "low-dose naltrexone 3 mg was planned. Methods: Because the drug supply failed, "
            "the low-dose naltrexone arm was dropped by protocol amendment before the first "
            "patient was enrolled. Adults with post-stroke major depression were randomised "
            "to sertraline 50 mg or placebo for 10 weeks. Results: Eighty-two patients were "
            "randomised; MADRS fell more with sertraline.",
        ),
        (
            "Fluoxetine versus placebo in depressed adolescents",
            "Methods: The protocol included fluoxetine plus LDN 4.5 mg, fluoxetine alone and "
            "placebo. The LDN arm was withdrawn before any participant was randomised, on "
            "the advice of the ethics committee. We randomised 120 adolescents with major "
            "depression to fluoxetine 20 mg or placebo. Results: Response was 52% vs 35%.",
        ),
        (
            "Vortioxetine for depression in multiple sclerosis: a randomised trial",
            "Methods: Patients with multiple sclerosis and major depression were randomised "
            "to vortioxetine 10 mg or placebo; the planned LDN (4.5 mg) arm was removed "
            "before enrolment began. Results: Seventy patients took part and HAM-D fell by "
            "8.2 vs 5.0 points.",
        ),
    ],
)
def test_arm_removed_before_enrolment_is_not_given(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic


def test_arm_stopped_after_enrolment_keeps_the_drug() -> None:
    """Near miss: an LDN arm closed early, after people had taken it, was given."""
    f = facts(
        "Escitalopram with or without low-dose naltrexone for depression",
        "Methods: Adults with major depression were randomised to escitalopram plus "
        "low-dose naltrexone 4.5 mg, escitalopram plus placebo, or placebo. The LDN arm "
        "was stopped early after 24 participants had been enrolled, because of slow "
        "supply. Results: Ninety participants were randomised; MADRS fell most with LDN.",
        RCT,
    )
    assert f.on_topic
