"""A kind met in blind batch 124 (session 54, measured on the code of 8d87021e), written
again in other words.

- holdout487 52200033: an open-label escalation whose conclusion says its findings support
  "evaluation of 3 mg and 4.5 mg in a randomised comparison" was read as an RCT.
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TEXT = (
    "Methods: Open-label, single-arm trial. Adults with depression on escitalopram received "
    "naltrexone in 2-week steps of 1, 2 and 4 mg/day.\n"
    "Results: Thirty-two were enrolled; responses accumulated across the steps.\n"
    "Conclusions: {x}"
)
TITLE = "Stepwise low-dose naltrexone with escitalopram in depression: an open-label trial"


@pytest.mark.parametrize(
    "x",
    [
        "These findings support evaluating 2 mg and 4 mg in a randomised comparison.",
        "Responses rose with dose, supporting evaluation of 2 mg and 4 mg in a randomised "
        "comparison.",
    ],
)
def test_a_randomised_study_the_findings_support_is_another_study(x: str) -> None:
    assert facts(TITLE, TEXT.format(x=x), TRIAL).design == "nonrandomized_trial"


def test_a_randomised_comparison_the_study_made_is_its_own() -> None:
    text = (
        "Methods: Adults with depression on escitalopram were randomised to naltrexone 2 mg or "
        "4 mg daily for 8 weeks.\n"
        "Results: Sixty were randomised; this randomised comparison supports 4 mg."
    )
    assert facts("Two doses of naltrexone with escitalopram", text, TRIAL).design == "rct"
