"""Open-label treatment offered to the people who finished a randomised trial's blinded
phase ("twelve months of open-label X after a randomised trial", "completers of the
double-blind phase went on to 40 weeks of open-label X") is an open-label extension, told
without the word "extension" before it: non-randomised, whatever the parent's randomisation.
Shown by holdout326 36600018 (a year of open-label LDN after a double-blind trial read as
an rct). Session 32, round 83, c83a."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Forty weeks of open-label low-dose naltrexone following a placebo-controlled "
            "trial in SSRI-treated depression",
            "Methods: Adults who finished the eight-week double-blind phase, in which "
            "naltrexone 4.5 mg or placebo was added to an SSRI, could take naltrexone 4.5 mg "
            "open-label for 40 weeks.\nResults: Thirty-nine adults continued; 30 finished.",
        ),
        (
            "One year of open-label naltrexone after a randomised, double-blind study in "
            "bipolar depression",
            "Methods: Completers of the blinded study were offered naltrexone 3 mg nightly "
            "without a placebo for 52 weeks.\nResults: Twenty-six patients took part and "
            "relapse occurred in five.",
        ),
        (
            "Open-label low-dose naltrexone after the double-blind phase of a trial in "
            "adolescents with depression",
            "Methods: Adolescents who had completed the blinded phase received naltrexone "
            "2 mg daily for six months.\nResults: Eighteen adolescents entered; CDRS-R scores "
            "stayed low.",
        ),
    ],
)
def test_open_label_after_a_blinded_trial_is_an_extension(title, abstract):
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_a_randomised_trial_after_open_label_run_in_stays_rct():
    # near miss: the open-label phase came first and the study itself then randomised
    f = facts(
        "Low-dose naltrexone after an open-label run-in: a randomised withdrawal trial",
        "Methods: After four weeks of open-label naltrexone 4.5 mg, responders were "
        "randomised to continue or switch to placebo.\nResults: Sixty adults were "
        "randomised; relapse was lower on naltrexone (p = 0.01).",
        TRIAL,
    )
    assert f.design == "rct"
