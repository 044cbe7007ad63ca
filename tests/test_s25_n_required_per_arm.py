"""A protocol's sample-size calculation that names the size it requires per arm, told
without "N% power" ("assuming a 3-point difference ..., 40 patients per arm are required"):
the sentence is the plan's own, not a call for further work, and the plan is the per-arm
count times the arms. Shown by holdout249 27800003 (n read as none). Session 25, round 69,
c69c."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone added to SSRIs in major depression: protocol of a randomised trial"
METHODS = (
    "Methods: Adults with major depression on an SSRI will be randomised 1:1 to naltrexone "
    "4.5 mg or placebo at night for 10 weeks. {calc}"
)


@pytest.mark.parametrize(
    ("calc", "n"),
    [
        (
            "Assuming a 3-point MADRS difference (SD 6) and a two-sided alpha of 0.05 with a "
            "power of 90 %, 40 patients per arm are required.",
            80,
        ),
        (
            "To detect an effect size of 0.6 with a power of 80 %, 45 participants in each "
            "group will be needed.",
            90,
        ),
        (
            "Allowing for 15% attrition and assuming a standardised effect of 0.5, 70 adults "
            "per group are necessary.",
            140,
        ),
    ],
)
def test_required_per_arm_is_the_plan(calc: str, n: int) -> None:
    assert facts(TITLE, METHODS.format(calc=calc), PROTOCOL).n == n


def test_results_paper_required_per_arm_is_its_plan() -> None:
    """Near miss: a finished trial's required size per arm is its plan; whom it randomised
    is its n."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 4.5 mg "
        "or placebo. Assuming a 3-point MADRS difference with a power of 90 %, 40 patients "
        "per arm were required.\nResults: 66 were randomised; MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 66


def test_further_trials_needed_stay_future_work() -> None:
    """Near miss: larger trials others need, sized per arm, are not the study's sample."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 4.5 mg "
        "or placebo.\nResults: 52 were randomised.\nConclusions: Trials of at least 150 "
        "patients per arm are needed to detect a small difference.",
        RCT,
    )
    assert f.n == 52
