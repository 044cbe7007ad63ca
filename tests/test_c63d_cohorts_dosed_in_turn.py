"""Cohorts given their doses in turn are a dose escalation: every cohort's dose is tested.

Kind: a study that gives each cohort its own dose, one cohort after another ("Cohorts of
12 received 1 mg, then 3 mg, then 4.5 mg of X; each cohort started after safety review of
the previous one", "a sequential-cohort dose escalation of X") tests every one of those
doses (CONTRACT.md: "for an explicitly dose-finding escalation every step tested"), though
the doses are written as a "then" sequence that would be a titration in one group. Said
in the title, the opening sentence, the methods or an unlabelled abstract. One group
titrated through the same steps to one target, or cohorts named only as the groups
recruited at sites, stays a titration to its target.

Round 63, c63d; the record that showed it: holdout223 24900013 ("Sequential-cohort dose
escalation of low-dose naltrexone added to mirtazapine in late-life depression").
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

RECORD_TITLE = (
    "Sequential-cohort dose escalation of low-dose naltrexone added to mirtazapine in "
    "late-life depression"
)
RECORD = (
    "Objectives: To establish tolerability and to explore dose-response of low-dose "
    "naltrexone (LDN) in older adults with depression.\n"
    "Design: Open-label, three sequential cohorts. Setting: two geriatric psychiatry clinics.\n"
    "Participants: Thirty-six adults aged 65 or older with major depression (GDS-15 >= 8) "
    "despite mirtazapine 15-45 mg.\n"
    "Interventions: Cohorts of 12 received 1 mg, then 3 mg, then 4.5 mg of naltrexone daily "
    "for 8 weeks; each cohort started after safety review of the previous one.\n"
    "Results: No dose-limiting toxicity occurred. GDS-15 improvement was 2.1, 3.4 and 3.9 "
    "points in the three cohorts.\n"
    "Conclusions: All three doses were tolerated; 4.5 mg will be taken forward."
)
PHASE1 = ("Journal Article", "Clinical Trial, Phase I")


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD, PHASE1)
    assert f.ldn_doses_mg == [1.0, 3.0, 4.5]
    assert f.compares_doses
    assert gaps(RECORD_TITLE, RECORD, PHASE1).get("dose-finding") == "addressed"


PLAIN_TITLE = "Low-dose naltrexone added to sertraline in major depression: an open-label study"
# the cohorts dosed in turn, said in different places and words
PROBES = [
    # in the methods, the cohorts' order said by the review between them
    (
        PLAIN_TITLE,
        "Methods: Adults with major depression on sertraline were enrolled. Cohorts of eight "
        "received 0.5 mg, then 1.5 mg, then 3 mg of naltrexone nightly for 6 weeks; each "
        "cohort started after safety review of the previous one.\n"
        "Results: All 24 completed; HAM-D fell by 3, 5 and 6 points.",
        [0.5, 1.5, 3.0],
    ),
    # an unlabelled abstract, the escalation to the next cohort
    (
        PLAIN_TITLE,
        "Forty adults with major depression taking duloxetine took part. Cohorts of ten "
        "patients took naltrexone 1 mg, then 2 mg, then 3 mg, then 4 mg daily; escalation to "
        "the next cohort followed a review of adverse events. MADRS fell in all cohorts.",
        [1.0, 2.0, 3.0, 4.0],
    ),
    # the title names the cohort escalation, the methods the steps
    (
        "A cohort dose-escalation study of low-dose naltrexone with venlafaxine in depression",
        "Methods: Cohorts of 9 outpatients with major depression on venlafaxine received "
        "1.5 mg, then 3 mg, then 4.5 mg of naltrexone daily for 4 weeks.\n"
        "Results: HAM-D improved by 2.0, 4.2 and 5.1 points.",
        [1.5, 3.0, 4.5],
    ),
    # the opening sentence names it
    (
        PLAIN_TITLE,
        "Objective: In a successive-cohort dose escalation, we tested naltrexone with "
        "escitalopram in major depression.\n"
        "Methods: Cohorts of six adults received 2 mg, then 4 mg of naltrexone daily.\n"
        "Results: MADRS fell by 4 and 7 points.",
        [2.0, 4.0],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "doses"), PROBES)
def test_cohorts_dosed_in_turn(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
    assert gaps(title, abstract, TRIAL).get("dose-finding") == "addressed"


# near misses: one titration to one target, however the cohorts are named
NEAR = [
    (
        "Methods: Thirty adults with major depression on sertraline received naltrexone "
        "1 mg, then 3 mg, then 4.5 mg daily over three weeks, 4.5 mg being the target dose.\n"
        "Results: HAM-D fell by 6 points.",
    ),
    (
        "Methods: Two cohorts of 15 adults with major depression on sertraline were enrolled "
        "at two sites; all started naltrexone at 1.5 mg and were titrated to a target of "
        "4.5 mg over two weeks.\n"
        "Results: HAM-D fell by 6 points.",
    ),
]


@pytest.mark.parametrize("abstract", [n[0] for n in NEAR])
def test_one_titration_stays_one_dose(abstract: str) -> None:
    f = facts(PLAIN_TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(PLAIN_TITLE, abstract, TRIAL)
