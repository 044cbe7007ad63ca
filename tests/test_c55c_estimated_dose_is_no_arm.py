"""A dose that is the value of an estimate (the dose a model finds to give 90% of the
maximal effect, a predicted optimal dose, an ED90) is a result, not a dose anybody was
assigned: it adds nothing to the doses studied (round 55, c55c; shown by holdout187
20600019, a secondary dose-response analysis of a 1.5/3/4.5 mg trial whose "Emax model
estimated the dose giving 90% of maximal effect at 3.2 mg/day" listed 3.2 mg). The doses
the trial gave, named with "modelled the dose-response of", stay."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Dose-response of low-dose naltrexone augmentation: secondary analysis of a randomised "
    "fixed-dose trial in SSRI-treated depression"
)
OPENING = (
    "We modelled the dose-response relationship of naltrexone 1.5, 3 and 4.5 mg/day in a "
    "multicentre, placebo-controlled, fixed-dose trial in patients with major depressive "
    "disorder on escitalopram or sertraline. This secondary analysis included the 150 "
    "participants with at least one post-baseline MADRS rating. "
)
METHODS = (
    "Methods: 150 adults with major depressive disorder on sertraline were randomised to "
    "naltrexone 1.5, 3 or 4.5 mg/day or placebo for 8 weeks.\n"
)
ESTIMATES = [
    # the record's wording
    "An Emax model estimated the dose giving 90% of maximal effect at 3.2 mg/day (95% "
    "credible interval 1.9 to 4.4).",
    # probes: other words, other orders, other numbers
    "The predicted optimal dose was 2.7 mg/day.",
    "A dose of 3.6 mg was estimated to be the optimal dose.",
    "Bayesian modelling estimated the most effective dose at 2.8 mg daily.",
    "The estimated ED90 was 3.8 mg per day.",
    "Maximal benefit was predicted to occur at 3.9 mg/day.",
]


@pytest.mark.parametrize("estimate", ESTIMATES)
def test_an_estimated_dose_in_an_unlabelled_abstract(estimate: str) -> None:
    f = facts(TITLE, OPENING + estimate, RCT)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize("estimate", ESTIMATES)
@pytest.mark.parametrize("label", ["Results", "Conclusions"])
def test_an_estimated_dose_in_a_labelled_section(estimate: str, label: str) -> None:
    f = facts(TITLE, f"{METHODS}{label}: {estimate}", RCT)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]


def test_the_record_as_written() -> None:
    f = facts(
        TITLE,
        OPENING + ESTIMATES[0] + " Sleep-related adverse events rose with dose. The results "
        "suggest that doses between 3 and 4.5 mg capture most of the benefit.",
        RCT,
    )
    assert (f.ldn_doses_mg, f.compares_doses, f.design, f.n) == ([1.5, 3.0, 4.5], True, "rct", 150)


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # near misses: the doses given, told with estimate words, stay
        (
            "Methods: We modelled the dose-response relationship of naltrexone 1.5, 3 and "
            "4.5 mg/day in 150 adults with major depressive disorder randomised in a "
            "fixed-dose trial.",
            [1.5, 3.0, 4.5],
        ),
        (
            "Methods: 90 adults with major depressive disorder were randomised to naltrexone "
            "1.5 mg or 4.5 mg. Adherence was estimated from pill counts.\nResults: Adherence "
            "was 91% at 1.5 mg and 88% at 4.5 mg.",
            [1.5, 4.5],
        ),
    ],
)
def test_doses_given_stay(abstract: str, doses: list[float]) -> None:
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == doses
