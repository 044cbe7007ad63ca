"""A derived report whose own sample is told as a part of its parent's people named by the
trial ("samples were available for 131 of the trial participants", "data were obtained from
57 of the study patients") has that part as its n, not a subgroup it splits the sample into
afterwards (CONTRACT.md: a derived report's n is its own analysed sample). Shown by holdout275
30700007 (a secondary biomarker analysis of an RCT whose n was read as the 38 with high CRP).
Session 28, round 74, c74a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: The parent trial randomised adults with depression taking an SSRI to "
            "naltrexone 4.5 mg or placebo. Serum IL-6 was measured at baseline.\nResults: "
            "Serum IL-6 was available for 94 of the trial participants; 27 had IL-6 above "
            "the cut-off. The interaction with treatment was not significant.",
            94,
        ),
        (
            "Methods: A trial randomised adults with major depression to naltrexone 3 mg or "
            "placebo. Genotypes were obtained from 112 of the study patients.\nResults: 41 "
            "carried the G allele; response to naltrexone did not differ by genotype.",
            112,
        ),
        (
            "Methods: In a trial of low-dose naltrexone 4.5 mg against placebo in "
            "depression, sleep was recorded by actigraphy.\nResults: Actigraphy was "
            "collected for 76 of the parent trial participants, 19 of whom had short sleep. "
            "Sleep did not moderate the effect.",
            76,
        ),
    ],
)
def test_part_of_the_trial_participants_is_n(abstract: str, n: int) -> None:
    f = facts(
        "Baseline markers and response to low-dose naltrexone in depression: a secondary "
        "analysis of a randomised trial",
        abstract,
        RCT,
    )
    assert f.n == n


def test_of_a_numbered_whole_keeps_the_part() -> None:
    # near miss: the whole given as a number keeps today's reading (the part)
    f = facts(
        "Baseline markers and response to low-dose naltrexone in depression: a secondary "
        "analysis of a randomised trial",
        "Methods: A trial randomised adults with depression to naltrexone 4.5 mg or "
        "placebo.\nResults: Samples were available for 88 of 120 participants; 30 had high "
        "CRP. CRP did not moderate the effect.",
        RCT,
    )
    assert f.n == 88
