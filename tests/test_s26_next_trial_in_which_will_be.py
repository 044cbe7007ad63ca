"""A results report closing on its authors' next trial, told with a relative clause in the
future passive ("We are now preparing a randomised follow-up in which 160 patients taking
an SNRI will be allocated to 1.5 or 4.5 mg"): the "will be allocated" belongs to the next
trial, so it neither makes the record a plan of its own trial nor lends it that trial's
design, doses or co-medication. Shown by holdout261 29200004 (an open-label bupropion
add-on study read as an RCT of three doses with SSRIs). Session 26, round 71, c71a."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to escitalopram in major depression: an open study"
METHODS = (
    "Methods: Twenty-two adults with major depressive disorder despite 12 weeks of "
    "escitalopram received open-label naltrexone, 1 mg for a week and then 3 mg nightly, "
    "for 10 weeks.\n"
    "Results: Twenty completed; MADRS scores improved.\n"
)


@pytest.mark.parametrize(
    "plan",
    [
        "We are now preparing a randomised follow-up in which around 140 patients taking "
        "bupropion will be allocated to 1.5 mg, 4.5 mg or placebo.",
        "We plan a double-blind successor trial in which 120 people on duloxetine will be "
        "randomised to 2 or 4.5 mg.",
        "Our team is currently designing a controlled study in which 150 adults on "
        "sertraline will be assigned to 1 mg, 3 mg or placebo.",
    ],
)
def test_next_trial_in_which_people_will_be_allocated_is_not_this_one(plan: str) -> None:
    f = facts(TITLE, f"{METHODS}Conclusions: The add-on was feasible. {plan}", TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == [3.0]
    assert f.concomitant_classes == ["serotonergic"]
    assert not f.compares_doses


def test_own_plan_in_the_future_passive_stays_own() -> None:
    """Near miss: a protocol whose own people "will be randomised" keeps its own plan."""
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: protocol for a "
        "randomised trial",
        "Methods: We plan a double-blind trial in which 120 adults with major depressive "
        "disorder on sertraline will be randomised to naltrexone 1.5 mg, 4.5 mg or placebo "
        "for 12 weeks.",
        ("Clinical Trial Protocol",),
    )
    assert f.design == "protocol"
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses
