"""People excluded with the reason told after the verb ("twelve patients were excluded
because they were taking low-dose naltrexone", "excluded owing to current use of LDN")
are kept out for taking the drug, as "excluded if they took X" keeps them out: a cohort
of another treatment that names the drug only so gives it to nobody (CONTRACT.md: LDN
only in the eligibility criteria is not on-topic). Shown by holdout290 32400033 (an
esketamine cohort). Session 29, round 76, c76a."""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Fourteen patients were excluded at screening because they were taking low-dose "
        "naltrexone.",
        "Nine people were excluded owing to current use of low-dose naltrexone (4.5 mg).",
        "Eleven referrals were excluded from the cohort since they were using low-dose "
        "naltrexone for pain.",
    ],
)
def test_excluded_because_taking_the_drug_is_off_topic(sentence: str) -> None:
    f = facts(
        "Ketamine infusions for treatment-resistant depression with chronic pain: a "
        "prospective cohort study",
        "Methods: We followed adults given six ketamine infusions for treatment-resistant "
        "depression at three clinics. MADRS was recorded at baseline and week 4.\n"
        "Results: Of 210 patients included, 80 had chronic pain. " + sentence + " Response "
        "was 44% at week 4.",
        ("Journal Article", "Observational Study"),
    )
    assert not f.on_topic


def test_excluded_for_another_reason_stays_on_topic() -> None:
    """Near miss: people excluded for another reason in a cohort of drug users."""
    f = facts(
        "Low-dose naltrexone for depression in chronic pain: a prospective cohort study",
        "Methods: We followed adults starting low-dose naltrexone 4.5 mg nightly for "
        "depression with chronic pain.\n"
        "Results: Of 96 patients included, all took low-dose naltrexone 4.5 mg. Eight were "
        "excluded because they were lost to follow-up. MADRS fell by 7 points.",
        JOURNAL,
    )
    assert f.on_topic
