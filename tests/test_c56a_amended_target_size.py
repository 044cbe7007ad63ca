"""Kind: an amended protocol's new target size is the study's planned n, however the change
is told ("the target sample size has increased from 180 to 240", "the planned enrolment rose
to 126", "has fallen from 120 to 44"); the old target is superseded, and the people
randomised so far (before the amendment, before a date, as of a date) are progress counts,
not n (CONTRACT.md: n is "planned for a protocol").

Round 56, c56a; the record that showed it: holdout195 21500022 ("Update to the LIFT-D trial
protocol: addition of a 1.5 mg low-dose naltrexone arm and revised sample size": n 240, not
the 37 randomised before the amendment).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Update to the LIFT-D trial protocol: addition of a 1.5 mg low-dose naltrexone arm and "
    "revised sample size"
)
RECORD = (
    "Introduction: LIFT-D is a randomised trial of low-dose naltrexone (LDN) added to SSRIs or "
    "SNRIs in treatment-resistant depression, whose original protocol was published in 2025. "
    "Following a recommendation by the funder's review panel that dose should be addressed, the "
    "protocol was amended (version 3.0, January 2026).\n"
    "Methods and analysis: Participants will now be randomised 1:1:1 to naltrexone 1.5 mg, "
    "naltrexone 4.5 mg or placebo, each taken once nightly alongside the ongoing SSRI or SNRI. "
    "The target sample size has increased from 180 to 240 (80 per arm) to allow a pairwise "
    "comparison of the two doses. Participants randomised before the amendment (n=37) will be "
    "included in a sensitivity analysis. All other procedures are unchanged.\n"
    "Ethics and dissemination: The amendment was approved on 12 January 2026.\n"
    "Trial registration number: NCT06623148."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, PROTOCOL)
    assert f.n == 240
    assert gaps(TITLE, RECORD, PROTOCOL)["larger-trials"] == "in_progress"


T = "Low-dose naltrexone for bipolar depression (NAL-BD): amended protocol"
ARMS = (
    "Adults with bipolar depression will be randomised to naltrexone 2 mg or placebo for 10 weeks"
)


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # title
        (
            "NAL-BD protocol amendment: planned enrolment rose from 60 to 132 participants",
            f"Methods: {ARMS}.",
            132,
        ),
        # opening sentence of an unlabelled abstract
        (
            T,
            "After a blinded re-estimation, the planned enrolment of NAL-BD has risen from 90 to "
            f"126 participants. {ARMS}.",
            126,
        ),
        # methods, a size that grew to its new figure
        (T, f"Methods: {ARMS}. The sample size has now grown to 150 (75 per arm).", 150),
        # a trial-status section, with the progress count before a date
        (
            T,
            f"Methods: {ARMS}.\nTrial status: The recruitment target went up from 80 to 112; "
            "41 patients had been randomised before March 2026.",
            112,
        ),
        # discussion
        (
            T,
            f"Methods: {ARMS}.\nDiscussion: The sample size grew from 72 to 96, which allows a "
            "subgroup comparison by lithium use.",
            96,
        ),
        # a size that fell: the smaller new target is the plan (and no larger trial)
        (
            T,
            f"Methods: {ARMS}. The target sample size has fallen from 120 to 44 after the "
            "second site withdrew; 52 participants enrolled prior to the protocol change are "
            "kept.",
            44,
        ),
    ],
)
def test_amended_size_is_the_plan(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, PROTOCOL).n == n


@pytest.mark.parametrize(
    "progress",
    [
        "Participants randomised before the amendment (n = 61) remain in the primary analysis.",
        "Sixty-one participants enrolled prior to the protocol change remain in the analysis.",
        "61 patients were randomised before 1 April 2026 under version 2.",
    ],
)
def test_people_taken_in_before_the_change_are_progress(progress: str) -> None:
    abstract = (
        f"Methods: {ARMS}. The sample size has increased from 180 to 260 (130 per arm). {progress}"
    )
    assert facts(T, abstract, PROTOCOL).n == 260


def test_the_old_target_alone_is_not_taken_for_progress() -> None:
    # an accrual with no stated size is still what the record gives (CONTRACT.md: n stated)
    abstract = f"Methods: {ARMS}. Participants randomised before the amendment (n = 37) are kept."
    assert facts(T, abstract, PROTOCOL).n == 37


def test_a_results_paper_keeps_whom_it_randomised() -> None:
    # near miss: a results paper's changed plan is not its n
    f = facts(
        "Low-dose naltrexone for bipolar depression: a randomised trial",
        "Methods: The target sample size had increased from 60 to 90 after an amendment; 44 "
        "adults with bipolar depression were randomised to naltrexone 2 mg or placebo.\n"
        "Results: MADRS change did not differ.",
        RCT,
    )
    assert f.n == 44


def test_a_pace_of_recruitment_is_no_size() -> None:
    # near miss: the rate recruitment rose to is not a planned size
    abstract = (
        f"Methods: {ARMS}. A total of 140 participants will be randomised. Recruitment rose "
        "to 12 per month after a second site opened."
    )
    assert facts(T, abstract, PROTOCOL).n == 140
