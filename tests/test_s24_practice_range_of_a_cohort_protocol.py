"""A cohort or registry protocol assigns no dose: the range of the watched drug its people
are prescribed in routine care, told as practice ("dosing is left to the treating
physician, usually 1-3 mg at night", "LDN is prescribed for this at doses from 0.5 to 3 mg"),
is the range they will take, both ends (CONTRACT.md: a flexible range lists both ends).
Shown by holdout20 85100015 (and holdout86 19100026, holdout101 10800012), a registry
protocol whose "dosing at the clinician's discretion, usually 1.5-4.5 mg" gave no dose.
Session 24, round 66, c66c."""

import pytest
from written import facts

TITLE = "The MOOD-LDN cohort: protocol for a prospective observational registry"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods and analysis: This prospective, non-interventional cohort will follow adults "
        "with major depression on an SNRI who start low-dose naltrexone (LDN) in routine "
        "care. Dosing is left to the treating physician, typically 1-3 mg at bedtime. "
        "We plan to enrol 300 patients and will record the PHQ-9 at 3 and 6 months.",
        "Introduction: Low-dose naltrexone is prescribed off-label for depression at doses "
        "from 1 to 3 mg, and the dose is adjusted by trial and error.\n"
        "Methods and analysis: This prospective observational registry will enrol 300 adults "
        "with major depression starting LDN in general practice. Mood will be recorded at "
        "baseline and 6 months.",
        "Introduction: LDN (usually compounded at 1-3 mg) is used off-label in depression.\n"
        "Methods and analysis: This observational cohort study will include 300 adults with "
        "major depression who start LDN in routine care; no treatment is assigned by the "
        "study. Depressive symptoms will be recorded at baseline and 6 months.",
    ],
)
def test_practice_range_is_the_cohorts_doses(abstract: str) -> None:
    f = facts(TITLE, abstract, ("Journal Article", "Observational Study"))
    assert f.design == "observational"
    assert f.ldn_doses_mg == [1.0, 3.0]


def test_range_of_another_drug_gives_no_dose() -> None:
    """Near miss: the practice range is the co-medication's, not the watched drug's."""
    f = facts(
        TITLE,
        "Methods and analysis: This prospective, non-interventional cohort will follow adults "
        "with major depression whose psychiatrist has chosen to add low-dose naltrexone to "
        "sertraline, usually 50-200 mg daily. We plan to enrol 300 patients and will record "
        "the PHQ-9 at 3 and 6 months.",
        ("Journal Article", "Observational Study"),
    )
    assert f.ldn_doses_mg == []


def test_trial_protocol_keeps_its_arms() -> None:
    """Near miss: a trial's protocol assigns its doses; the practice range is no arm."""
    f = facts(
        "LDN in depression: protocol for a randomised trial",
        "Introduction: Low-dose naltrexone is prescribed off-label for depression at doses "
        "from 1 to 3 mg.\n"
        "Methods and analysis: 120 adults with major depression will be randomised to "
        "naltrexone 2 mg nightly or placebo for 8 weeks.",
        ("Journal Article", "Clinical Trial Protocol"),
    )
    assert f.ldn_doses_mg == [2.0]
