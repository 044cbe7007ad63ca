"""A finding said of the combination for another outcome ("LDN added to bupropion showed a
signal for pain interference", "... demonstrated a benefit for sleep") names what the
combination changed, not what the co-medication is taken for: the antidepressant the
patients are maintained on still counts (CONTRACT.md: only a drug taken for another
purpose is left out). Shown by holdout287 32000013 (adjunctive LDN in depressed patients
maintained on bupropion). Session 29, round 76, c76e."""

import pytest
from written import RCT, facts

METHODS = (
    "Methods: Adults with major depressive disorder despite at least 8 weeks of {drug} were "
    "randomised to naltrexone 4.5 mg nightly or placebo for 8 weeks, added to {drug}.\n"
    "Results: Forty participants were randomised. HAM-D17 fell by 8 points with LDN and 5 "
    "with placebo.\n"
)


@pytest.mark.parametrize(
    ("drug", "finding", "classes"),
    [
        (
            "bupropion",
            "Conclusions: LDN added to bupropion showed a signal for pain interference and a "
            "trend for depression.",
            ["dopaminergic"],
        ),
        (
            "sertraline",
            "Conclusions: Naltrexone with sertraline demonstrated a benefit for sleep quality "
            "but not for mood.",
            ["serotonergic"],
        ),
        (
            "escitalopram",
            "Conclusions: The combination of LDN and escitalopram yielded a larger effect for "
            "pain than for depressive symptoms.",
            ["serotonergic"],
        ),
    ],
)
def test_finding_for_another_outcome_is_no_purpose(drug: str, finding: str, classes: list) -> None:
    f = facts(
        f"Adjunctive low-dose naltrexone in depression maintained on {drug}: a pilot RCT",
        METHODS.format(drug=drug) + finding,
        RCT,
    )
    assert f.concomitant_classes == classes


def test_drug_given_for_pain_keeps_todays_answer() -> None:
    """Near miss: the co-medication itself given for pain is left out, as today."""
    f = facts(
        "Low-dose naltrexone in depression: a pilot RCT",
        "Methods: Adults with major depressive disorder taking no antidepressant were "
        "randomised to naltrexone 4.5 mg nightly or placebo for 8 weeks. Amitriptyline 10 mg "
        "at night for pain was allowed.\nResults: Forty participants were randomised.",
        RCT,
    )
    assert f.concomitant_classes == []
