"""A derived report that opens with its parent trial in a frame holding the parent's
count ("In a placebo-controlled trial in which 152 adults ... were randomised ...," or
"Of 96 women randomised in a trial of X,") and then counts its own people, named by what
they did or had ("44 participants ... gave blood", "52 met criteria"): the count after the
frame is the report's n (round 42, c42a; shown by holdout140 15400021, where the parent's
152 gave a false larger-trials verdict, and 15400023)."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Baseline markers and response to low-dose naltrexone: a biomarker study within a randomised trial"


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # the record's wording (15400021)
        (
            "Low-dose naltrexone is thought to act partly through glial toll-like receptor 4. "
            "In a placebo-controlled trial in which 152 adults with major depression taking an "
            "SSRI or SNRI were randomised to naltrexone 4.5 mg or placebo, 44 participants at "
            "the two centres with biobanking gave blood at baseline and week 12. Participants "
            "with CRP >= 3 mg/L (n = 17) had a larger MADRS benefit from naltrexone.",
            44,
        ),
        # probe: "within a trial that randomised", the people named by a procedure
        (
            "Methods: Within a double-blind trial that randomised 200 outpatients with major "
            "depression to naltrexone 4.5 mg or placebo added to escitalopram, 38 patients at "
            "one site underwent resting-state fMRI before and after treatment.\n"
            "Results: Connectivity changed.",
            38,
        ),
        # probe: "from an RCT in which ... were assigned", a relative clause on the people
        (
            "Methods: From an RCT in which 180 adults with treatment-resistant depression were "
            "assigned to LDN 1 mg twice daily or placebo, 27 participants who consented to "
            "genotyping provided saliva.\nResults: OPRM1 genotype did not moderate response.",
            27,
        ),
        # probe: "Of N randomised in a trial of X, M had ..."
        (
            "Methods: Of 140 adults randomised in a placebo-controlled trial of naltrexone 2 mg "
            "added to SSRIs, 41 had a baseline CRP above 3 mg/L.\nResults: Benefit was larger.",
            41,
        ),
    ],
)
def test_the_count_after_the_parents_frame_is_the_reports(abstract: str, own: int) -> None:
    assert facts(TITLE, abstract, RCT).n == own
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)


@pytest.mark.parametrize(
    "abstract",
    [
        # the people the parent lost are no sample of the report's
        "Methods: In a randomised trial in which 152 adults with major depression were "
        "randomised to naltrexone 4.5 mg or placebo, 12 participants withdrew before week 4.\n"
        "Results: MADRS improved.",
        "Methods: Of 120 adults randomised in the trial of naltrexone 4.5 mg added to "
        "sertraline, 9 discontinued early and were excluded.\nResults: MADRS improved.",
    ],
)
def test_people_lost_from_the_parent_are_not_the_reports_sample(abstract: str) -> None:
    assert facts(TITLE, abstract, RCT).n not in (9, 12)
