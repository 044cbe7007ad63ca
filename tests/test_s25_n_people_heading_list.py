"""A list of the arms' sizes under a heading of people, after a dash ("Patients (n) -
naltrexone 2 mg/day: 30; placebo: 31"): n is the arms' sum. Shown by holdout242 27000034
(n None for 78). Session 25, round 68, c68b."""

import pytest
from written import RCT, facts

TITLE = "Naltrexone 2 mg versus 4 mg daily in depression: a randomised trial"
METHODS = (
    "Methods: Adults with major depressive disorder were randomised to one of three arms "
    "for 10 weeks. {heading} Primary outcome: HAM-D change at week 10."
)


@pytest.mark.parametrize(
    ("heading", "n"),
    [
        ("Participants (N) - naltrexone 2 mg/day: 30; naltrexone 4 mg/day: 29; placebo: 31.", 90),
        ("Patients (n) – LDN 2 mg: 22; LDN 4 mg: 21; placebo: 20.", 63),
        ("Number of patients - naltrexone 4 mg daily: 41; placebo: 40.", 81),
    ],
)
def test_people_heading_list(heading: str, n: int) -> None:
    assert facts(TITLE, METHODS.format(heading=heading), RCT).n == n


def test_heading_of_events_is_not_the_arms() -> None:
    # near miss: a heading of what became of them, with the size stated elsewhere
    abstract = (
        "Methods: 60 adults with major depressive disorder were randomised to naltrexone "
        "4 mg/day or placebo for 10 weeks. Headache - naltrexone 4 mg/day: 9; placebo: 4. "
        "Primary outcome: HAM-D change at week 10."
    )
    assert facts(TITLE, abstract, RCT).n == 60
