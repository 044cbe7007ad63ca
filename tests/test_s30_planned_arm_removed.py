"""An arm named with "a planned" and said to be removed ("a planned 1 mg arm was removed by
amendment before recruitment"): nobody was assigned its dose, as with "the 1 mg arm was
dropped" (CONTRACT.md: removed arms are no doses). Shown by holdout313 35200033, read as
[1, 2.5, 4.5]. Session 30, round 79, c79b."""

import pytest
from written import RCT, facts

TITLE = "Dose-response of adjunctive naltrexone in major depression: a randomised trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Adults were randomised to naltrexone 2 mg, naltrexone 4 mg or placebo; a "
        "planned 0.5 mg arm was dropped before enrolment opened.",
        "Methods: Patients were allocated to naltrexone 2 mg or 4 mg nightly. A proposed "
        "1 mg group was removed by amendment.",
        "Methods: Participants received naltrexone 2 mg, 4 mg or placebo at night; an "
        "intended 6 mg dose arm was discontinued before the first visit.",
    ],
)
def test_planned_arm_removed(methods: str) -> None:
    abstract = f"{methods}\nResults: 150 were randomised.\nConclusions: 4 mg worked best."
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [2.0, 4.0]


def test_planned_analysis_removed_keeps_arms() -> None:
    """Near miss: a planned analysis removed, not an arm, leaves every dose."""
    abstract = (
        "Methods: Adults were randomised to naltrexone 1 mg, 2 mg or 4 mg nightly; a planned "
        "interim analysis of the 1 mg group was removed.\nResults: 150 took part.\n"
        "Conclusions: 4 mg worked best."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.0, 2.0, 4.0]
