"""A per-arm tally of background antidepressants ("at baseline, LDN vs placebo: SSRI 21 vs
20; SNRI 12 vs 10"): the "vs" joins the arms' counts, so each drug is taken in both arms,
with the watched drug too, not a comparator. Shown by holdout252 28500008 (all classes
read as comparator-only). Session 26, round 70, c70b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone augmentation in major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    "tally",
    [
        "Antidepressants at entry, naltrexone vs placebo: SSRI 18 (45%) vs 19 (48%); SNRI 9 "
        "(22%) vs 8 (20%).",
        "Concurrent medication (naltrexone versus placebo): SSRIs 30 versus 28, SNRIs 11 "
        "versus 12.",
        "By arm, LDN vs placebo: SNRI 14 vs 13; SSRI 20 vs 22.",
    ],
)
def test_tally_by_arm_is_taken_with_the_drug(tally: str) -> None:
    abstract = (
        "Methods: Adults with MDD on an antidepressant were randomly assigned to naltrexone "
        f"4.5 mg or placebo.\nResults: Eighty were randomly assigned. {tally} MADRS fell more "
        "with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).concomitant_classes == ["serotonergic", "noradrenergic"]


def test_drug_against_drug_stays_comparator() -> None:
    """Near miss: the watched drug compared with an SSRI as an arm."""
    abstract = (
        "Methods: Adults with MDD were randomly assigned to naltrexone 4.5 mg vs sertraline "
        "100 mg.\nResults: Eighty were randomly assigned."
    )
    assert facts(TITLE, abstract, RCT).concomitant_classes == []
