"""In a cohort study with an active comparator, the drug of the comparison cohort ("matched
to new users of amitriptyline", "compared with initiators of sertraline") is what the other
people take instead of the watched drug, not co-medication taken with it. Shown by
preprints74 PPR2300008 (new naltrexone users matched to new users of low-dose
amitriptyline or gabapentinoids, read as taking amitriptyline). Session 31, round 81,
c81d."""

import pytest
from written import facts

TITLE = "Mood outcomes after starting low-dose naltrexone: a register-based cohort study"


@pytest.mark.parametrize(
    "sentence",
    [
        "From national prescription records we identified adults starting naltrexone at "
        "4.5 mg or less and matched them by propensity score to new users of nortriptyline.",
        "Adults beginning naltrexone 1-4.5 mg were compared with new users of duloxetine "
        "prescribed for fibromyalgia in the same insurance database.",
        "Each person who started naltrexone 4.5 mg was matched on age and sex to 2 "
        "initiators of low-dose amitriptyline.",
    ],
)
def test_comparison_cohorts_drug_is_not_taken_alongside(sentence: str) -> None:
    f = facts(
        TITLE,
        "Methods: " + sentence + " Outcomes were new depression diagnoses.\n"
        "Results: We included 4,210 naltrexone users and 8,420 comparators.",
    )
    assert f.concomitant_classes == []


def test_near_miss_cohort_on_the_drug_alongside() -> None:
    # people taking the antidepressant together with naltrexone stay co-medicated
    f = facts(
        TITLE,
        "Methods: We identified adults who started naltrexone 4.5 mg while already "
        "taking sertraline, and compared them with sertraline users who did not start it.\n"
        "Results: We included 512 naltrexone users and 1,024 comparators.",
    )
    assert f.concomitant_classes == ["serotonergic"]
