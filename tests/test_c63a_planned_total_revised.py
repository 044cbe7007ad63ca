"""Kind: an amended protocol names its size "the planned total" (or "target total") and
tells it changed ("The planned total rises from 200 to 280", "Amendment 2 raised the
planned total from 60 to 90"): the new total is the trial's planned n. A total of a
score that rises is no size.

Round 63, c63a; the record that showed it: holdout222 24800024 (label n 280; read none, so
larger-trials "in_progress" missed).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, facts, gaps

TITLE = "NALDOSE protocol version 2.0: addition of an antidepressant-continuation stratum"
RECORD = (
    "This update describes amendments to the NALDOSE protocol (NCT06888430). Because "
    "recruitment of unmedicated participants was slow, a second stratum now enrols adults with "
    "major depressive disorder who remain symptomatic (HAM-D17 of 18 or more) on a stable SSRI "
    "or SNRI, which they continue throughout. Both strata are randomised to naltrexone 0.5, "
    "1.5, 3 or 4.5 mg/day or placebo. The planned total rises from 200 to 280."
)


def test_the_record() -> None:
    assert facts(TITLE, RECORD, JOURNAL).n == 280
    assert gaps(TITLE, RECORD, JOURNAL)["larger-trials"] == "in_progress"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Adults with major depressive disorder are randomised to naltrexone 1.5 mg or 4.5 "
            "mg daily or placebo. With the new stratum, the target total has increased from "
            "120 to 150.",
            150,
        ),
        (
            "Amendment 2 raised the planned total from 60 to 90. Adults with major depressive "
            "disorder are randomised to naltrexone 1.5 mg/day or 4.5 mg/day.",
            90,
        ),
        (
            "Methods: The planned total was increased from 100 to 130 after a blinded review. "
            "Adults with major depressive disorder are randomised to naltrexone 4.5 mg/day or "
            "placebo.",
            130,
        ),
    ],
)
def test_planned_total_changed(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, PROTOCOL).n == n
    assert gaps(TITLE, abstract, PROTOCOL)["larger-trials"] == "in_progress"


def test_a_score_total_is_no_size() -> None:
    f = facts(
        TITLE,
        "Adults with major depressive disorder (n = 24) are randomised to naltrexone 1.5 or 4.5 "
        "mg/day. The total MADRS score rises from 20 to 28 in non-responders.",
        JOURNAL,
    )
    assert f.n == 24
