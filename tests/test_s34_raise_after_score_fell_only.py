"""A dose raised because a rating fell only so far ("because MADRS had fallen only to 29 at
week 6, the dose was increased to 4.5 mg", "as her PHQ-9 had improved only slightly") is a
raise for want of response: both levels count (CONTRACT.md: a dose raised only in
non-responders lists both), and it compares no doses. Shown by holdout354 39700019 (a case
whose 2.5 mg start, raised after a partial fall in MADRS, was read as a titration step).
Session 34, round 88, c88b."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    "raise_",
    [
        "because her MADRS had fallen only to 27 by week 5, the dose was increased to 4.5 mg",
        "as his PHQ-9 had improved only slightly after 6 weeks, the dose was raised to 4.5 mg",
        "symptoms eased only partially, so the dose was increased to 4.5 mg at week 8",
    ],
)
def test_raise_after_partial_fall_keeps_both(raise_: str) -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in treatment-resistant depression: a case report",
        "Case presentation: A 58-year-old man with treatment-resistant major depressive "
        f"disorder taking sertraline 150 mg/day started naltrexone 1.5 mg at night; "
        f"{raise_}. By week 16 he had remitted.",
        CASE,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses


def test_fixed_titration_still_target_only() -> None:
    # near miss: a raise on schedule, with a score reported after it, keeps the target only
    f = facts(
        "Low-dose naltrexone added to sertraline in treatment-resistant depression: a case report",
        "Case presentation: A 58-year-old man with treatment-resistant major depressive "
        "disorder taking sertraline 150 mg/day started naltrexone 1.5 mg at night, increased "
        "to 4.5 mg after one week as planned. His MADRS fell from 30 to 12 by week 16.",
        CASE,
    )
    assert f.ldn_doses_mg == [4.5]
