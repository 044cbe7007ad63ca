"""A randomisation a records study only emulates ("weighting to emulate randomisation at
baseline", "cloning and censoring to mimic random assignment") is no randomisation of its
own: a target trial emulation in health records stays observational. Shown by holdout254
28300023 (read as an RCT, closing two gaps). Session 26, round 70, c70b."""

import pytest
from written import JOURNAL, RCT, facts, gaps

TITLE = "Two doses of low-dose naltrexone with antidepressants in depression: a records study"
OBSERVATIONAL = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Using claims data, we compared adults with depression on an SSRI who began "
        "naltrexone at 1.5 mg or at 4.5 mg nightly, applying propensity weights to emulate "
        "randomisation at the start of follow-up.",
        "Methods: Patients on sertraline starting naltrexone 1.5 mg or 4.5 mg were cloned and "
        "censored so as to mimic random assignment at baseline in the electronic records.",
        "Methods: In the clinic's records, depressed adults on escitalopram who started 1.5 mg "
        "or 4.5 mg of naltrexone were weighted, emulating a randomised allocation of dose at "
        "initiation.",
    ],
)
def test_emulated_randomisation_is_not_a_trial(methods: str) -> None:
    abstract = (
        f"{methods}\nResults: Of 3,100 eligible patients, response was 23% with 4.5 mg and "
        "21% with 1.5 mg."
    )
    f = facts(TITLE, abstract, OBSERVATIONAL)
    assert f.design == "observational"
    assert "dose-finding" not in gaps(TITLE, abstract, OBSERVATIONAL)


def test_trial_with_randomisation_stays_rct() -> None:
    """Near miss: a trial that randomised, whose placebo mimics the capsule, stays an RCT."""
    abstract = (
        "Methods: Adults with depression on an SSRI were randomised to naltrexone 1.5 mg or "
        "4.5 mg nightly; capsules were made to mimic one another.\n"
        "Results: Sixty participants were randomised; response was similar."
    )
    assert facts(TITLE.replace("a records study", "a trial"), abstract, RCT).design == "rct"
    assert facts(TITLE.replace("a records study", "a trial"), abstract, JOURNAL).design == "rct"
