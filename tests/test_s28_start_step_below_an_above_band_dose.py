"""A trial whose assigned dose of the drug lies above the low band, with a start in the band
told in a sentence of its own ("Dosing began at 6 mg for the first week", "The initial dose
was 3 mg"), gives nobody a low dose to stay on: the start is a step onto the dose above the
band (CONTRACT.md: a fixed titration's dose is its target), so the trial is not on-topic and
closes no gap. Shown by holdout275 30700026 (a 12 mg/day trial with a first week at 6 mg read
as a low-dose trial, closing larger-trials and serotonergic-combination). Session 28, round
74, c74a."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 10 mg added to sertraline for major depression: a randomised trial",
            "Methods: We randomised 72 adults with major depression who were taking "
            "sertraline to naltrexone 10 mg daily or matching placebo for six weeks. For "
            "the first five days participants took 5 mg.\nResults: HAM-D scores fell "
            "similarly in both groups.",
        ),
        (
            "Moderate-dose naltrexone for treatment-resistant depression",
            "Methods: Eighty patients on fluoxetine were assigned to naltrexone 16 mg at "
            "night or placebo for 12 weeks. Treatment was started at 4 mg during week 1."
            "\nResults: Remission did not differ between the arms.",
        ),
        (
            "Naltrexone 9 mg/day as augmentation of escitalopram in depression",
            "Methods: In this double-blind trial, 64 outpatients taking escitalopram were "
            "allocated to naltrexone 9 mg/day or placebo. The initial dose was 3 mg.\n"
            "Results: MADRS change was -8.1 with naltrexone and -7.9 with placebo.",
        ),
    ],
)
def test_start_in_band_before_a_dose_above_it_is_not_low(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    g = gaps(title, abstract, RCT)
    assert g.get("larger-trials", "no") == "no"
    assert g.get("serotonergic-combination", "no") == "no"


def test_start_before_a_low_dose_keeps_the_trial() -> None:
    # near miss: the start leads to a dose in the band
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression",
        "Methods: We randomised 70 adults taking sertraline to naltrexone 4.5 mg nightly "
        "or placebo for eight weeks. Dosing began at 1.5 mg for the first week.\nResults: "
        "Response was 44% with naltrexone and 26% with placebo.",
        RCT,
    )
    assert f.on_topic
    assert 4.5 in f.ldn_doses_mg


def test_low_dose_arm_beside_a_standard_arm_keeps_the_trial() -> None:
    # near miss: one arm is in the band and is not a start
    f = facts(
        "Low-dose versus standard-dose naltrexone in depression",
        "Methods: We randomised 90 adults with major depression to naltrexone 4.5 mg, "
        "naltrexone 50 mg or placebo. The initial dose was 1.5 mg in every arm.\nResults: "
        "Response was 40%, 30% and 22%.",
        RCT,
    )
    assert f.on_topic
