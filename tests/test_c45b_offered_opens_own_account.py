"""People "were offered" the drug: the abstract's own account has begun.

Kind: an unlabelled abstract that opens "Patients with X starting Y were offered naltrexone
3 mg nightly ..." tells what the study did, not the background before it: an offer made to
the study's people is its intervention (an open-label series or trial), so its dose is the
study's own (CONTRACT.md: ldn_doses_mg, the doses participants were assigned to). Round 45,
c45b; shown by holdout162 17800038 ("Open-label low-dose naltrexone pretreatment before
esketamine in treatment-resistant depression").
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

RECORD = (
    "Open-label low-dose naltrexone pretreatment before esketamine in treatment-resistant "
    "depression",
    "Patients with treatment-resistant depression starting esketamine nasal spray (56-84 mg "
    "twice weekly) were offered naltrexone 3 mg nightly from 1 week before the first session; "
    "antidepressants other than esketamine had been tapered. Of 34 patients enrolled, 30 "
    "completed 4 weeks; MADRS response was 47%, similar to historical esketamine rates.",
)


def test_record() -> None:
    f = facts(*RECORD, TRIAL)
    assert f.on_topic
    assert f.n == 34
    assert f.ldn_doses_mg == [3.0]
    assert f.concomitant_classes == []
    assert gaps(*RECORD, TRIAL) == {}


PROBES = [
    (
        "Low-dose naltrexone in persistent depressive disorder: an open-label series",
        "Outpatients with persistent depressive disorder were offered low-dose naltrexone 2 mg "
        "at bedtime for 8 weeks. Of 41 who accepted, 36 completed; HAM-D fell by 6 points.",
        [2.0],
    ),
    (
        "Low-dose naltrexone added to lamotrigine in bipolar depression",
        "Adults with bipolar depression on stable lamotrigine were offered naltrexone 4.5 mg "
        "nightly; 22 started it. MADRS fell from 27 to 18 over 6 weeks.",
        [4.5],
    ),
    (
        "Low-dose naltrexone for depression in older adults: open-label experience",
        "Older adults with major depressive disorder and chronic pain were offered naltrexone "
        "1 mg twice daily. Twenty-eight were treated for 12 weeks; GDS scores improved.",
        [2.0],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "want"), PROBES)
def test_offered_dose_is_own(title: str, abstract: str, want: list[float]) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == want


NEAR_MISSES = [
    # the offer is an earlier study's: the trial gives another drug
    (
        "Minocycline in major depressive disorder: a randomised trial",
        "In a previous pilot, patients with depression were offered naltrexone 4.5 mg nightly. "
        "We randomised 80 adults with major depressive disorder to minocycline 200 mg or "
        "placebo. MADRS fell more with minocycline.",
    ),
    # an offer of standard-dose naltrexone is no LDN
    (
        "Naltrexone for drinking in depressed outpatients",
        "Depressed outpatients with heavy drinking were offered naltrexone 50 mg daily. Of 70 "
        "enrolled, 58 completed 12 weeks; drinking days fell.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NEAR_MISSES)
def test_not_ldn_offers_stay_off(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert not f.on_topic
    assert gaps(title, abstract, TRIAL) == {}
