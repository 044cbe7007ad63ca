"""A thesis (or a multi-part report) whose closing chapter sets out the design of the next,
randomised trial: "Chapter 5 sets out the design of a randomised trial" plans another study;
its randomisation is not the record's own. Shown by holdout249 27800008 (a dissertation on an
open-label single-arm trial read as an RCT). Session 26, round 70, c70e."""

import pytest
from written import facts

THESIS = ("Academic Dissertation",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in depressed students: an open-label trial",
            "This dissertation examines low-dose naltrexone in university students with "
            "major depression. Chapter 3 reports an open-label, single-arm trial in which "
            "twenty-four students took naltrexone 3 mg at night for 8 weeks. MADRS fell from "
            "27 to 15. The final chapter outlines the protocol for a double-blind, "
            "randomized trial.",
        ),
        (
            "Naltrexone at low dose for depression after stroke: an uncontrolled study",
            "Part one reviews opioid signalling after stroke. Part two reports an open-label "
            "study of thirty survivors with post-stroke depression given naltrexone 1.5 mg "
            "daily for 12 weeks; HAMD fell from 21 to 12. Part three presents the design of "
            "a placebo-controlled randomised trial.",
        ),
        (
            "Low-dose naltrexone alongside SSRIs in primary care: a single-arm feasibility study",
            "Chapter 2 describes a single-arm feasibility study in which 20 adults with major "
            "depression on an SSRI added naltrexone 4.5 mg nightly for 10 weeks; 17 "
            "completed and BDI-II fell from 29 to 18. Chapter 4 sets out a plan for a "
            "multicentre randomized trial.",
        ),
    ],
)
def test_chapter_planning_next_trial_lends_no_design(title: str, abstract: str) -> None:
    assert facts(title, abstract, THESIS).design == "nonrandomized_trial"


def test_chapter_reporting_own_randomised_trial_stays_rct() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline: a randomised trial",
        "Chapter 2 reviews the pharmacology of naltrexone. Chapter 3 presents the design "
        "of the trial: sixty adults with major depression on sertraline were randomised to "
        "naltrexone 3 mg or placebo for 8 weeks. MADRS fell more with naltrexone (p = 0.02).",
        THESIS,
    )
    assert f.design == "rct"
