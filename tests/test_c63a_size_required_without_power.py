"""Kind: a protocol's sample-size calculation names the size it needs without the word
"power" ("Assuming a standardised effect of 0.55 and 15% attrition, 180 participants are
required (60 per arm)"): that is the trial's planned n, not a call for other work. The
trials others need ("larger trials of at least 200 patients are needed") and a results
paper's reckoning for a later trial are not its size.

Round 63, c63a; the record that showed it: holdout224 25000005 (label n 180; read none, so
larger-trials "in_progress" missed).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Two doses of low-dose naltrexone as adjunct to SSRIs in major depression (NALDOSE): study "
    "protocol for a three-arm randomised controlled trial"
)
RECORD = (
    "Background: Whether 1.5 mg or 4.5 mg of naltrexone is the better adjunctive dose has not "
    "been tested.\n"
    "Methods: NALDOSE is a multicentre, double-blind, three-arm trial at 9 outpatient sites. "
    "Adults aged 18-70 with major depressive disorder and a MADRS score of at least 20 despite "
    "an adequate SSRI trial will be randomised 1:1:1 to naltrexone 1.5 mg, naltrexone 4.5 mg "
    "or placebo once daily for 12 weeks, in addition to their SSRI. Each participant attends 7 "
    "study visits (1,260 visits in total). Assuming a standardised effect of 0.55 and 15% "
    "attrition, 180 participants are required (60 per arm). Blood samples at 3 visits will "
    "assess IL-6 and CRP.\n"
    "Discussion: NALDOSE will be the first dose-comparison trial of LDN augmentation of SSRIs.\n"
    "Trial registration: EudraCT 2025-000311-22; NCT07110005."
)


def test_the_record() -> None:
    assert facts(TITLE, RECORD, PROTOCOL).n == 180
    assert gaps(TITLE, RECORD, PROTOCOL)["larger-trials"] == "in_progress"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Adults with major depressive disorder on an SSRI will be randomised to naltrexone "
            "1.5 mg or 4.5 mg. A total of 96 patients will be needed to detect a 4-point "
            "difference in MADRS.",
            96,
        ),
        (
            "Methods: Adults with major depressive disorder taking an SSRI will be randomised "
            "to naltrexone 1.5 mg, 4.5 mg or placebo. Sample size: assuming a difference of 3.5 "
            "points (SD 6) and 10% dropout, 120 participants are needed.",
            120,
        ),
        (
            "64 adults with major depressive disorder (32 per arm) are required, assuming an "
            "effect size of 0.7 and 20% attrition. Participants taking venlafaxine will receive "
            "naltrexone 4.5 mg or placebo.",
            64,
        ),
    ],
)
def test_size_required_anywhere(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, PROTOCOL).n == n
    assert gaps(TITLE, abstract, PROTOCOL)["larger-trials"] == "in_progress"


def test_trials_others_need_are_no_size() -> None:
    f = facts(
        "Low-dose naltrexone with SSRIs in major depression: protocol of an open-label pilot",
        "Adults with major depressive disorder on an SSRI will take naltrexone 4.5 mg for 8 "
        "weeks. Larger trials of at least 200 patients are needed to detect small effects.",
        PROTOCOL,
    )
    assert f.n is None


def test_a_results_papers_reckoning_for_a_later_trial() -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised pilot trial"
    abstract = (
        "Methods: 40 adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo.\nResults: MADRS fell by 3 more points.\nConclusions: "
        "Assuming this effect, 200 patients are needed in a definitive trial."
    )
    assert facts(title, abstract, RCT).n == 40
    assert gaps(title, abstract, RCT).get("larger-trials", "no") == "no"
