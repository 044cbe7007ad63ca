"""A protocol's power calculation naming its size as "a sample of N" that "is required"
("To detect a difference of 3 points, a sample of 128 is required"): the study's own plan,
not future work, so the protocol keeps its n; a sentence asking for a later, larger trial
stays future work. Kind found in round 80 (no record yet). Session 31, round 81, c81c."""

import pytest
from written import PROTOCOL, facts

TITLE = "Naltrexone 4.5 mg for depression: protocol for a randomised controlled trial"
METHODS = (
    "Methods and analysis: Adults with major depression will be randomised to naltrexone "
    "4.5 mg or placebo for eight weeks. "
)
CASES = [
    ("To find a 3-point difference in MADRS with 80% power, a sample of 144 is required.", 144),
    ("Assuming an effect size of 0.5 and 10% dropout, a total sample of 110 is needed.", 110),
    (
        "To detect a standardised difference of 0.45 at a two-sided alpha of 0.05, a sample of "
        "172 participants will be required.",
        172,
    ),
]


@pytest.mark.parametrize(("sentence", "n"), CASES)
def test_sample_required_is_the_protocols_plan(sentence: str, n: int) -> None:
    assert facts(TITLE, METHODS + sentence, PROTOCOL).n == n


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the size a later trial would need is future work, never this plan
        "To detect a 2-point difference, a future definitive trial with a sample of 400 is "
        "required.",
        "If feasible, a larger trial will follow; to detect a 2-point difference, a sample "
        "of 400 is required.",
    ],
)
def test_size_of_a_later_trial_stays_future_work(sentence: str) -> None:
    abstract = METHODS + "Sixty participants will be enrolled. " + sentence
    assert facts(TITLE, abstract, PROTOCOL).n == 60
