"""An extension's own sample told as the people who started (began, commenced) it, at the
end of a cascade from the parent trial ("Of 80 randomised, 70 completed and 58 began the
open-label phase"): n is those who started it, not its completers. Shown by holdout260
29000015 (an open-label extension, "67 started the extension", read as its 48
completers). Session 26, round 71, c71b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Completers of the 8-week randomised phase could continue open-label "
            "naltrexone 3 mg nightly with their SSRI for 24 weeks. Of 90 randomised, 81 "
            "completed the parent trial and 59 began the extension.\n"
            "Results: Thirty-eight participants completed 24 weeks; MADRS scores stayed low.",
            59,
        ),
        (
            "Methods: After the double-blind phase, participants on sertraline were offered "
            "LDN 4.5 mg for a further 6 months. Seventy-four had finished the blinded phase; "
            "sixty-two commenced the open-label continuation.\n"
            "Results: Forty-one completed 6 months of treatment.",
            62,
        ),
        (
            "Methods: The open-label extension offered naltrexone 1.5 mg nightly to all "
            "completers, with escitalopram continued. Of the 120 randomised, 101 completed "
            "and 83 started the open-label extension (40 from LDN, 43 from placebo).\n"
            "Results: Fifty participants completed a year; two stopped for vivid dreams.",
            83,
        ),
    ],
)
def test_those_who_started_the_extension_are_its_sample(abstract, n) -> None:
    title = "Open-label extension of a trial of low-dose naltrexone added to antidepressants"
    assert facts(title, abstract, TRIAL).n == n


def test_started_treatment_in_a_plain_trial_is_not_an_extension() -> None:
    """Near miss: a plain single-arm trial where people "started naltrexone": its
    enrolled count stays the sample, as today."""
    f = facts(
        "Low-dose naltrexone added to sertraline: an open-label trial",
        "Methods: We enrolled 45 adults with depression on sertraline; 40 started "
        "naltrexone 4.5 mg nightly.\nResults: MADRS fell by 7 points.",
        TRIAL,
    )
    assert f.n == 45
