"""A reference group counted beside the patients that the record says took no study drug
("healthy volunteers were scanned once without medication", "controls did not receive
naltrexone", "only the patients received the study drug") is a yardstick, not the trial's
people: n is the patients (CONTRACT.md: the study's participants, randomised in an RCT).
Shown by holdout286 31900022 (a single-dose crossover fMRI study with healthy
volunteers as a reference). Session 29, round 76, c76e."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone and reward processing in depression: a randomised crossover study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Thirty-two adults with major depressive disorder and 18 healthy controls "
            "underwent PET imaging after naltrexone 4.5 mg or placebo in randomised order. "
            "Healthy controls did not receive study medication and were imaged once.\n"
            "Results: Binding fell after naltrexone in patients.",
            32,
        ),
        (
            "Methods: Twenty depressed outpatients and 15 healthy volunteers performed a "
            "reward task after LDN 3 mg or placebo in a randomised, double-blind sequence. "
            "Volunteers were tested once without any drug as a comparison.\n"
            "Results: Reward learning improved with LDN.",
            20,
        ),
        (
            "Methods: 24 patients with treatment-resistant depression and 24 age-matched "
            "healthy subjects completed EEG sessions after naltrexone 4.5 mg or placebo, "
            "given in random order. Only the patients received the study drug.\n"
            "Results: Frontal asymmetry shifted after naltrexone.",
            24,
        ),
        (
            "Methods: Nineteen adults with bipolar depression took naltrexone 4.5 mg and placebo "
            "on separate days in random order, double-blind; 25 healthy adults were tested "
            "once without medication for comparison.\n"
            "Results: Reward responses rose after naltrexone.",
            19,
        ),
    ],
)
def test_untreated_reference_group_is_not_counted(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


def test_reference_group_that_took_the_drug_keeps_todays_answer() -> None:
    """Near miss: the volunteers took both conditions too; nothing says they took none."""
    f = facts(
        TITLE,
        "Methods: Thirty-two adults with major depressive disorder and 18 healthy controls "
        "underwent PET imaging after naltrexone 4.5 mg or placebo in randomised order. "
        "Healthy controls also received both conditions.\n"
        "Results: Binding fell after naltrexone in both groups.",
        RCT,
    )
    assert f.n == 50
