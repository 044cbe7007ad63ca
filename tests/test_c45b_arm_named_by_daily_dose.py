"""An arm named by the drug and its daily dose gives the drug.

Kind: "to add a naltrexone 6 mg/day arm", "the LDN 3 mg daily group": the drug written as an
arm of the study, its dose given per day, is the study's own intervention, even where the
title names only the trial's acronym and the abstract has no verb of giving. 6 mg/day is
still LDN (CONTRACT.md: at most 6 mg). Round 45, c45b; shown by holdout162 17800005
("DOSE-LDN trial: protocol amendment adding a 6 mg arm").
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

RECORD = (
    "DOSE-LDN trial: protocol amendment adding a 6 mg arm",
    "Following a data monitoring committee recommendation that the highest planned dose "
    "(4.5 mg) may sit below the plateau of the dose-response curve, the DOSE-LDN protocol "
    "(NCT07620118) was amended (version 2.1) to add a naltrexone 6 mg/day arm to the "
    "existing 1.5 mg, 3 mg and 4.5 mg arms. Enrolment rises to 150 participants (30 per arm "
    "across five arms including placebo). Eligibility (major depressive episode, HAM-D17 >= "
    "18, antidepressant-free) is unchanged.",
)


def test_record() -> None:
    f = facts(*RECORD, PROTOCOL)
    assert f.on_topic
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5, 6.0]
    assert gaps(*RECORD, PROTOCOL) == {
        "larger-trials": "in_progress",
        "dose-finding": "in_progress",
    }


PROBES = [
    (
        "MOOD-2 amendment: a third dose arm",
        "The MOOD-2 protocol was amended to open a naltrexone 3 mg/day arm beside the 1 mg and "
        "4.5 mg arms. Adults with major depressive disorder (MADRS >= 22) are eligible; the "
        "planned sample is 120.",
        PROTOCOL,
    ),
    (
        "ALPHA trial update: revised arms",
        "In version 3 of the ALPHA protocol, the LDN 2 mg daily group replaces the 0.5 mg "
        "group. Patients with a major depressive episode (HAM-D >= 16) will be enrolled, 90 "
        "in total.",
        PROTOCOL,
    ),
    (
        "Results of the NIGHT trial in depression",
        "Eighty adults with major depressive disorder were assigned at random to the "
        "naltrexone 4.5 mg/day arm or the placebo arm. MADRS fell more in the naltrexone 4.5 "
        "mg/day arm.",
        RCT,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), PROBES)
def test_arm_by_daily_dose_is_given(title: str, abstract: str, types: tuple[str, ...]) -> None:
    assert facts(title, abstract, types).on_topic


NEAR_MISSES = [
    # an arm only possible later gives the drug to nobody yet
    (
        "KAPPA-1 protocol amendment",
        "The KAPPA-1 protocol (aticaprant versus placebo in major depressive disorder, MADRS "
        ">= 24) was amended; a naltrexone 4.5 mg/day arm might be opened later. Enrolment "
        "rises to 160.",
        PROTOCOL,
    ),
    # an arm above the band is not LDN (CONTRACT.md: 6-25 mg/day is neither)
    (
        "MID-DOSE trial: protocol amendment",
        "The MID-DOSE protocol was amended to add a naltrexone 12 mg/day arm to the existing "
        "25 mg arm. Adults with major depressive disorder are eligible; 100 will be enrolled.",
        PROTOCOL,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), NEAR_MISSES)
def test_not_given_arms_stay_off(title: str, abstract: str, types: tuple[str, ...]) -> None:
    f = facts(title, abstract, types)
    assert not f.on_topic
    assert gaps(title, abstract, types) == {}
