"""A protocol with an open lead-in that names whom it will randomise by a relative clause
after the count ("enrol about 260 patients to obtain 120 responders (...), who will be
randomised"): its planned n is the randomised count (CONTRACT.md: randomised for an RCT),
not the lead-in's enrolment. Shown by holdout126 13900022 (n 260 for 120).
Session 24, round 66, c66a."""

import pytest
from written import PROTOCOL, facts

TITLE = "Stopping or continuing low-dose naltrexone after response in depression: trial protocol"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "We plan to enrol 180 adults in an open phase of naltrexone 3 mg to reach 90 "
            "remitters, who will be randomised to continue or to taper to placebo.",
            90,
        ),
        (
            "About 300 outpatients will start open-label LDN 4.5 mg; we anticipate 140 "
            "responders (MADRS fall of 50% or more), who will then be randomly assigned to "
            "4.5 mg or 1.5 mg.",
            140,
        ),
        (
            "The trial will recruit 220 patients into a 6-week open run-in to yield 100 "
            "responders that will be randomised 1:1 to naltrexone 2 mg or placebo.",
            100,
        ),
    ],
)
def test_protocol_n_is_whom_it_randomises(methods: str, n: int) -> None:
    f = facts(TITLE, f"Methods and analysis: {methods}", PROTOCOL)
    assert f.n == n


def test_protocol_without_lead_in_keeps_its_enrolment() -> None:
    """Near miss: a protocol that randomises everyone it enrols keeps that count."""
    f = facts(
        TITLE,
        "Methods and analysis: We plan to enrol 180 adults with major depression, who will be "
        "randomised 1:1 to naltrexone 3 mg or placebo for 8 weeks.",
        PROTOCOL,
    )
    assert f.n == 180
