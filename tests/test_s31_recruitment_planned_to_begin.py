"""A design paper of a trial that has not started, told in the present tense ("are
randomised to ...") and saying only that its recruitment is planned to begin later
("Recruitment is planned to begin in 2027"): a protocol with its planned size, not a
finished trial. Shown by holdout324 36400032 (an adaptive dose-finding design read as an
RCT of its burn-in 40 with results). Session 31, round 81, c81a."""

import pytest
from written import facts

CASES = [
    (
        "An adaptive trial of low-dose naltrexone added to antidepressants in depression",
        "Methods: Adults with major depressive disorder and a HAM-D of 18 or more are "
        "randomised to placebo or to naltrexone 1 mg, 2 mg or 4 mg nightly for 10 weeks. "
        "The maximum sample is 180 participants.\n"
        "Conclusions: Recruitment is scheduled to start in 2028.",
    ),
    (
        "Design of a dose-ranging study of low-dose naltrexone in treatment-resistant depression",
        "Methods: Outpatients with treatment-resistant depression are allocated at random to "
        "naltrexone 1.5 mg or 4.5 mg daily; 120 participants are required.\n"
        "Conclusions: Enrolment is expected to commence next spring.",
    ),
    (
        "A pragmatic trial of low-dose naltrexone for depressed adults in primary care: design",
        "Methods: Practices randomise adults with major depression to low-dose naltrexone "
        "4.5 mg or usual care; 300 participants are needed for 90% power.\n"
        "Conclusions: Recruitment is due to open in January.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_recruitment_still_ahead_is_a_protocol(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "protocol"
    assert not f.has_results


def test_recruitment_that_began_is_a_trial() -> None:
    # near miss: recruitment began and results are given
    f = facts(
        "Low-dose naltrexone 4.5 mg versus placebo in major depression",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or placebo for 8 weeks; recruitment began in 2024.\n"
        "Results: MADRS fell more with naltrexone (p = 0.03).",
    )
    assert f.design == "rct"
    assert f.has_results
