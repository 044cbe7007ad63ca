"""General rules added after reading holdouts 15 to 24 (round 6).

Every record here is written for this test, one kind of record or sentence per case; none
is taken from a labelled set. Each kind comes with a near miss that must keep its old
verdict, so that a rule, not a phrase, is what passes.
"""

from __future__ import annotations

from written import JOURNAL, facts, gaps


# ------------------------------------------- a cohort's protocol assigns no treatment
def test_a_cohort_protocol_that_assigns_no_treatment_is_observational() -> None:
    """A planned cohort whose protocol says nobody is allocated a treatment is not a
    trial's protocol: observational, and it has no gap in progress."""
    title = "Naltrexone in everyday practice: protocol of a prospective cohort of depressed adults"
    abstract = (
        "Introduction: Naltrexone at low doses is used for depression in clinics.\n"
        "Methods: The cohort will follow 800 adults with major depressive disorder who begin "
        "naltrexone 3 mg in ordinary care at 12 sites; there will be no randomization and no "
        "protocol-assigned treatment. Mood will be rated every 2 months."
    )
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational"
    assert gaps(title, abstract, JOURNAL) == {}


def test_near_miss_a_single_arm_trial_protocol_without_randomisation_stays_a_protocol() -> None:
    title = "Naltrexone 3 mg for depression in primary care: protocol of a single-arm trial"
    abstract = (
        "Methods: This open-label single-arm trial will enrol 80 adults with major depressive "
        "disorder; there will be no randomization, and all will receive naltrexone 3 mg nightly "
        "for 12 weeks. The outcome is change in MADRS."
    )
    f = facts(title, abstract, JOURNAL)
    assert f.design == "protocol"
    assert gaps(title, abstract, JOURNAL) == {"larger-trials": "in_progress"}
