"""Round 25 (c25e): a record's own LDN doses, from batch 14 (holdout76, preprints18) once
opened, with probes in other words for each kind."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, facts

# -- a dose raised for too little gain, said as its amount ("after 6 weeks with little
# change the volume was increased"): a raise for want of response, so both levels count
# (CONTRACT.md), not a fixed titration's target alone (holdout76 29100006)

CASE_TITLE = (
    "Low-dose naltrexone added to venlafaxine in treatment-resistant depression: a case report"
)
CASE_OPENING = (
    "Case presentation: A 70-year-old woman with treatment-resistant major depression taking "
    "venlafaxine 225 mg/day was given naltrexone. "
)


@pytest.mark.parametrize(
    ("said", "doses"),
    [
        (
            "Naltrexone was compounded as an oral solution (1 mg/mL) and started at 0.5 mL at "
            "bedtime. After 6 weeks with little change the volume was increased to 1.5 mL.",
            [0.5, 1.5],
        ),
        # probes
        (
            "She began naltrexone 1.5 mg at night; after a month with minimal improvement it "
            "was raised to 3 mg.",
            [1.5, 3.0],
        ),
        (
            "Naltrexone 2 mg was started; as her mood showed limited change by week 6, the dose "
            "was increased to 4.5 mg.",
            [2.0, 4.5],
        ),
    ],
)
def test_a_raise_for_too_little_gain_keeps_both_levels(said: str, doses: list[float]) -> None:
    assert facts(CASE_TITLE, CASE_OPENING + said, CASE).ldn_doses_mg == doses


@pytest.mark.parametrize(
    "said",
    [
        "Naltrexone was started at 1.5 mg and increased to 4.5 mg after two weeks.",
        "Naltrexone was started at 1.5 mg and increased to 4.5 mg after two weeks, with "
        "minimal side effects.",
    ],
)
def test_a_fixed_titration_still_lists_its_target_alone(said: str) -> None:
    assert facts(CASE_TITLE, CASE_OPENING + said, CASE).ldn_doses_mg == [4.5]


# -- doses given person by person with the verb and the drug left out after the first
# ("Patient A took 1.5 mg nightly, Patient B 3 mg and Patient C 4.5 mg"): each is the
# same drug's (preprints18 PPR8100020)

SERIES = "Low-dose naltrexone augmentation of sertraline in postpartum depression: a case series"
SERIES_OPENING = (
    "We describe three women with postpartum depression and partial response to sertraline "
    "100-150 mg/day who received low-dose naltrexone (LDN) as an adjunct. "
)


@pytest.mark.parametrize(
    ("said", "doses"),
    [
        (
            "Patient A took 1.5 mg nightly, Patient B 3 mg and Patient C 4.5 mg, selected "
            "according to tolerability.",
            [1.5, 3.0, 4.5],
        ),
        # probes
        (
            "The first woman took 2 mg at night, the second 3 mg, and the third 4.5 mg.",
            [2.0, 3.0, 4.5],
        ),
        ("Case 1 took 1.5 mg/day, case 2 3 mg/day and case 3 4.5 mg/day.", [1.5, 3.0, 4.5]),
        ("Patient 1 received 1.5 mg, while patient 2 needed 3 mg.", [1.5, 3.0]),
    ],
)
def test_each_persons_dose_with_the_drug_left_out_is_the_same_drugs(
    said: str, doses: list[float]
) -> None:
    assert facts(SERIES, SERIES_OPENING + said, JOURNAL).ldn_doses_mg == doses


def test_another_supplement_after_the_dose_is_not_gapped() -> None:
    said = "Patient A took 4.5 mg nightly and vitamin D 5 mg."
    assert facts(SERIES, SERIES_OPENING + said, JOURNAL).ldn_doses_mg == [4.5]
