"""A Stage 1 Registered Report is a trial's protocol, however its methods are worded.

Kind: a record titled a "Stage 1 Registered Report" (accepted in principle before any data
exist), or naming itself "this Stage 1 protocol" in its own words, is ``protocol`` with no
results, so its gaps are at most "in progress", even when it tells its trial in the
present tense ("now randomises ... to one of three arms"). A Stage 2 report of the trial
carries the results and stays a trial; a results paper pointing back at "our Stage 1
protocol" is not a protocol. Round 52, c52a; shown by preprints49 PPR5000016 ("Stage 1
Registered Report (amended): Low-dose naltrexone at two doses to enhance SSRI and SNRI
response in treatment-resistant depression"), amended version 2 of PPR5000006.
"""

from __future__ import annotations

import pytest
from written import facts, gaps, judge_preprint, judge_preprints, preprint

RECORD_TITLE = (
    "Stage 1 Registered Report (amended): Low-dose naltrexone at two doses to enhance SSRI "
    "and SNRI response in treatment-resistant depression - the ADD-LDN trial"
)
RECORD_ABSTRACT = (
    "This amended Stage 1 protocol (version 2) replaces the version posted in February 2025. "
    "Following the in-principle acceptance review, ADD-LDN now randomises adults with "
    "treatment-resistant major depression who take an SSRI or SNRI to one of three arms: "
    "naltrexone 2 mg, naltrexone 4.5 mg, or placebo, nightly for 12 weeks, so that the two "
    "doses can be compared. The planned sample is 180 (60 per arm) instead of 240, and the "
    "primary outcome remains MADRS change at week 12. Registration NCT06702281 has been "
    "updated accordingly. No participant has yet been randomised."
)

STAGE_ONE = [
    (RECORD_TITLE, RECORD_ABSTRACT),
    (
        "Stage 1 Registered Report: low-dose naltrexone 1.5 mg versus 4.5 mg added to "
        "sertraline in major depression",
        "Adults with major depressive disorder on sertraline are randomised to naltrexone "
        "1.5 mg, naltrexone 4.5 mg or placebo for 8 weeks. The primary outcome is HAM-D change.",
    ),
    (
        "Low-dose naltrexone added to escitalopram in depression: a Stage 1 registered report",
        "The trial randomises 96 adults with major depression taking escitalopram to LDN "
        "4.5 mg or placebo. Change in MADRS is the primary outcome.",
    ),
    (
        "Naltrexone at low dose to augment venlafaxine in treatment-resistant depression",
        "This Stage 1 protocol describes the AUG-LDN trial. Eighty adults with "
        "treatment-resistant depression on venlafaxine are randomized to naltrexone 3 mg or "
        "placebo for 10 weeks; the primary outcome is MADRS change.",
    ),
    (
        "Stage-one registered report: ultra-low-dose naltrexone with duloxetine for major "
        "depression",
        "Seventy outpatients with major depressive disorder on duloxetine receive naltrexone "
        "0.5 mg or placebo for 6 weeks in a randomised design; the MADRS is the main outcome.",
    ),
]

# near misses: the trial's results, which must stay a trial with results
RESULTS = [
    (
        "Stage 2 Registered Report: low-dose naltrexone added to sertraline in major depression",
        "Following in-principle acceptance of the Stage 1 protocol, 120 adults with major "
        "depressive disorder on sertraline were randomised to naltrexone 4.5 mg or placebo for "
        "8 weeks. MADRS fell by 4.1 points more with naltrexone (95% CI 1.2 to 7.0; p = 0.006).",
    ),
    (
        "Low-dose naltrexone added to sertraline in major depression: a randomised trial",
        "As set out in our Stage 1 protocol, 120 adults with major depressive disorder on "
        "sertraline were randomised to naltrexone 4.5 mg or placebo for 8 weeks. MADRS fell by "
        "4.1 points more with naltrexone (p = 0.006).",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), STAGE_ONE)
def test_stage_one_report_is_a_protocol(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "protocol"
    assert not f.has_results
    assert "addressed" not in gaps(title, abstract).values()


@pytest.mark.parametrize(("title", "abstract"), STAGE_ONE)
def test_stage_one_preprint_is_in_progress(title: str, abstract: str) -> None:
    f, g = judge_preprint(preprint(title, abstract))
    assert f.design == "protocol"
    assert g and set(g.values()) == {"in_progress"}


def test_the_record() -> None:
    f, g = judge_preprint(preprint(RECORD_TITLE, RECORD_ABSTRACT))
    assert (f.n, f.ldn_doses_mg, f.compares_doses) == (180, [2.0, 4.5], True)
    assert g == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
        "dose-finding": "in_progress",
    }


def test_amended_version_joins_the_first() -> None:
    first = preprint(
        "Stage 1 Registered Report: Does low-dose naltrexone enhance response to SSRIs and "
        "SNRIs in treatment-resistant depression? The ADD-LDN trial",
        "We will randomise 240 adults with treatment-resistant major depression who are "
        "taking an SSRI or an SNRI to naltrexone 4.5 mg nightly or placebo for 12 weeks. "
        "Registration NCT06702281.",
        id="PPR7",
        doi="10.31234/osf.io/q3h8d_v1",
    )
    amended = preprint(
        RECORD_TITLE,
        RECORD_ABSTRACT,
        id="PPR8",
        doi="10.31234/osf.io/q3h8d_v2",
        versionNumber=2,
        versionList={
            "version": [
                {"id": "PPR7", "source": "PPR", "versionNumber": 1},
                {"id": "PPR8", "source": "PPR", "versionNumber": 2},
            ]
        },
    )
    ids, verdicts = judge_preprints([first, amended])
    assert ids["europepmc:PPR7"] == ids["europepmc:PPR8"]
    for v in verdicts.values():
        assert "addressed" not in v.gaps.values()
    assert verdicts["europepmc:PPR8"].gaps["dose-finding"] == "in_progress"


@pytest.mark.parametrize(("title", "abstract"), RESULTS)
def test_stage_two_report_keeps_its_results(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "rct"
    assert f.has_results
    assert gaps(title, abstract)["serotonergic-combination"] == "addressed"
