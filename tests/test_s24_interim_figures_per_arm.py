"""An interim or congress report told in an unlabelled abstract gives its own outcome as a
figure per arm, each arm named beside it ("HAM-D fell by 2.0 (placebo), 5.5 (1 mg) and 7.1
(3 mg)"): it reports the trial, not its protocol, even where it says more results are still
to come ("final results are expected"). Shown by holdout226 25300003 (a congress abstract of
the first 48 randomised of a dose-comparison trial, read as a protocol). Session 24, round 65,
c65d."""

import pytest
from written import facts

CONGRESS = ("Journal Article", "Congress")


@pytest.mark.parametrize(
    "abstract",
    [
        "The ALBA trial randomises adults with major depression to naltrexone 1 mg, naltrexone "
        "3 mg or placebo for 6 weeks. Interim data for the first 30 participants: HAM-D fell "
        "by 2.0 (placebo), 5.5 (1 mg) and 7.1 (3 mg). Recruitment continues and final "
        "results are expected in 2027.",
        "Adults with bipolar depression on lithium are randomly allocated to low-dose "
        "naltrexone 4.5 mg or placebo. Among the 40 randomised so far, response was 20% "
        "(placebo) and 45% (4.5 mg) at week 8. Full results are expected next year.",
        "Inpatients with treatment-resistant depression are randomised to naltrexone 2 mg or "
        "sham tablets for 4 weeks. In 26 completers, mean MADRS change was -4.2 (sham) and "
        "-9.0 (2 mg). Complete results are expected in 2026.",
    ],
)
def test_interim_figures_per_arm_report_the_trial(abstract: str) -> None:
    f = facts(
        "Low-dose naltrexone for depression: interim report of a randomised trial",
        abstract,
        CONGRESS,
    )
    assert f.design == "rct"


def test_protocol_power_calculation_stays_a_protocol() -> None:
    """Near miss: a plan's sample-size sentence names figures, but no outcome of its own."""
    f = facts(
        "Low-dose naltrexone for depression: protocol of a randomised trial",
        "Adults with major depression will be randomised to naltrexone 4.5 mg or placebo for "
        "8 weeks. Sixty-four participants (32 per arm) give 80% power to detect a difference "
        "of 4 points on the MADRS. Results are expected in 2027.",
    )
    assert f.design == "protocol"
