"""The condition as a recorded comorbidity of a cohort selected for something else ("12
(23%) had a recorded depressive disorder", "9 had documented depression"): a trait of the
people, not an outcome. Shown by holdout252 28500040 (an LDN thyroiditis cohort read as
on-topic). Session 26, round 70, c70a."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")
TITLE = "Low-dose naltrexone in psoriasis: a retrospective cohort of skin scores"


@pytest.mark.parametrize(
    "listed",
    [
        "Medications and comorbidities were abstracted: 9 (18%) had a recorded depressive "
        "disorder and 6 took an SSRI.",
        "From the charts: 11 patients had documented major depression; 4 had hypertension.",
        "Chart data showed that 7 (14%) had a coded depressive episode.",
    ],
)
def test_recorded_comorbidity_is_a_trait(listed: str) -> None:
    f = facts(
        TITLE,
        "Methods: We reviewed 50 adults with psoriasis who started naltrexone 4.5 mg daily "
        f"at a dermatology clinic. {listed}\nResults: PASI fell from 12 to 8 at 6 months.",
        OBS,
    )
    assert not f.on_topic


@pytest.mark.parametrize(
    "tally",
    [
        "Medications were abstracted: antidepressant use, SSRI 6 (12%), SNRI 2 (4%).",
        "Baseline drugs: antidepressant use 9 (18%), statins 12 (24%).",
        "Co-prescriptions were charted; antidepressant use: 5 (10%).",
    ],
)
def test_tallied_antidepressant_use_is_a_trait(tally: str) -> None:
    """The use of antidepressants tallied as a share of a cohort selected for another
    condition (holdout252 28500040's medication list) is a characteristic, not the
    condition."""
    f = facts(
        TITLE,
        "Methods: We reviewed 50 adults with psoriasis who started naltrexone 4.5 mg daily "
        f"at a dermatology clinic. {tally}\nResults: PASI fell from 12 to 8 at 6 months.",
        OBS,
    )
    assert not f.on_topic


def test_measured_depression_in_cohort_stays() -> None:
    """Near miss: the cohort measured depression as an outcome."""
    f = facts(
        TITLE,
        "Methods: We reviewed 50 adults with psoriasis who started naltrexone 4.5 mg daily. "
        "PHQ-9 depression scores were recorded at baseline and 6 months.\nResults: PASI and "
        "PHQ-9 scores both fell.",
        OBS,
    )
    assert f.on_topic
