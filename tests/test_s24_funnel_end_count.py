"""A count named as what a matching or selection came to, after the source population it
started from ("we identified 2 146 930 adults ... matched 1:4 to non-initiators (n = 15 616),
giving 19 520 individuals included in the analysis"): the study's people are the funnel's
end, never the register it was drawn from. Shown by holdout15 90100004 (n 2 146 930).
Session 24, round 66, c66a."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")
TITLE = "Low-dose naltrexone and antidepressant persistence: a register-based cohort study"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "From national insurance claims we identified 980 400 adults with a new diagnosis "
            "of depression. Of these, 2 100 started LDN, and each was matched 1:2 to "
            "non-starters, giving 6 300 individuals in the analysis.",
            6300,
        ),
        (
            "We identified 512,000 adults treated for depression in the regional database. "
            "Users of LDN with an SSRI were matched 1:1 to SSRI users, yielding 3,480 "
            "patients.",
            3480,
        ),
        (
            "We identified 77,300 people with depression in primary-care records; 640 had "
            "received LDN and were matched 1:3 to non-users, resulting in a cohort of 2,560 "
            "participants.",
            2560,
        ),
    ],
)
def test_funnel_end_is_the_sample(methods: str, n: int) -> None:
    f = facts(
        TITLE,
        f"Methods: {methods}\nResults: LDN was associated with fewer antidepressant switches "
        "(HR 0.85).",
        OBS,
    )
    assert f.n == n


def test_randomised_count_beats_a_later_funnel_word() -> None:
    """Near miss: a trial's randomised count stays n when a later clause gives a subset."""
    f = facts(
        "Low-dose naltrexone added to SSRIs: a randomised trial",
        "Methods: Eighty adults with major depression were randomised to naltrexone 1.5 mg or "
        "placebo.\nResults: Eight withdrew, giving 72 completers; MADRS fell more with "
        "naltrexone.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert f.n == 80
