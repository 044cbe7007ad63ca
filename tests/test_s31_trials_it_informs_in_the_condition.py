"""A study in people not selected for the condition (healthy volunteers) that ends by saying
what it informs: "can guide dose choice for trials in depressed patients". The people named
after the trials it prepares are that later trial's, not the study's own: no depressed
population, so no gap. Shown by holdout325 36500022 (a dose-response study in healthy adults
read as a depression trial: false larger-trials and dose-finding). Session 31, round 81,
c81a."""

import pytest
from written import RCT, facts, gaps

CASES = [
    (
        "Naltrexone 2 mg versus 4 mg on reward learning in healthy adults: a randomised study",
        "Methods: Sixty healthy adults with no psychiatric history were randomly assigned to "
        "naltrexone 2 mg, 4 mg or placebo for ten days.\n"
        "Results: Reward learning rose with 4 mg but not 2 mg.\n"
        "Conclusions: The findings can guide dose choice for trials in depressed patients.",
    ),
    (
        "Low-dose naltrexone and affective bias in healthy volunteers",
        "Methods: We randomised 72 healthy volunteers to naltrexone 1 mg, 3 mg or 4.5 mg or "
        "placebo for a week and measured mood ratings.\n"
        "Results: Positive bias appeared at 3 mg and above.\n"
        "Conclusions: These results inform dose selection for future studies in people with "
        "major depression.",
    ),
    (
        "Naltrexone at 1.5 and 4.5 mg on mood in healthy students",
        "Methods: Fifty-six healthy students were randomized to naltrexone 1.5 mg or 4.5 mg "
        "daily or to placebo; mood was rated each day.\n"
        "Results: Mood did not change, but happy faces were recognised more at 4.5 mg.\n"
        "Conclusions: Our data may help in preparation for a randomised trial in adults with "
        "treatment-resistant depression.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_people_of_the_trial_it_informs_are_not_its_own(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


def test_own_depressed_people_stay_its_own() -> None:
    # near miss: the study took depressed people, and its conclusion points to later trials
    title = "Naltrexone 1.5 mg versus 4.5 mg in major depression: a randomised trial"
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "1.5 mg or 4.5 mg daily added to their antidepressant for eight weeks.\n"
        "Results: Depression scores fell more with 4.5 mg.\n"
        "Conclusions: These data inform dose selection for trials in depressed patients."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"
