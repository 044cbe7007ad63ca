"""A result contrasting the two arms of a head-to-head trial ("fell with LDN but not with
escitalopram") is no combination: the "with" after "but not" names the other arm, so the
comparator drug stays a comparator and not a co-medication (CONTRACT.md: a comparator arm
is not co-medication). Shown by holdout292 32600029 (a secondary analysis of LDN versus
sertraline). Session 29, round 77, c77a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("drug", "result"),
    [
        (
            "escitalopram 10 mg",
            "Sleep quality improved with low-dose naltrexone but not with escitalopram.",
        ),
        (
            "sertraline 50 mg",
            "Fatigue lessened with naltrexone but not with sertraline over the ten weeks.",
        ),
        (
            "fluoxetine 20 mg",
            "Pain scores dropped with LDN whereas with fluoxetine they did not change.",
        ),
        (
            "citalopram 20 mg",
            "Anhedonia eased with LDN while with citalopram it persisted to week 8.",
        ),
    ],
)
def test_an_arm_contrasted_with_the_drug_is_no_comedication(drug: str, result: str) -> None:
    f = facts(
        "Low-dose naltrexone versus an SSRI in untreated major depression: a randomized trial",
        "Methods: Adults with major depression who were taking no antidepressant were "
        "randomized to naltrexone 4.5 mg nightly or " + drug + " daily for 10 weeks.\n"
        "Results: Of 64 adults randomized, 60 completed. " + result,
        RCT,
    )
    assert f.concomitant_classes == []


def test_the_drug_added_to_the_same_antidepressant_stays_combined() -> None:
    """Near miss: the add-on arm named with the antidepressant itself."""
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: a randomized trial",
        "Methods: Adults with major depression on sertraline were randomized to naltrexone "
        "4.5 mg nightly or placebo, each added to sertraline 100 mg daily, for 10 weeks.\n"
        "Results: Of 64 adults randomized, 60 completed. Response was higher with naltrexone "
        "plus sertraline but not with placebo plus sertraline in those with high CRP.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
