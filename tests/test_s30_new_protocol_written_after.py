"""A study its investigators then wrote, registered or opened in this one's place ("The
investigators then wrote a new protocol allowing any SSRI or SNRI"): another study's
design, not this one's; what it allows is not taken here. Shown by registry73
NCT01900005 (a stopped vortioxetine trial given the successor's SSRIs and SNRIs).
Session 30, round 79, c79a."""

import pytest
from written import RCT, facts

CASES = [
    (
        "Low-dose naltrexone added to vortioxetine in depression: a stopped pilot",
        "Methods: Adults on vortioxetine were randomized to naltrexone 4.5 mg or placebo.\n"
        "Results: Enrolment was slow and the pilot closed after 9 patients. We then designed "
        "a new trial open to patients on any SNRI or tricyclic.",
    ),
    (
        "Naltrexone 4.5 mg with escitalopram: an early-terminated randomized trial",
        "Methods: Patients taking escitalopram received naltrexone 4.5 mg or placebo.\n"
        "Results: The trial was halted after 14 participants. The sponsor subsequently "
        "registered a new study that admits people on duloxetine or venlafaxine.",
    ),
    (
        "Adjunctive low-dose naltrexone to citalopram: a terminated pilot",
        "Methods: Adults taking citalopram were randomized to naltrexone 3 mg or placebo.\n"
        "Results: Recruitment stopped at 10. The investigators later launched a new protocol "
        "permitting any SNRI.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_successor_protocol_allowance_not_taken(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


def test_own_protocol_allowance_still_counts() -> None:
    # near miss: the study's own protocol allows SNRIs
    title = "Low-dose naltrexone added to antidepressants: a randomized trial"
    abstract = (
        "Methods: The protocol allowed any SNRI; 60 adults taking duloxetine or venlafaxine "
        "were randomized to naltrexone 4.5 mg or placebo.\nResults: Response was higher."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic", "noradrenergic"]
