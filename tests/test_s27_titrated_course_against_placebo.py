"""A crossover whose drug period is a fixed titration, set against a placebo period "in
random order": the random order is the drug's and the placebo's, not the titration's
steps, so only the target is a dose (CONTRACT.md: a fixed titration lists only its
target). Shown by holdout268 29900006 ("naltrexone (titrated over three weeks from 1.5 mg
to ...) and placebo for 12 weeks each ..., in random order", read as [1.5, 4.5]).
Session 27, round 73, c73d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Methods: In this two-period crossover, participants had placebo and naltrexone, "
            "titrated from 1 mg to 3 mg over ten days, for 6 weeks each in randomised order.",
            [3.0],
        ),
        (
            "Methods: Each woman received naltrexone (titrated from 0.5 mg up to 2 mg within "
            "a week) and a matching placebo for 8 weeks each, in a random order.",
            [2.0],
        ),
        (
            "Methods: Adults took 10 weeks of naltrexone, titrated over two weeks from 1.5 mg "
            "to 4.5 mg at night, and 10 weeks of placebo, in counterbalanced order.",
            [4.5],
        ),
    ],
)
def test_random_order_of_drug_and_placebo_keeps_the_titration(
    abstract: str, doses: list[float]
) -> None:
    assert facts("Low-dose naltrexone crossover trial", abstract, RCT).ldn_doses_mg == doses


def test_doses_in_random_order_stay_compared() -> None:
    # near miss: two doses and placebo, each a period in random order
    abstract = (
        "Methods: In this crossover, participants took naltrexone 1.5 mg, naltrexone 4.5 mg "
        "and placebo for 4 weeks each in random order."
    )
    assert facts("Low-dose naltrexone crossover trial", abstract, RCT).ldn_doses_mg == [1.5, 4.5]
