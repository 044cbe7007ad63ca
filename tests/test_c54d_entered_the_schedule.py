"""A count that entered the study's treatment named by its schedule ("24 entered the
escalation", "31 entered the dose titration") is the number the study took in, as "24
entered the study" is; the larger count screened before it is not n.

Round 54, c54d; the record that showed it: preprints50 PPR4900004, "Stepwise dose
escalation of low-dose naltrexone in persistent depressive disorder: an open-label study".
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

RECORD_TITLE = (
    "Stepwise dose escalation of low-dose naltrexone in persistent depressive disorder: an "
    "open-label study"
)
RECORD = (
    "Background: Dysthymia and other forms of persistent depressive disorder (PDD) respond "
    "poorly to standard treatment. We asked which dose of low-dose naltrexone (LDN) is "
    "tolerated and associated with improvement.\n"
    "Methods: Single-centre, open-label, within-subject dose-escalation study. Adults with "
    "DSM-5 PDD on a stable dose of bupropion XL (150\u2013450 mg) received naltrexone 1 mg, "
    "2 mg, 3 mg and 4.5 mg daily in successive two-week steps. Depressive symptoms were "
    "rated with the QIDS-SR16 at the end of each step.\n"
    "Results: Eighty-eight individuals were screened and 24 entered the escalation; 19 "
    "reached the 4.5 mg step. QIDS-SR16 scores declined most between the 2 mg and 3 mg "
    "steps, with no further gain at 4.5 mg, where insomnia became more common.\n"
    "Conclusions: In bupropion-treated PDD, 3 mg/day may be the most favourable LDN dose. "
    "Randomised dose comparisons are needed."
)


def test_record() -> None:
    assert facts(RECORD_TITLE, RECORD, TRIAL).n == 24


TITLE = "Naltrexone dose escalation in depression"
PROBES = [
    (
        "Methods: Adults with major depressive disorder on sertraline received naltrexone "
        "1, 2 and 4 mg daily in turn.\nResults: Eighty-eight individuals were screened; 24 "
        "entered the escalation.",
        24,
    ),
    (
        "Results: Of 88 screened, 24 entered the escalation; MADRS fell by 7 points.",
        24,
    ),
    (
        "Results: 40 people with MDD were assessed and 31 entered the dose titration; 25 "
        "reached 4.5 mg of naltrexone.",
        31,
    ),
    # unlabelled, opening sentence
    (
        "Of 53 adults with major depressive disorder who were screened, 27 entered the "
        "escalation of naltrexone from 1 mg to 4.5 mg daily on top of citalopram. MADRS fell "
        "by 9 points.",
        27,
    ),
    (
        "Methods: Adults with major depressive disorder on citalopram took part.\nResults: "
        "Sixty-one were screened and 52 entered the titration of naltrexone to 4.5 mg; "
        "MADRS fell by 8.",
        52,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), PROBES)
def test_entered_the_schedule(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, TRIAL).n == n


def test_randomised_total_stays_the_sample() -> None:
    f = facts(
        TITLE,
        "Methods: 60 adults with MDD were randomized to naltrexone or placebo; in the "
        "naltrexone arm 24 entered the escalation from 1 to 4.5 mg.",
        RCT,
    )
    assert f.n == 60


def test_a_state_entered_is_no_count() -> None:
    f = facts(
        TITLE,
        "Methods: 30 adults with MDD were enrolled and given naltrexone 1 to 4.5 mg.\n"
        "Results: After the escalation 52 entered remission.",
        TRIAL,
    )
    assert f.n == 30
