"""An allocation said in brackets ("40 accepted randomisation (20 to each drug), 22 chose
X and 12 chose escitalopram") lists its arms only inside its brackets: the drugs named after
the closing bracket are not arms of it, so a drug that people chose instead of the watched
one is a comparator, not a co-medication (CONTRACT.md, "concomitant_classes": a comparator
arm does not count). A drug everyone keeps, named after a bracketed allocation ("(randomised
to X or placebo) continued their sertraline"), stays taken with it. Shown by holdout345
38700016 (a partially randomised preference trial of LDN or sertraline read as LDN with
sertraline). Session 32, round 84, c84b."""

from __future__ import annotations

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Patient preference and low-dose naltrexone in mild depression",
            "Methods: Adults with a current depressive episode were randomised to naltrexone "
            "4.5 mg nightly or escitalopram 10 mg unless they had a strong preference.\n"
            "Results: Seventy-four took part: 40 accepted randomisation (20 to each drug), 22 "
            "chose LDN and 12 chose escitalopram. QIDS scores fell by similar amounts.",
        ),
        (
            "A preference trial of low-dose naltrexone in depression",
            "Methods: Adults with major depression were randomly assigned to naltrexone 3 mg "
            "or fluoxetine 20 mg for 12 weeks, or took the one they preferred.\nResults: Of "
            "the 70 who consented, 44 were randomised (22 to each treatment), 15 preferred "
            "naltrexone and 11 preferred fluoxetine. Response rates were similar.",
        ),
        (
            "Low-dose naltrexone in depressed outpatients: randomised and preference cohorts",
            "Methods: Outpatients with moderate depression were allocated to naltrexone 4.5 mg "
            "or duloxetine 60 mg for ten weeks.\nResults: Eighty patients joined (50 randomly "
            "allocated to either drug), 20 selected naltrexone and 10 selected duloxetine. "
            "MADRS fell in both groups.",
        ),
    ],
)
def test_drugs_after_a_bracketed_allocation_are_not_its_arms(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == []


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: the drug everyone keeps, after or inside the bracketed allocation
        "Methods: Adults with major depression on sertraline were enrolled.\nResults: Sixty "
        "patients (randomised to naltrexone 4.5 mg or placebo) continued their sertraline "
        "throughout; MADRS fell more with naltrexone.",
        "Methods: Adults with major depression taking sertraline were randomised (to "
        "naltrexone 4.5 mg plus sertraline or placebo plus sertraline) for eight weeks.\n"
        "Results: MADRS fell more with naltrexone.",
    ],
)
def test_a_drug_all_keep_stays(abstract: str) -> None:
    f = facts("Low-dose naltrexone added to sertraline in depression", abstract, RCT)
    assert f.concomitant_classes == ["serotonergic"]
