"""People counted as the users of a co-medication they already took are a part of the
sample told by what else they take, not whom the study took in. Real abstracts say it as
"15 participants were taking bupropion, and 9 took trazodone", "22 patients were on
sertraline and 10 on escitalopram", "Eighteen participants were receiving an SSRI at
entry", "twelve patients used an SNRI concurrently", "30 women were prescribed
mirtazapine", "11 participants were already taking duloxetine": the count sits before a
taking verb whose object is a drug or class of the lexicon, and the clause takes nobody in.
Where the sentence then takes them in ("64 adults taking sertraline were randomised") or
counts everyone ("all 40 participants were on an SSRI"), the count may be the sample.
Shown by preprints84 PPR1300010 (an open-label study whose 27 who started LDN lost to the
15 taking bupropion). Session 35, round 91, c91b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Adults with major depressive disorder and chronic back pain received "
            "naltrexone 3 mg at night for 10 weeks. Usual antidepressants went on: 14 "
            "participants were taking sertraline and 6 took bupropion.\n"
            "Results: Thirty-one participants started naltrexone and 26 completed; the "
            "PHQ-9 fell by 5 points.",
            31,
        ),
        (
            "Methods: Outpatients with depression were given naltrexone 4.5 mg nightly in an "
            "open-label study. Eighteen participants were receiving an SSRI at entry.\n"
            "Results: Twenty-nine participants began treatment; MADRS fell from 26 to 17.",
            29,
        ),
        (
            "Methods: In this single-arm pilot, adults with treatment-resistant depression "
            "added naltrexone 2 mg daily for 8 weeks. Concurrent treatment went on: 17 "
            "participants were already using duloxetine and 9 patients were prescribed "
            "venlafaxine.\n"
            "Results: Twelve patients started the drug and 10 finished; response was 40%.",
            12,
        ),
    ],
)
def test_comedication_users_are_not_the_sample(abstract: str, n: int) -> None:
    f = facts("Low-dose naltrexone for depression: an open-label study", abstract, TRIAL)
    assert f.on_topic
    assert f.n == n


def test_users_who_are_then_taken_in_stay_the_sample() -> None:
    # near miss: the clause takes the users in; they are the sample
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: an open-label study",
        "Methods: 42 adults with major depression who were taking sertraline were enrolled "
        "and given naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS fell by 9 points.",
        TRIAL,
    )
    assert f.n == 42


def test_frame_of_the_users_stays_the_sample() -> None:
    # near miss: "41 of the 58 randomised were taking an SSRI": 58 is the frame, the sample
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or placebo; 41 of the 58 randomised participants were taking an SSRI.\n"
        "Results: Response was 45% vs 28%.",
        ("Randomized Controlled Trial",),
    )
    assert f.n == 58
