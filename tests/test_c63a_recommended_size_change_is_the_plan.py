"""Kind: an amended protocol tells its new planned size as a recommendation its committee
made and the trial took ("the data monitoring committee recommended reducing the target
sample size from 130 to 104 participants"): that is the trial's own plan, its n, not a call
for work by others. A results paper recommending a larger trial keeps its own n.

Round 63, c63a; the record that showed it: holdout221 24700027 (label n 104; read none, the
sentence taken for future work, so larger-trials "in_progress" missed).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone augmentation of fluoxetine in adolescents with major depressive "
    "disorder (LANTERN): updated protocol with revised sample size"
)
RECORD = (
    "Introduction: This article updates the LANTERN protocol published in 2025.\n"
    "Methods and analysis: Following a blinded review of the variance of the CDRS-R and "
    "slower than expected recruitment, the data monitoring committee recommended reducing the "
    "target sample size from 130 to 104 participants, which retains 80% power for the pooled "
    "active-versus-placebo comparison. Participants aged 12-17 with MDD on fluoxetine continue "
    "to be randomised 1:1:1 to naltrexone 1.5 mg, naltrexone 3 mg or placebo for 8 weeks. "
    "Recruitment is expected to finish in 2027.\n"
    "Trial registration: NCT06388812."
)
OTHER = (
    "Low-dose naltrexone added to sertraline in major depressive disorder: updated protocol of "
    "a randomised trial"
)


def test_the_record() -> None:
    assert facts(TITLE, RECORD, PROTOCOL).n == 104
    assert gaps(TITLE, RECORD, PROTOCOL)["larger-trials"] == "in_progress"


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            OTHER,
            "Background: This amendment updates the protocol.\nMethods: Adults with major "
            "depressive disorder on sertraline are randomised to naltrexone 4.5 mg or placebo. "
            "The steering committee recommended increasing the planned enrolment from 72 to 96 "
            "adults because of higher than expected attrition.",
            96,
        ),
        (
            OTHER,
            "The independent data monitoring committee recommended that the sample size be "
            "increased from 120 to 150 participants. Adults with major depressive disorder on "
            "sertraline are randomised to naltrexone 4.5 mg or placebo for 12 weeks.",
            150,
        ),
        (
            "Revised sample size for a trial of naltrexone 1.5 mg versus placebo with "
            "escitalopram in depression: the DSMB recommends reducing the target sample size "
            "from 100 to 84 participants",
            "Adults with major depressive disorder taking escitalopram will be randomised to "
            "naltrexone 1.5 mg or placebo.",
            84,
        ),
        (
            OTHER,
            "Adults with major depressive disorder on sertraline are randomised to naltrexone "
            "4.5 mg or placebo. After the interim review, the sponsor recommended a further "
            "increase in the target sample size from 110 to 140 patients.",
            140,
        ),
    ],
)
def test_recommended_change_anywhere(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, PROTOCOL).n == n
    assert gaps(title, abstract, PROTOCOL)["larger-trials"] == "in_progress"


def test_a_results_paper_recommending_a_larger_trial_keeps_its_n() -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised pilot trial"
    abstract = (
        "Methods: 40 adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo.\nResults: MADRS fell by 3 more points with naltrexone.\n"
        "Conclusions: We recommend increasing the sample size to 200 patients in a definitive "
        "trial."
    )
    assert facts(title, abstract, RCT).n == 40
    assert gaps(title, abstract, RCT).get("larger-trials", "no") == "no"
