"""A placebo offered as the first alternative, the active arms after it counted as "one of
N doses" before their list ("randomised to placebo or one of three doses (1, 2.5 or 4.5 mg
nightly)"), the drug not named in the sentence: the placebo is an arm of its own and the
listed doses are the titled drug's, not the placebo's. Shown by holdout291 32500008 (a
Bayesian adaptive dose-finding protocol whose four doses were lost). Session 29, round 76,
c76b."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone at several doses for major depression"


@pytest.mark.parametrize(
    ("methods", "types", "expected"),
    [
        (
            "Methods: Eligible adults will be allocated to placebo or one of three doses (1, "
            "2.5 or 4.5 mg at bedtime) for twelve weeks.",
            PROTOCOL,
            [1.0, 2.5, 4.5],
        ),
        (
            "Methods: Outpatients were randomly assigned to matching placebo or to one of two "
            "strengths: 2 mg or 4 mg each night.",
            RCT,
            [2.0, 4.0],
        ),
        (
            "Methods: We randomised 90 patients to placebo or one of the three dose levels "
            "(0.5 mg, 2 mg and 4 mg daily) for eight weeks.",
            RCT,
            [0.5, 2.0, 4.0],
        ),
    ],
)
def test_doses_listed_after_placebo_are_the_drugs(
    methods: str, types: tuple[str, ...], expected: list[float]
) -> None:
    abstract = (
        "Background: This is a multicentre trial of an add-on treatment.\n"
        "Adults who had taken a stable dose of an SSRI or an SNRI for six weeks were eligible.\n"
        f"{methods}\nResults: Depression scores fell in every arm."
    )
    assert facts(TITLE, abstract, types).ldn_doses_mg == expected


def test_parent_trials_assignment_stays_out() -> None:
    """Near miss: the arms people were assigned to in an earlier trial are not this study's
    doses; only the dose they switched to is."""
    abstract = (
        "Methods: Participants previously assigned to placebo or one of two doses (1 or 2 mg) "
        "in the parent trial were switched to 4.5 mg nightly for the open extension.\n"
        "Results: Depression scores fell further."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [4.5]


def test_another_drugs_doses_stay_its_own() -> None:
    """Near miss: doses of a look-alike named after the list stay that drug's."""
    abstract = (
        "Methods: Adults with depression were randomised to placebo or one of two doses of "
        "nalmefene (10 or 20 mg) for eight weeks.\nResults: Scores fell in every arm."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == []
