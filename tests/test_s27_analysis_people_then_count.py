"""A derived report that names its analysed people by what they had and counts them after
a colon ("This analysis includes the participants with a valid baseline sample: 70 of the
88 randomised") has that count as its own n, not a share of them cut later by a threshold
("25 participants (36%) had values of 3 pg/mL or more"). Shown by preprints65 PPR3300024
(a prespecified CRP moderator analysis of an RCT read as n 29, the high-CRP share, instead
of its 81 analysed). Session 27, round 73, c73a."""

import pytest
from written import JOURNAL, facts

TITLE = (
    "Baseline interleukin-6 and response to low-dose naltrexone in depression: a secondary "
    "analysis of a randomised trial"
)


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Method: The trial randomised outpatients with major depression on an SSRI to "
            "naltrexone 4.5 mg or placebo. This analysis includes the participants with a "
            "valid baseline sample: 70 of the 88 randomised (35 LDN, 35 placebo).\n"
            "Results: Median IL-6 was 2.1 pg/mL, and 25 participants (36%) had values of "
            "3 pg/mL or more.",
            70,
        ),
        (
            "Method: The parent trial randomised adults with major depression taking an SNRI "
            "to naltrexone 4.5 mg or placebo. Our analysis was restricted to those with "
            "complete actigraphy: 52 of the 75 randomised.\n"
            "Results: 20 participants (38%) had sleep efficiency below 85%.",
            52,
        ),
        (
            "Method: A trial randomised adults with major depression on an SSRI to naltrexone "
            "3 mg or placebo. The analysis comprised all who had a week-12 rating: 64 of 80 "
            "randomised.\nResults: Of these, 22 (34%) had scores of 10 or more.",
            64,
        ),
    ],
)
def test_people_picked_then_counted_after_colon_are_n(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, JOURNAL).n == n


def test_near_miss_counted_before_what_they_had_keeps_today() -> None:
    abstract = (
        "Method: The trial randomised outpatients with major depression on an SSRI to "
        "naltrexone 4.5 mg or placebo. This analysis includes the 61 participants with a "
        "stored baseline sample.\nResults: High IL-6 predicted a larger benefit."
    )
    assert facts(TITLE, abstract, JOURNAL).n == 61
