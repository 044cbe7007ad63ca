"""A review's protocol that says which studies it will take in ("we will include randomised
controlled trials", "eligible studies will be randomised or quasi-randomised trials") plans
no allocation of its own: "randomised" there qualifies the trials it reviews, so the
protocol is a review's, not a trial's. Shown by holdout271 30300005 (a protocol for a
systematic review and meta-analysis read as a trial's protocol). Session 27, round 73,
c73b."""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at low dose for bipolar depression: a protocol for a systematic review",
            "Methods: Four databases and two trial registers will be searched from inception. "
            "We will include randomised controlled trials comparing naltrexone up to 5 mg "
            "daily with placebo or usual care in adults with bipolar depression. Two "
            "authors will extract data independently.",
        ),
        (
            "Low-dose naltrexone for perinatal depression: protocol of a systematic review and "
            "meta-analysis",
            "Methods: Eligible studies will be randomised or quasi-randomised trials of "
            "naltrexone 1-4.5 mg in women with perinatal depression. Data will be pooled "
            "with a random-effects model.",
        ),
        (
            "Low-dose naltrexone as augmentation in adolescents with depression: review protocol",
            "Methods: We will consider randomised, placebo-controlled trials and crossover "
            "studies of naltrexone at 6 mg/day or less in people aged 12 to 18. Risk of bias "
            "will be judged with RoB 2.",
        ),
    ],
)
def test_eligible_randomised_trials_plan_a_review(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).design == "review"


def test_trial_protocol_randomising_its_people_stays_a_protocol() -> None:
    # near miss: the protocol's own people will be randomised
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: a trial protocol",
        "Methods: We will include 80 adults taking sertraline, who will be randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks.",
        JOURNAL,
    )
    assert f.design == "protocol"
