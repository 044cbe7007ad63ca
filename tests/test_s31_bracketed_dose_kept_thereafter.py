"""The dose kept after a first spell written in brackets after its count of units, the
words of keeping after the bracket ("one capsule for a week and two capsules (3 mg)
nightly thereafter"): a fixed titration, its target only. Shown by holdout322 36200001 (a
case report whose one 1.5 mg capsule for 10 days, then two capsules (3 mg) thereafter,
listed both). Session 31, round 81, c81b."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "A 40-year-old man with major depression took escitalopram 20 mg/day. "
            "Naltrexone was made up as 1 mg capsules; he took one capsule nightly for a week "
            "and two capsules (2 mg) nightly thereafter, escitalopram unchanged.",
            [2.0],
        ),
        (
            "A 52-year-old woman with treatment-resistant depression took duloxetine 60 "
            "mg/day. The pharmacy supplied naltrexone 1.5 mg capsules; she took one capsule "
            "at night for two weeks and three capsules (4.5 mg) at night from then on.",
            [4.5],
        ),
        (
            "A 35-year-old woman with postpartum depression took sertraline 100 mg/day. "
            "Naltrexone 0.5 mg tablets were used: one tablet daily for 5 days, then five "
            "tablets (2.5 mg) daily for the rest of the 12 weeks.",
            [2.5],
        ),
    ],
)
def test_bracketed_dose_kept_thereafter_is_the_target(abstract: str, doses: list[float]) -> None:
    title = "Low-dose naltrexone as augmentation in depression: a case report"
    assert facts(title, abstract, CASE).ldn_doses_mg == doses


def test_raise_after_no_benefit_keeps_both() -> None:
    # near miss: a bracketed dose raised after a spell without benefit, no words of
    # keeping after it: both levels, as today
    f = facts(
        "Low-dose naltrexone as augmentation in depression: a case report",
        "A 47-year-old man with major depression took sertraline 150 mg/day. Naltrexone "
        "was compounded as 1.5 mg capsules. He took one capsule (1.5 mg) nightly for 8 "
        "weeks without benefit; the dose was then raised to three capsules (4.5 mg) "
        "nightly, with remission.",
        CASE,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
