"""A cohort or registry protocol that names the antidepressants its people are only
expected to take ("concomitant antidepressants (expected to include SSRIs, SNRIs and
mirtazapine) are left to the clinician") gives no co-medication: nobody has been given or
seen taking them yet, as with drugs a study only says it will record. CONTRACT.md counts
antidepressants taken together with LDN.

Shown by holdout393 44300032 (a primary-care registry protocol: classes serotonergic +
noradrenergic for []; batch 91) and holdout239 26700020 ("most of whom are expected to
have a depressive disorder and to be taking an SSRI or SNRI"). Session 39, lead.

Ways protocols say what their people are expected to take:
- "concomitant antidepressants (expected to include SSRIs, SNRIs and mirtazapine)"
- "most of whom are expected to have a depressive disorder and to be taking an SSRI or SNRI"
- "we anticipate that most participants will be taking an SSRI"
- "co-medication is likely to comprise mainly SSRIs and SNRIs"
- "participants are expected to be on sertraline, escitalopram or venlafaxine"
Read by ``drugs._EXPECTED_BEFORE`` among the reasons a named drug is not taken (``_stopped``).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

TITLE = (
    "Low-dose naltrexone in routine care of depression: protocol for a prospective "
    "multicentre registry"
)


def _abstract(comedication: str) -> str:
    return (
        "Methods: This is a prospective, non-interventional registry in general practices. "
        "Adults with major depressive disorder for whom the clinician has decided to start "
        f"LDN will be invited. Dose is left to the clinician; {comedication}. PHQ-9 will be "
        "collected at baseline and at 3, 6 and 12 months. We plan to enrol 500 participants."
    )


CASES = [
    "concomitant antidepressants (expected to include SSRIs, SNRIs and mirtazapine) are "
    "left to the clinician",
    "most participants are expected to have a chronic course and to be taking an SSRI or SNRI",
    "we anticipate that most participants will be taking an SSRI",
    "co-medication is likely to comprise mainly SSRIs and SNRIs",
    "participants are expected to be on sertraline, escitalopram or venlafaxine",
]


@pytest.mark.parametrize("comedication", CASES)
def test_expected_comedication_is_none(comedication: str) -> None:
    got = facts(TITLE, _abstract(comedication), PROTOCOL)
    assert got.concomitant_classes == []


def test_required_comedication_still_counts() -> None:
    """Near miss: a trial protocol whose people must be taking an SSRI gives the class."""
    got = facts(
        "Low-dose naltrexone added to SSRIs in major depression: protocol for a randomised trial",
        "Methods: Adults with major depressive disorder who are taking an SSRI at a stable "
        "dose will be randomised to LDN 4.5 mg or placebo for 12 weeks. We plan to enrol 200 "
        "participants; the SSRI will be continued unchanged.",
        PROTOCOL,
    )
    assert got.concomitant_classes == ["serotonergic"]
