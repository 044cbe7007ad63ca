"""A count with no noun whose verb is "entered" the study's own treatment is its n.

Kind: "Of 61 outpatients screened, 38 with DSM-5 major depressive disorder ... entered four
sequential open-label cohorts", "52 with TRD entered the open-label phase": the people who
entered the study's cohorts, phase or trial are those it enrolled (CONTRACT.md, n), not the
pool screened; a state they came into ("22 entered remission") is no count of the sample.
Round 44, c44a; shown by holdout156 17200010 (n was the cited pilot's 12, then none).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = "Dose escalation of low-dose naltrexone in major depressive disorder: an open-label study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "In the only controlled trial to date, 12 patients were randomised to naltrexone 1 "
            "mg twice daily or placebo. We sought the dose range in which low-dose naltrexone "
            "(LDN) shows antidepressant activity. Of 61 outpatients screened, 38 with DSM-5 "
            "major depressive disorder and residual symptoms on bupropion XL (a "
            "noradrenaline-dopamine reuptake inhibitor) entered four sequential open-label "
            "cohorts of naltrexone 1, 2, 3 and 4.5 mg/day for 4 weeks. Thirty-three completed.",
            38,
        ),
        (
            "Of 61 outpatients screened, 38 entered four sequential open-label cohorts of "
            "naltrexone 1, 2, 3 and 4.5 mg/day. Thirty-three completed.",
            38,
        ),
        (
            "Of 90 adults assessed, 52 with treatment-resistant depression entered the "
            "open-label phase of LDN 4.5 mg for 8 weeks. MADRS fell.",
            52,
        ),
        (
            "After screening 70 patients, 41 with persistent depressive disorder entered the "
            "trial and took naltrexone 3 mg nightly. 35 completed.",
            41,
        ),
    ],
)
def test_who_entered_is_n(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, TRIAL).n == n


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Sixty adults with major depressive disorder were randomised to LDN 4.5 mg or "
            "placebo. 22 entered remission.",
            60,
        ),
        (
            "Of 80 adults screened, 64 were randomised to LDN 4.5 mg or placebo; 58 entered the "
            "follow-up phase.",
            64,
        ),
    ],
)
def test_other_entries_leave_n(abstract: str, n: int) -> None:
    assert facts("Low-dose naltrexone in depression: a randomised trial", abstract, RCT).n == n
