"""Kind: a follow-up of an earlier trial's people that says it contacted or invited them
(in the active voice, with no count of its own: "We contacted the participants of the
pilot ...") and then counts those who took part as a share of the trial's randomised
people ("Ten of the 12 randomised patients agreed to an interview"): n is the share that
took part, not the parent trial's randomised total. In a trial report that asks nobody
again, "N of the M randomised" stays M. Shown by holdout151 16600014 (n 12 for 10).
Session 25, round 67, c67e."""

import pytest
from written import JOURNAL, RCT, facts

TITLE = "Long-term outcomes after a trial of low-dose naltrexone for depression: a follow-up study"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "We invited everyone who had taken part in the 2019 trial of naltrexone 4.5 mg "
            "added to SSRIs. Fourteen of the 20 randomised participants agreed to a telephone "
            "interview two years later.",
            14,
        ),
        (
            "We re-contacted the adults of our earlier randomised trial of naltrexone 2 mg "
            "nightly. 31 of the 48 randomized adults consented to a record review at 18 months.",
            31,
        ),
        (
            "We approached the people enrolled in a pilot of naltrexone 1.5 mg for bipolar "
            "depression. Nine of the 15 enrolled patients took part in the one-year visit.",
            9,
        ),
    ],
)
def test_follow_up_counts_those_who_took_part(text: str, n: int) -> None:
    assert facts(TITLE, text, JOURNAL).n == n


def test_trial_report_keeps_its_randomised_total() -> None:
    text = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or placebo "
        "added to an SSRI for 12 weeks.\n"
        "Results: Eighteen of the 24 randomised patients agreed to an optional blood draw; "
        "MADRS fell more with naltrexone."
    )
    assert facts("Low-dose naltrexone added to SSRIs: a randomised trial", text, RCT).n == 24
