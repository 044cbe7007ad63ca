"""A secondary analysis whose own sample is the part of its parent that had a baseline
marker measured, said with the marker's name alone ("88 of 96 randomised participants had
baseline hs-CRP"): its n is that part, not the parent's randomised. Shown by holdout206
23000019. Session 24, round 65, c65b."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("sample", "n"),
    [
        ("70 of the 84 randomised participants had baseline IL-6.", 70),
        ("Of 120 randomised adults, 101 had baseline cortisol.", 101),
        ("52 of 60 participants had baseline hs-CRP and were included.", 52),
    ],
)
def test_part_with_a_baseline_marker_is_the_sample(sample: str, n: int) -> None:
    f = facts(
        "Inflammation and response to low-dose naltrexone in depression: a secondary analysis "
        "of a randomised trial",
        "In a secondary analysis of a placebo-controlled trial of naltrexone 4.5 mg added to "
        f"SSRIs in major depression, {sample} Higher levels predicted a greater response.",
        RCT,
    )
    assert f.n == n


def test_trial_report_with_baseline_marker_keeps_its_randomised() -> None:
    """Near miss: a trial's own report counts whom it randomised."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: a randomised trial",
        "Methods: We randomised 96 adults with major depression to naltrexone 4.5 mg or "
        "placebo.\nResults: 88 had baseline hs-CRP; higher CRP predicted response.",
        RCT,
    )
    assert f.n == 96
