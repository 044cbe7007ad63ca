"""The watched drug named "as (an) adjuvant to" the people's antidepressant ("low-dose
naltrexone as adjuvant to escitalopram"): the antidepressant is taken with it in every arm,
as "adjunct to" says, not a comparator of its own. Shown by holdout302 33900022 (escitalopram
read as only the control arm's drug: a missed serotonergic-combination). Session 30,
round 78, c78a."""

import pytest
from written import RCT, facts

CASES = [
    (
        "Low-dose naltrexone as adjuvant to sertraline for major depression: a randomized study",
        "Methods: Eighty outpatients were randomly divided into an observation group and a "
        "control group of 40 each. The control group took sertraline 50 to 100 mg a day; the "
        "observation group also took naltrexone 4.5 mg a day.\n"
        "Results: HAMD scores fell further in the observation group.",
    ),
    (
        "Small-dose naltrexone as an adjuvant to paroxetine in first-episode depression",
        "Methods: Seventy patients were allocated by random number table to two groups. "
        "Controls were given paroxetine 20 mg daily, and the study group was given "
        "naltrexone 3 mg daily besides.\nResults: Response was higher in the study group.",
    ),
    (
        "Clinical effect of naltrexone 4.5 mg as adjuvant to citalopram in depressed elderly",
        "Methods: 64 elderly inpatients were randomized to two groups; the control group "
        "received citalopram 20 mg daily, and the treatment group additionally took "
        "naltrexone 4.5 mg at night.\n"
        "Results: Depression scores improved more with the combination.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_adjuvant_to_antidepressant_is_taken_with_it(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


def test_comparator_antidepressant_stays_a_comparator() -> None:
    # near miss: the antidepressant is the other arm, nothing is adjuvant to it
    title = "Low-dose naltrexone versus sertraline for mild depression: a randomized trial"
    abstract = (
        "Methods: Sixty adults were randomized to naltrexone 4.5 mg nightly or to sertraline "
        "50 mg daily, each alone, for 8 weeks.\nResults: Response rates were similar."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
