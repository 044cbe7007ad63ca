"""A low dose named only as the alternative a study set aside: "we gave the standard
50-mg dose instead of the low doses (1-4.5 mg) tried in depression", "rather than the
low-dose range (1.5-4.5 mg)". The bracketed dose belongs to the band the study did not
use, so it is nobody's dose, and a standard-dose trial stays off-topic (CONTRACT.md:
participants must receive LDN). Shown by holdout350 39300012 (a 50-mg naltrexone trial
in depressed heavy drinkers on sertraline read as an LDN trial with doses 1 and 4.5 mg).
Session 32, round 85, c85a."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 50 mg or placebo with escitalopram in depressed smokers",
            "Methods: We randomised 120 adults with major depression who smoked daily; "
            "all took escitalopram 10-20 mg. Participants received naltrexone 50 mg/day "
            "rather than the low-dose range (1.5-4.5 mg) used off-label for mood, since "
            "craving is blocked only at full dose. Results: Abstinence was higher with "
            "naltrexone; depression scores did not differ.",
        ),
        (
            "Full-dose naltrexone added to fluoxetine for depression with binge eating",
            "Methods: Eighty outpatients with major depressive disorder and binge eating "
            "on fluoxetine were randomised to naltrexone or placebo. We chose the 50-mg "
            "dose in place of the low doses (3-4.5 mg) reported in pain clinics. Results: "
            "Binge episodes fell; HAM-D change did not differ between arms.",
        ),
        (
            "Opioid antagonism in depressed drinkers taking paroxetine: a randomized trial",
            "Methods: Seventy-two adults with depression and alcohol dependence taking "
            "paroxetine were randomly assigned to naltrexone 100 mg/day or placebo, as "
            "opposed to the low doses (about 4.5 mg) studied for mood. Results: Drinking "
            "fell with naltrexone; mood improved equally in both arms.",
        ),
    ],
)
def test_low_dose_set_aside_is_nobodys_dose(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == []
    assert not f.on_topic
    assert gaps(title, abstract, RCT) == {}


def test_low_dose_given_instead_of_standard_stays() -> None:
    """Near miss: the low dose is the one given, the standard dose the one set aside."""
    title = "Low-dose naltrexone added to sertraline for major depression: an RCT"
    abstract = (
        "Methods: Sixty adults with major depression on sertraline were randomised to "
        "low-dose naltrexone (4.5 mg) rather than the standard 50 mg dose, or placebo. "
        "Results: MADRS fell more with naltrexone than with placebo."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
