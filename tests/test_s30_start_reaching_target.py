"""A start and the level it went on to reach, told after the kept dose ("...naltrexone
4.5 mg nightly. Those who had been on placebo started at 1.5 mg and reached 4.5 mg by day
10"): "reached" is the start's own raise, so the start is a titration's step and only the
target counts (CONTRACT.md). Shown by holdout315 35400022, an open-label extension read as
[1.5, 4.5]. Session 30, round 79, c79b."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to SSRIs in major depression: open-label extension"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: All completers were offered open-label naltrexone 4.5 mg at bedtime "
            "for six months. Participants previously on placebo started at 1.5 mg and "
            "reached 4.5 mg within ten days.",
            4.5,
        ),
        (
            "Methods: Everyone received naltrexone 4 mg each evening. People formerly on "
            "sertraline alone started at 2 mg nightly, and then reached 4 mg in week 2.",
            4.0,
        ),
        (
            "Methods: Adults took naltrexone 3 mg nightly with their antidepressant. Those "
            "who had been on placebo began at 1 mg at night and reached 3 mg after a "
            "fortnight.",
            3.0,
        ),
    ],
)
def test_start_reaching_target_is_a_step(methods: str, expected: float) -> None:
    abstract = f"{methods}\nResults: Fifty people took part.\nConclusions: It was tolerated."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [expected]


def test_some_reaching_keeps_the_start() -> None:
    """Near miss: only non-responders reaching a higher level leaves the start a dose
    others stayed on."""
    abstract = (
        "Methods: Adults added naltrexone to their antidepressant. Everyone started at 1.5 mg "
        "nightly and non-responders reached 4.5 mg by week 6.\nResults: Forty took part.\n"
        "Conclusions: Tolerated."
    )
    assert 1.5 in facts(TITLE, abstract, TRIAL).ldn_doses_mg
