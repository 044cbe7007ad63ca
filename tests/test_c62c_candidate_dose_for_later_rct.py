"""Kind: a dose the results put forward as a candidate for a later randomised study ("identifies
2 mg/day as a candidate dose for a randomized comparison") names that next study, not this
one's design: an open escalation stays a nonrandomized_trial (CONTRACT.md: design is the
study itself). Round 62, c62c; shown by holdout216 24200017 ("Sequential dose escalation of
naltrexone from 0.5 to 4 mg/day ...", read as rct).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = (
    "Sequential dose escalation of naltrexone from 0.5 to 4 mg/day added to serotonergic "
    "antidepressants in treatment-resistant depression"
)
RECORD = (
    "Eighteen patients with treatment-resistant major depression who were on a stable SSRI "
    "(n = 11) or SNRI (n = 7) for at least 8 weeks took part in an open-label, within-subject "
    "dose-escalation study. Naltrexone was given at 0.5, 1, 2 and 4 mg/day in successive "
    "2-week steps, with the antidepressant unchanged throughout. MADRS improvement was "
    "greatest at 2 mg/day (mean -7.9) and did not increase further at 4 mg/day (-7.2). The "
    "step design identifies 2 mg/day as a candidate dose for a randomized comparison."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.compares_doses


OPEN = (
    "Twenty-four adults with major depressive disorder on sertraline took low-dose "
    "naltrexone 1.5 mg and then 3 mg daily, each for four weeks, in an open-label study."
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # results, another wording and later study
        (
            "Low-dose naltrexone added to sertraline in depression",
            f"Methods: {OPEN}\nResults: HAM-D fell more at 3 mg, which emerges as a promising "
            "dose for future placebo-controlled trials.",
        ),
        # conclusions
        (
            "Low-dose naltrexone added to sertraline in depression",
            f"Methods: {OPEN}\nResults: HAM-D fell by 9 points.\nConclusions: We propose 3 mg "
            "as the preferred dose for a later double-blind trial.",
        ),
        # unlabelled, the candidate first
        (
            "Low-dose naltrexone added to sertraline in depression",
            "Our data single out 3 mg as a candidate dose for any future randomised "
            f"comparison. {OPEN} HAM-D fell by 9 points.",
        ),
        # the title
        (
            "Open-label low-dose naltrexone with sertraline: 3 mg as a candidate dose for a "
            "randomised trial",
            f"{OPEN} HAM-D fell by 9 points.",
        ),
    ],
)
def test_candidate_for_later_rct_leaves_design(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial", abstract


def test_a_randomised_trial_naming_its_next_dose_stays_rct() -> None:
    f = facts(
        "Low-dose naltrexone in major depression",
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "2 mg or placebo for eight weeks.\nResults: MADRS fell more with naltrexone.\n"
        "Conclusions: 2 mg stands out as a candidate dose for a larger randomized trial.",
        RCT,
    )
    assert f.design == "rct"
