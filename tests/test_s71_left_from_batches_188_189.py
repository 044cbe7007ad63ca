"""Kinds from blind batches 188 and 189 (session 70) that were left unexamined there,
written again in other words.

- holdout787 52205985: a practice-records cohort where "LDN was titrated individually
  between 1.5 mg and 4.5 mg per day" is a flexible dose, both ends (CONTRACT.md), not a
  titration to 4.5 mg.
- holdout792 52206087: a claims cohort "grouped by their modal daily dose (<=3 mg vs 4.5
  mg)" compares two dose groups, the lower one named by its upper bound.
- holdout795 52206159: a secondary analysis that left the parent's other people out ("were
  excluded from this analysis") counts the part with its arms ("Thirty-seven participants
  were on an SNRI (LDN 19, placebo 18)"), not the 34 of them with later ratings.
"""

from __future__ import annotations

from written import RCT, facts, gaps

_COHORT_TITLE = (
    "Low-dose naltrexone added to antidepressants in outpatient psychiatry: a retrospective "
    "chart review"
)


def _cohort(dosing: str) -> str:
    return (
        "Methods: We reviewed the charts of all adults with a major depressive episode "
        "(ICD-10 F32/F33) who began low-dose naltrexone in four outpatient clinics between "
        f"2020 and 2024. Results: In all, 143 patients were included. {dosing} Most took "
        "sertraline or escitalopram alongside. PHQ-9 fell from 17.2 to 11.9 after 12 weeks."
    )


def test_a_dose_titrated_individually_between_two_levels_keeps_both_ends() -> None:
    got = facts(
        _COHORT_TITLE,
        _cohort("Naltrexone was titrated individually between 1 mg and 4.5 mg a day."),
    )
    assert got.ldn_doses_mg == [1.0, 4.5]


def test_a_fixed_titration_keeps_its_target() -> None:
    # (control: the same cohort's fixed titration keeps only its target, CONTRACT.md)
    got = facts(
        _COHORT_TITLE,
        _cohort("Naltrexone was started at 1 mg and increased to 4.5 mg a day after a week."),
    )
    assert got.ldn_doses_mg == [4.5]


_CLAIMS_TITLE = "Daily dose of low-dose naltrexone and outcomes in depression: a claims cohort"


def _claims(groups: str) -> str:
    return (
        "Methods: Using insurance claims from 2017 to 2024, we identified adults with major "
        "depressive disorder who filled at least three prescriptions of compounded "
        f"low-dose naltrexone. {groups} Results: We included 3,120 patients. The higher "
        "dose group had fewer psychiatric admissions (HR 0.79, 95% CI 0.66-0.94)."
    )


def test_dose_groups_the_lower_named_by_its_bound_are_both_doses() -> None:
    got = facts(
        _CLAIMS_TITLE,
        _claims("Patients were grouped by their usual daily dose (\u22642 mg vs 4.5 mg)."),
    )
    assert got.ldn_doses_mg == [2.0, 4.5]
    assert got.compares_doses


def test_a_bound_on_who_was_included_stays_a_bound() -> None:
    # (control: a bound selecting the records is no dose group)
    got = facts(
        _CLAIMS_TITLE,
        _claims("Only prescriptions of \u22646 mg a day were counted; most were for 4.5 mg."),
    )
    assert 6.0 not in got.ldn_doses_mg


_SUBGROUP_TITLE = (
    "Low-dose naltrexone with noradrenergic antidepressants: a secondary analysis of a "
    "randomised trial"
)


def _subgroup(restriction: str) -> str:
    return (
        "Background: In a placebo-controlled trial, low-dose naltrexone 4.5 mg nightly added "
        "to an SSRI or SNRI reduced depressive symptoms. Methods: We analysed participants "
        f"with major depressive disorder whose background antidepressant was an SNRI. "
        f"{restriction} Results: Forty-two participants were taking an SNRI (LDN 22, placebo "
        "20); 39 had post-baseline ratings. The MADRS difference was -4.8 points."
    )


def test_a_restricted_analysis_counts_its_part_with_arms_not_those_rated() -> None:
    text = _subgroup("Participants taking SSRIs were excluded from this analysis.")
    assert facts(_SUBGROUP_TITLE, text, RCT).n == 42
    assert "larger-trials" not in gaps(_SUBGROUP_TITLE, text, RCT)
