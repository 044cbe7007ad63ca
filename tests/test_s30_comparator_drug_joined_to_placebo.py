"""An antidepressant named on the comparison's side together with placebo ("improves
depression more than escitalopram plus placebo", "compared with placebo added to
sertraline"): placebo stands in for the watched drug, so the antidepressant is the
background every arm takes, not a comparator of its own. Shown by registry73 NCT01900003
(escitalopram read as only the comparator arm's drug: a missed serotonergic-combination).
Session 30, round 79, c79a."""

import pytest
from written import RCT, facts

CASES = [
    (
        "Naltrexone at low dose as an add-on for depression",
        "Objective: To learn whether naltrexone 2 mg a day improves mood more than "
        "sertraline plus placebo in adults still depressed on sertraline.\n"
        "Results: MADRS fell by 4 points more with naltrexone.",
    ),
    (
        "Low-dose naltrexone in partial responders to vortioxetine",
        "Objective: We asked whether low-dose naltrexone (4.5 mg nightly) relieves "
        "symptoms better than vortioxetine with placebo in partial responders.\n"
        "Results: Remission was 31% versus 17%.",
    ),
    (
        "Naltrexone 3 mg augmentation in depression: a randomized comparison",
        "Objective: To test whether naltrexone 3 mg daily lowers HAM-D scores more than "
        "duloxetine and placebo in adults who had not remitted on duloxetine.\n"
        "Results: Response rates did not differ.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_antidepressant_with_placebo_is_background(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes != []


def test_double_dummy_keeps_the_comparator() -> None:
    # near miss: the watched drug's side holds a placebo too (double dummy): sertraline is
    # one arm's drug only
    title = "Low-dose naltrexone versus sertraline for depression: a double-dummy trial"
    abstract = (
        "Methods: Seventy adults were randomized to naltrexone 4.5 mg plus placebo or to "
        "sertraline plus placebo for 8 weeks.\nResults: Response rates were similar."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []


@pytest.mark.parametrize(
    "arms",
    [
        "naltrexone 3 mg plus placebo or to placebo plus citalopram 20 mg",
        "naltrexone 1.5 mg/day with placebo or placebo with escitalopram 10 mg",
        "naltrexone 4.5 mg daily and a dummy capsule, or a dummy capsule and sertraline",
    ],
)
def test_a_placebo_beside_the_dosed_watched_drug_keeps_the_comparator(arms: str) -> None:
    # near miss found at merge (test_comparator_arms.py): the watched drug's placebo comes
    # after its dose, so the other side's drug is still one arm's only
    abstract = (
        f"Methods: Eighty outpatients with major depression were randomised to {arms} for "
        "10 weeks.\nResults: MADRS scores fell in both arms."
    )
    assert facts("Low-dose naltrexone or an SSRI", abstract, RCT).concomitant_classes == []
