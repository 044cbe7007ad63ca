"""The other drugs a spontaneous safety report lists ("an SSRI was co-reported in 96
reports", "concomitant sertraline was listed in 40 reports") are what reporters named, no
co-treatment the study defined: a safety-report study has no concomitant classes. Shown by
preprints69 PPR2900017 (a FAERS analysis). Session 29, round 77, c77e."""

import pytest
from written import facts

TITLE = "Depressive reactions reported with low-dose naltrexone: a pharmacovigilance study"
METHODS = (
    "Methods: We searched VigiBase up to June 2025 for reports in which naltrexone at a daily "
    "dose of 6 mg or less was suspected, and estimated disproportionality for depression.\n"
)


@pytest.mark.parametrize(
    "results",
    [
        "Results: We identified 733 reports; an SSRI or an SNRI was co-reported in 120 of them.",
        "Results: In all, 1,406 ICSRs were included; concomitant sertraline was listed in 40.",
        "Results: 905 reports met the criteria. Bupropion was named as a concomitant drug in "
        "31 reports, venlafaxine in 18.",
    ],
)
def test_co_reported_drugs_are_no_co_treatment(results: str) -> None:
    assert facts(TITLE, METHODS + results).concomitant_classes == []


def test_a_cohort_s_co_medication_stays() -> None:
    """Near miss: a cohort of users whose antidepressant is its co-treatment."""
    f = facts(
        "Low-dose naltrexone added to sertraline for depression: a retrospective cohort",
        "Methods: We reviewed the records of 84 adults with major depressive disorder who "
        "took naltrexone 4.5 mg daily added to their sertraline.\nResults: MADRS scores fell "
        "by 8 points.",
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_a_registry_protocol_collecting_adverse_event_reports_keeps_its_co_medication() -> None:
    """Near miss: a cohort that collects adverse event reports is no study of spontaneous
    reports."""
    f = facts(
        "Low-dose naltrexone with SSRIs for depression: protocol for a prospective registry",
        "Methods: We will enrol 400 adults with major depressive disorder who start "
        "naltrexone 4.5 mg daily while taking an SSRI, followed for a year with the PHQ-9 and "
        "adverse event reports.",
    )
    assert f.concomitant_classes == ["serotonergic"]
