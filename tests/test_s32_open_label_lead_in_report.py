"""A report of a randomised trial's open-label lead-in (run-in) phase, given on its own
while the randomised phase after it is still under way ("Open-label lead-in phase of a
randomised withdrawal trial ...: response and tolerability"), is an open-label part of
that trial: non-randomised, with the people who entered the lead-in as its n, not the
responders later randomised. Shown by holdout324 36400012 (read as an rct of the 29
responders randomised afterwards). Session 32, round 83, c83a."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Open-label run-in phase of a randomised discontinuation trial of low-dose "
            "naltrexone added to SNRIs: outcomes at eight weeks",
            "Methods: Adults with major depression on venlafaxine or duloxetine took "
            "naltrexone 4.5 mg at night without blinding for eight weeks.\nResults: Eighty "
            "adults entered the run-in and 70 completed it; 33 responded. The responders were "
            "then randomised to naltrexone or placebo, and that phase continues.",
            80,
        ),
        (
            "The open-label lead-in of a placebo-controlled withdrawal study of naltrexone "
            "3 mg in SSRI-treated depression",
            "Methods: Outpatients on sertraline or escitalopram received naltrexone 3 mg "
            "nightly for twelve weeks.\nResults: Ninety-one outpatients started treatment; "
            "40 met response criteria and have since been randomly assigned to stay on "
            "naltrexone or switch to placebo.",
            91,
        ),
        (
            "Low-dose naltrexone in bupropion-treated depression: the open-label lead-in "
            "phase of a randomised withdrawal trial",
            "Methods: Adults taking bupropion received naltrexone 2 mg daily for six weeks.\n"
            "Results: Fifty-seven adults entered the lead-in; 25 responders were randomised to continue "
            "or stop naltrexone in the double-blind phase now under way.",
            57,
        ),
    ],
)
def test_a_lead_in_phase_report_is_open_label(title, abstract, n):
    f = facts(title, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.n == n


def test_a_trial_with_a_lead_in_reports_its_randomised_people():
    # near miss: the whole trial's report, of which the lead-in is a part
    f = facts(
        "A randomised withdrawal trial of low-dose naltrexone with an open-label lead-in",
        "Methods: After an eight-week open-label lead-in with naltrexone 4.5 mg, responders "
        "were randomised to continue or switch to placebo.\nResults: Of 120 adults in the "
        "lead-in, 60 responders were randomised; relapse was 18% on naltrexone and 45% on "
        "placebo (p = 0.004).",
        TRIAL,
    )
    assert f.design == "rct"
