"""Treatment periods of the drug and placebo taken in random order (a series of N-of-1
trials, a crossover whose "periods" or "cycles" are ordered by chance) are a
randomisation, though no verb of receiving is next to it: "three cycles, each of two
periods of X and placebo in random order". Shown by holdout317 35600037 (a blinded series
of N-of-1 trials read as non-randomised). Session 32, round 83, c83a."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Each of eight adults with depression completed two cycles, each made of a "
        "two-week period of naltrexone 4.5 mg and a two-week period of placebo in random "
        "order, with identical capsules.\nResults: Eight adults finished; mood was better on "
        "naltrexone in five.",
        "Methods: Patients taking an SSRI went through four treatment periods of naltrexone "
        "3 mg or placebo, in a random sequence, blinded to patients.\nResults: Twelve patients "
        "completed all periods.",
        "Methods: In each N-of-1 trial, naltrexone 2 mg and matching placebo cycles were "
        "arranged in random order for every participant.\nResults: Ten participants with "
        "dysthymia took part.",
    ],
)
def test_periods_in_random_order_are_randomised(abstract):
    f = facts("N-of-1 trials of low-dose naltrexone in depression", abstract, TRIAL)
    assert f.design == "rct"


def test_questionnaires_in_random_order_are_no_allocation():
    # near miss: scales shown in random order allocate nobody
    f = facts(
        "Open-label low-dose naltrexone in depression: a single-arm pilot",
        "Methods: Twenty adults took naltrexone 4.5 mg nightly for eight weeks; the rating "
        "scales were presented in random order at each visit.\nResults: MADRS fell by 7.",
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"
