"""A clause set in earlier work by its opening word or by a citation is not the study's.

Kind: prior work's design and size told without the words "in a previous trial":
"Previously, 12 patients were randomized to ...", "To date, one controlled study has
randomised 12 ...", "In a crossover trial reported in 2019, 30 patients were randomised
...", "In a pilot (Smith et al., 2020), ..." set their clause in another study, whatever
their verb, so their design, n and doses are not the study's. Round 46, c46c; written as
new wordings of the kind of holdout156 17200010 ("In the only controlled trial to date, 12
patients were randomised"; test_c44a_study_framed_as_cited), which the shared frame read
only with an earlier-work cue inside "In a ... trial,". The study's own interim count ("To
date, 60 patients have been randomised"), its own frame and an opening "previously" that
describes its people stay its own.
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = "Low-dose naltrexone added to bupropion in major depressive disorder: an open-label study"
OWN = (
    " We enrolled 24 adults with major depressive disorder on bupropion and gave them "
    "naltrexone 4.5 mg nightly for 8 weeks without a control group. HAM-D fell by 8 points."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Previously, 12 patients were randomized to LDN 1 mg twice daily or placebo in a "
        "pilot trial.",
        "To date, one controlled study has randomised 12 depressed adults to LDN 2 mg/day or "
        "placebo.",
        "Earlier, twenty outpatients were randomly assigned to naltrexone 2 mg or placebo.",
        "In a crossover trial reported in 2019, 30 patients were randomised to LDN 3 mg or "
        "placebo.",
        "In a pilot (Mischoulon et al., 2017), 12 patients were randomized to naltrexone 1 mg "
        "twice daily or placebo.",
        "So far, a single small trial has randomized 12 patients to naltrexone 2 mg per day or "
        "placebo.",
    ],
)
def test_cited_work_is_not_own(lead: str) -> None:
    f = facts(TITLE, lead + OWN, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.n == 24
    assert f.ldn_doses_mg == [4.5]


@pytest.mark.parametrize(
    "abstract",
    [
        "To date, 60 patients have been randomised to naltrexone 4.5 mg or placebo.",
        "Previously untreated adults with major depressive disorder (n = 60) were randomised "
        "to naltrexone 4.5 mg or placebo.",
        "In a trial conducted in 2019-2021, 60 patients were randomised to naltrexone 4.5 mg "
        "or placebo.",
        "Previously, we randomised 60 patients to naltrexone 4.5 mg or placebo; here we report "
        "the outcome.",
    ],
)
def test_own_frame_stays_own(abstract: str) -> None:
    f = facts(
        "Low-dose naltrexone in major depressive disorder: a randomised trial",
        abstract + " HAM-D fell more with LDN than with placebo.",
        RCT,
    )
    assert f.design == "rct"
    assert f.n == 60
