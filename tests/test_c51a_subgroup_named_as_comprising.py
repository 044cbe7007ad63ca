"""A derived report that names its analysed part of the parent's people as the subject
of "comprised", "consisted of" or "included" ("The subgroup comprised the 41 randomized
participants aged 60-79", "this subsample included 38 women ...") counts that part, not
the parent's total told beside it (CONTRACT.md: "A secondary, post-hoc or extension
analysis: its own analysed sample"). Round 51, c51a; shown by holdout175 19300037 (a
prespecified subgroup analysis of the SERENE trial of 164; n expected 41, false
larger-trials "addressed"). A primary trial's subgroup does not replace its own total."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone in older adults with depression: a prespecified subgroup analysis "
    "of the SERENE trial",
    "Objective: To examine efficacy and tolerability of low-dose naltrexone in participants "
    "aged 60 or older in a trial that randomized 164 adults on SSRIs or SNRIs.\n"
    "Methods: The subgroup comprised the 41 randomized participants aged 60-79 (1.5 mg, "
    "n = 13; 4.5 mg, n = 14; placebo, n = 14), all taking sertraline, escitalopram, "
    "venlafaxine or duloxetine.\n"
    "Results: MADRS change with 4.5 mg did not differ from placebo; dizziness was more "
    "frequent with 4.5 mg than 1.5 mg.\n"
    "Conclusions: Older adults may tolerate 1.5 mg better; larger geriatric trials are "
    "needed.",
)


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (*RECORD, 41),
        # probes: other words for the part, other verbs, numbers and drugs
        (
            "Naltrexone 2 mg in postpartum depression: a secondary analysis of a randomised trial",
            "Methods: In a randomised trial of 150 women with major depression given "
            "naltrexone 2 mg or placebo alongside sertraline, this subsample included 38 "
            "women who had given birth within 6 months.\n"
            "Results: EPDS fell by 3.9 points more with naltrexone.",
            38,
        ),
        (
            "Low-dose naltrexone in depressed adults taking venlafaxine: a post hoc subgroup "
            "analysis of the ARBOR trial",
            "Methods: ARBOR randomised 212 adults with major depressive disorder to naltrexone "
            "4.5 mg or placebo. The prespecified subgroup consisted of thirty-three "
            "participants taking venlafaxine.\nResults: HAM-D fell by 4 points more with "
            "naltrexone.",
            33,
        ),
    ],
)
def test_the_subgroup_is_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
    assert "larger-trials" not in gaps(title, abstract, RCT)


def test_a_large_subgroup_still_counts() -> None:
    title = "Low-dose naltrexone with SSRIs: a secondary analysis of a randomised trial"
    abstract = (
        "Methods: In a trial that randomised 240 adults with major depressive disorder to "
        "naltrexone 4.5 mg or placebo, the subgroup comprised 96 participants taking "
        "escitalopram.\nResults: MADRS fell by 3 points more with naltrexone."
    )
    assert facts(title, abstract, RCT).n == 96
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


def test_a_primary_trial_keeps_its_total() -> None:
    title = "Low-dose naltrexone added to SSRIs for depression: a randomised trial"
    abstract = (
        "Methods: We randomised 90 adults with major depressive disorder on an SSRI to "
        "naltrexone 4.5 mg or placebo. A subgroup comprised 30 participants with anxiety.\n"
        "Results: MADRS fell by 4 points more with naltrexone."
    )
    assert facts(title, abstract, RCT).n == 90
