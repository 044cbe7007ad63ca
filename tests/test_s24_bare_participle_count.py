"""A count told in note form, its participle and no noun or "were" ("64 randomised
(32/32)", "24 dosed"), as conference abstracts write: the count is the study's n. Shown by
holdout231 25800001 (a congress abstract's "Sixty-four randomised (32/32), 58 completed") and
25800032 ("24 dosed" after a dose escalation). Session 24, round 65, c65b."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Outpatients with MDD on a stable SSRI, randomised 1:1 to naltrexone 4.5 mg "
            "or placebo. Results: 88 randomised (44/44), 80 completed.",
            88,
        ),
        (
            "Methods: Adults with major depression got naltrexone 4.5 mg or placebo for 6 wks. "
            "Fifty-six randomised (LDN 28, PBO 28); 51 finished.",
            56,
        ),
        (
            "Methods: Cohorts of five unmedicated adults with MDD got naltrexone 1, 2 or 4 mg/d "
            "for 3 wks, stepping up after a safety review. 15 dosed.",
            15,
        ),
        (
            "Methods: Depressed outpatients took naltrexone 0.5 then 1.5 mg/d, escalating by "
            "cohort. Results: 18 were dosed; no serious events.",
            18,
        ),
    ],
)
def test_note_form_count_is_n(abstract: str, n: int) -> None:
    f = facts("Low-dose naltrexone in depression", abstract, TRIAL)
    assert f.n == n


def test_count_with_its_noun_after_participle_keeps_reading() -> None:
    """Near miss: the participle names trials, not people ("12 randomised (controlled)
    trials" are counted in a review, not enrolled)."""
    f = facts(
        "Low-dose naltrexone in depression",
        "Methods: We randomised 40 adults with MDD to naltrexone 4.5 mg or placebo. "
        "Results: 36 completed; dosing was well tolerated.",
        RCT,
    )
    assert f.n == 40
