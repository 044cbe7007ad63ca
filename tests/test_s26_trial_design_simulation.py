"""A simulation study of trial designs (operating characteristics, simulated trials,
power of dose-finding designs) motivated by the drug has no participants: its trials are
simulated, so nobody takes the drug and the record is not on-topic, whatever doses and
condition it names. Shown by holdout253 28200015 (a Bayesian dose-finding simulation
motivated by an LDN pilot, read as on-topic). Session 26, round 71, c71e."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Sample size for adaptive augmentation trials in depression: a simulation "
            "study using low-dose naltrexone as an example",
            "Using low-dose naltrexone 4.5 mg as a case study, we simulated 10,000 trials "
            "under six effect-size scenarios to compare group-sequential and fixed designs "
            "for depression augmentation. Group-sequential designs saved 22% of patients "
            "on average. We recommend interim analyses for future LDN trials.",
        ),
        (
            "Operating characteristics of response-adaptive randomisation for low-dose "
            "naltrexone dose-finding in major depression",
            "We evaluated the operating characteristics of three dose-finding designs for "
            "naltrexone 1, 2.5 and 4.5 mg in depression across 18 simulated scenarios with "
            "up to 200 patients per trial. Adaptive randomisation chose the right dose in "
            "64% of simulated trials.",
        ),
        (
            "Designing trials of low-dose naltrexone for depression: a simulation study",
            "Drawing on published augmentation trials, we generated simulated trials of "
            "LDN 3 mg versus placebo in treatment-resistant depression and compared power "
            "for MADRS change under crossover and parallel designs. Crossover designs "
            "needed 40% fewer patients.",
        ),
    ],
)
def test_simulated_trials_are_no_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract).on_topic


def test_trial_with_simulated_power_stays_on_topic() -> None:
    # near miss: a real trial whose sample size came from simulations
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: a randomized trial",
        "Methods: The sample size was set by simulation. Sixty adults with major depression "
        "on an SSRI were randomized to LDN 4.5 mg or placebo for 8 weeks.\nResults: MADRS "
        "fell by 9.8 vs 6.1 points.",
        ("Randomized Controlled Trial",),
    )
    assert f.on_topic
