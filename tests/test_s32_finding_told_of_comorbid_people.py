"""In a record whose people were taken in for another condition, a closing finding told
of the people with both ("In women with fibromyalgia and comorbid major depression, LDN
improved mood") says what was found in them, not whom the study took in: it does not
make the sample a depression population (CONTRACT.md, a depressed subgroup of another
condition's sample). Shown by holdout348 39000024 (a fibromyalgia trial's depressed
substudy read as a depression population). Session 32, round 85, c85b."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Depressive symptoms in irritable bowel syndrome: a secondary analysis of a "
            "randomised trial of low-dose naltrexone",
            "The parent trial randomised 120 adults with irritable bowel syndrome to "
            "naltrexone 4.5 mg or placebo. This secondary analysis took the 30 who also had "
            "a depressive episode at entry. In adults with irritable bowel syndrome and "
            "comorbid major depression, naltrexone improved HAM-D scores.",
        ),
        (
            "Mood outcomes in long COVID: a post hoc analysis of a randomised trial of "
            "low-dose naltrexone",
            "A trial randomised 160 adults with long COVID to naltrexone 4.5 mg nightly or "
            "placebo. This post hoc analysis looked at the 41 with a current depressive "
            "disorder. Among people with long COVID and coexisting depression, naltrexone "
            "reduced depressive symptoms more than placebo.",
        ),
        (
            "Low-dose naltrexone and depression in multiple sclerosis: a secondary analysis "
            "of a randomised trial",
            "The trial assigned 90 patients with multiple sclerosis to naltrexone 3 mg or "
            "placebo; we analysed the 25 with comorbid major depressive disorder. In patients "
            "with multiple sclerosis and major depression, naltrexone improved MADRS scores.",
        ),
    ],
)
def test_finding_in_comorbid_people_selects_nobody(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is False


def test_trial_taking_in_both_conditions_keeps_its_population() -> None:
    """Near miss: a trial that took in people with both conditions selected them."""
    f = facts(
        "Low-dose naltrexone in fibromyalgia with major depression: a randomised trial",
        "Adults with fibromyalgia and comorbid major depressive disorder were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. In women with fibromyalgia and major "
        "depression, naltrexone improved HAM-D scores.",
        RCT,
    )
    assert f.depression_population is True
