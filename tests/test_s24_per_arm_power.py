"""A protocol whose planned size is given only per arm in its power calculation ("With 35
participants per arm, the trial has 80% power"): the plan is the per-arm count times the arms.
Shown by holdout230 25700039 (a protocol of two naltrexone doses). Session 24, round 65,
c65b."""

import pytest
from written import PROTOCOL, RCT, facts

METHODS = (
    "Methods: Adults with major depression will be randomised double-blind to naltrexone "
    "1 mg or 4.5 mg daily for 8 weeks. {power}"
)


@pytest.mark.parametrize(
    ("power", "n"),
    [
        (
            "With 30 participants per arm, the study has 80% power to detect a 4-point difference.",
            60,
        ),
        ("Forty patients per group give 90% power to detect a difference of 3 MADRS points.", 80),
        ("Assuming an SD of 7, 26 participants in each arm provide 80% power at alpha 0.05.", 52),
    ],
)
def test_protocol_power_per_arm_is_the_plan(power: str, n: int) -> None:
    f = facts(
        "Two doses of low-dose naltrexone in depression: protocol",
        METHODS.format(power=power),
        PROTOCOL,
    )
    assert f.n == n


def test_results_paper_power_per_arm_is_not_its_n() -> None:
    """Near miss: a results paper's power calculation is its plan, not whom it randomised."""
    f = facts(
        "Two doses of low-dose naltrexone in depression",
        "Methods: Adults with major depression were randomised to naltrexone 1 mg or 4.5 mg. "
        "With 30 participants per arm, the study had 80% power.\nResults: 48 were randomised.",
        RCT,
    )
    assert f.n == 48
