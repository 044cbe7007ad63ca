"""Antidepressants named among the medicines co-dispensed or co-prescribed with the drug
("the most frequently co-dispensed medicines were thyroid hormones, antidepressants and
gabapentinoids") describe what the users also take, a trait of theirs, not a condition or
outcome the study measured. Shown by holdout286 31900038 (a study of dispensing trends).
Session 29, round 76, c76d."""

import pytest
from written import facts

COHORT = ("Journal Article", "Observational Study")
TITLE = "Who is dispensed low-dose naltrexone? A national pharmacy claims study"
METHODS = (
    "Methods: We analysed claims for naltrexone 1-4.5 mg from 2016 to 2024. Results: "
    "18,940 people were dispensed low-dose naltrexone, 74% of them women. "
)


@pytest.mark.parametrize(
    "listed",
    [
        "The drugs most often co-prescribed were levothyroxine, antidepressants (31%) and opioids.",
        "Co-dispensed medicines included proton-pump inhibitors and antidepressants in 28% "
        "of people.",
        "Co-dispensing of antidepressants was recorded for 27% of users.",
    ],
)
def test_codispensed_antidepressants_are_a_trait(listed: str) -> None:
    assert not facts(TITLE, METHODS + listed, COHORT).on_topic


def test_depression_measured_in_the_users_stays_on_topic() -> None:
    """Near miss: the co-dispensed antidepressants, and a depression score the study
    followed."""
    f = facts(
        TITLE,
        METHODS + "Co-dispensed medicines included antidepressants (22%). Depression scores "
        "fell by 4 points in the year after LDN was started.",
        COHORT,
    )
    assert f.on_topic
