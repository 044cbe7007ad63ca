"""A record typed a clinical trial that calls itself a "naturalistic" study but gives the
drug itself, open-label, by its own rule ("Open-label X added to antidepressants with a
dose increase for non-responders: a naturalistic study") is a non-randomised trial, not a
cohort: "naturalistic" says how care is given, "open-label" that the study gave it. Shown
by holdout327 36700026 (read as observational, so its serotonergic-combination gap was
missed). Session 32, round 83, c83c."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Open-label low-dose naltrexone added to SSRIs: a 10-week naturalistic study",
            "Methods: Thirty-eight outpatients with major depression who remained unwell "
            "on sertraline or citalopram began naltrexone 1.5 mg nightly, raised to 3 mg at "
            "week 3 if they had not improved. Results: MADRS fell from 27 to 15.",
        ),
        (
            "Adding naltrexone 4.5 mg to venlafaxine in depression: a naturalistic pilot",
            "Methods: In this open-label study, 30 adults with major depressive disorder "
            "on venlafaxine took naltrexone 4.5 mg at night for eight weeks. Results: "
            "Half responded.",
        ),
        (
            "Naltrexone 2 mg as an add-on in major depression: a naturalistic open-label "
            "evaluation",
            "Methods: Twenty-six patients with major depressive disorder on a stable dose "
            "of escitalopram were given naltrexone 2 mg daily for 12 weeks. Results: HAM-D "
            "scores fell by 8 points.",
        ),
    ],
)
def test_open_label_naturalistic_is_a_trial(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_naturalistic_follow_up_untyped_stays_observational() -> None:
    # near miss: not typed a trial, people taking what their doctors prescribed
    f = facts(
        "Open-label low-dose naltrexone in routine care: a naturalistic study",
        "Methods: We followed 45 outpatients with major depression whose psychiatrists "
        "had prescribed naltrexone 3 mg alongside their antidepressant. Results: Most "
        "improved.",
    )
    assert f.design == "observational"
