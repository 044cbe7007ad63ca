"""The evidence so far told by what it consists of: "the only randomised trial of X
enrolled ...", "data on X come from one randomised trial of 12 patients and a series of
40". Such a sentence describes other studies:
its randomisation is theirs, not the record's. Set in an Objectives or Purpose section
it is read as background all the same. Shown by holdout246 27500017 (an open-label
study whose background named "the only randomized trial") and holdout248 27700026 (an open
adolescent study whose objectives counted the adult trials). Session 26, round 70, c70e."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone added to vortioxetine: an open pilot",
            "Purpose: The sole randomised study of low-dose naltrexone in depression "
            "recruited older adults taking venlafaxine.\n"
            "Methods: Twenty-two adults with major depression on vortioxetine took "
            "naltrexone 3 mg nightly for 8 weeks.\n"
            "Results: Twenty completed; MADRS fell from 28 to 17.",
        ),
        (
            "Open-label low-dose naltrexone in late-life depression",
            "Objectives: Evidence on low-dose naltrexone in depression comes from a single "
            "double-blind trial of 12 patients and two case series.\n"
            "Methods: Twenty-six adults over 65 with major depression took naltrexone 2 mg "
            "at bedtime for 10 weeks alongside their sertraline.\n"
            "Results: Twenty-three completed; HAMD fell from 22 to 13.",
        ),
        (
            "Low-dose naltrexone for depression in multiple sclerosis: an uncontrolled study",
            "Objective: Data on low-dose naltrexone for mood come from one randomized "
            "trial of 30 patients and an open series of 54.\n"
            "Methods: Thirty-one people with multiple sclerosis and major depression took "
            "naltrexone 4.5 mg each night for 12 weeks in addition to citalopram.\n"
            "Results: Twenty-eight completed; BDI-II fell from 27 to 18.",
        ),
    ],
)
def test_evidence_so_far_lends_no_design(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_own_only_randomised_trial_stays_rct() -> None:
    # the record calling itself the only randomised trial keeps its design
    f = facts(
        "Low-dose naltrexone added to escitalopram in major depression",
        "Background: This is the only randomized trial of low-dose naltrexone with an SSRI.\n"
        "Methods: Sixty adults with major depression on escitalopram were randomized to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\n"
        "Results: MADRS fell more with naltrexone (p = 0.03).",
        TRIAL,
    )
    assert f.design == "rct"
