"""The count of people as the bare object of the study's verb, picked by what they had or
closing its clause, no noun after it: "we screened 212 adults and randomised 54 with major
depression ...", "we enrolled 31 who met criteria", "we then randomised 40." Shown by
holdout319 35800006 (n not stated: a missed larger-trials). Session 31, round 80, c80c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for treatment-resistant depression: a randomised trial"
CASES = [
    (
        "Methods: We assessed 180 outpatients and randomised 62 with a current major "
        "depressive episode and a MADRS of 22 or more to naltrexone 4.5 mg or placebo.\n"
        "Results: Fifty-one completed the trial.",
        62,
    ),
    (
        "Methods: From a university outpatient service we enrolled 75 who met DSM-5 criteria for major "
        "depression; each took naltrexone 1.5 mg nightly for eight weeks.\n"
        "Results: Depression scores fell.",
        75,
    ),
    (
        "Methods: Of 140 people screened by telephone, we then randomised 58. Naltrexone 3 mg "
        "or matching placebo was taken each evening.\nResults: Anhedonia improved more "
        "with naltrexone.",
        58,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_bare_count_after_verb_is_n(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


def test_dose_after_verb_is_no_count() -> None:
    # near miss: a number after "randomised" that is a dose, with its arms named by noun
    abstract = (
        "Methods: We randomised 48 adults with major depression to naltrexone 4.5 mg or "
        "placebo.\nResults: Response was 40% and 25%."
    )
    assert facts(TITLE, abstract, RCT).n == 48
