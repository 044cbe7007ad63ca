"""A clause opening in another study is that study's, whatever its verb.

Kind: a sentence set by its opening phrase in a cited study ("In the only controlled trial
to date, 12 patients were randomised ...", "In a previous trial, ...") tells earlier work,
even when its verb is the passive "were randomised" that otherwise marks the study's own
act; the study's own frame ("In this trial", "In the present study") and a clause in the
first person stay its own. Round 44, c44a; shown by holdout156 17200010, whose opening
sentence cites the pilot and read as its design (rct) and size (12).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = "Dose escalation of low-dose naltrexone in major depressive disorder: an open-label study"
OWN = (
    "Of 80 outpatients screened, 44 adults with major depressive disorder entered three "
    "sequential open-label cohorts of low-dose naltrexone 1, 2.5 and 4.5 mg/day for 6 weeks. "
    "HAM-D fell in each cohort."
)


def test_record_wording() -> None:
    f = facts(
        "Dose escalation of low-dose naltrexone added to bupropion in major depressive "
        "disorder: results of the open-label DOSE-D study",
        "In the only controlled trial to date, 12 patients were randomised to naltrexone 1 mg "
        "twice daily or placebo. We sought the dose range in which low-dose naltrexone (LDN) "
        "shows antidepressant activity. Of 61 outpatients screened, 38 with DSM-5 major "
        "depressive disorder and residual symptoms on bupropion XL (a noradrenaline-dopamine "
        "reuptake inhibitor) entered four sequential open-label cohorts of naltrexone 1, 2, 3 "
        "and 4.5 mg/day for 4 weeks. Thirty-three completed. Mean HAM-D-17 reductions were "
        "2.9, 4.8, 6.1 and 7.4 points respectively.",
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"
    assert f.n != 12


@pytest.mark.parametrize(
    "lead",
    [
        "In the only controlled trial to date, 12 patients were randomised to naltrexone "
        "1 mg twice daily or placebo.",
        "In a previous trial, 16 adults were randomized to naltrexone 4.5 mg or placebo.",
        "In the first randomised trial so far, 20 women were randomly assigned to LDN 3 mg "
        "or placebo.",
        "In the single published study, 14 outpatients were allocated to naltrexone 2 mg "
        "per day or placebo.",
        "From an earlier pilot, 18 participants were enrolled and randomised to LDN "
        "4.5 mg/day or placebo.",
    ],
)
def test_cited_study_frame_is_not_own(lead: str) -> None:
    f = facts(TITLE, f"{lead} {OWN}")
    assert f.design == "nonrandomized_trial"
    assert f.n == 44


@pytest.mark.parametrize(
    "abstract",
    [
        "In this trial, 60 patients were randomised to naltrexone 4.5 mg or placebo.",
        "To date, 60 patients have been randomised to naltrexone 4.5 mg or placebo.",
        "In the first trial of its kind, we randomised 60 adults with major depressive "
        "disorder to naltrexone 4.5 mg or placebo.",
        "In the only controlled trial to date of LDN in depression, we randomised 60 adults "
        "to naltrexone 4.5 mg or placebo.",
        "In the present study, the first controlled trial so far, 60 patients were "
        "randomised to naltrexone 4.5 mg or placebo.",
    ],
)
def test_own_frame_stays_own(abstract: str) -> None:
    f = facts(
        "Low-dose naltrexone in major depressive disorder: a randomised trial",
        abstract + " HAM-D fell more with LDN than with placebo.",
    )
    assert f.design == "rct"
    assert f.n == 60
