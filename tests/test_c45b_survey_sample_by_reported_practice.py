"""A survey's sample named by the practice its people report is its n.

Kind: "We surveyed 212 psychiatrists who reported prescribing LDN for depression", "410
pharmacists who had reported dispensing X completed the questionnaire": in a survey, the
relative clause "who reported <doing something>" says who was eligible to answer, not
that a part of the sample reported an event, so the count is the survey's participants
(CONTRACT.md: n, enrolled or included). Round 45, c45b; shown by preprints43 PPR5600008
("How do psychiatrists prescribe low-dose naltrexone for depression? A national survey").
"""

from __future__ import annotations

import pytest
from written import facts, judge_preprint, preprint

RECORD = preprint(
    "How do psychiatrists prescribe low-dose naltrexone for depression? A national survey",
    "Low-dose naltrexone (LDN) is increasingly prescribed off-label as an antidepressant "
    "adjunct. We surveyed 212 psychiatrists who reported prescribing LDN for depression in the "
    "previous year. Most started at 1.5 mg and titrated to 4.5 mg; 64% combined it with SSRIs "
    "and 41% with SNRIs. Respondents rated efficacy as moderate. Prescribing is ahead of the "
    "trial evidence.",
)


def test_record() -> None:
    f, g = judge_preprint(RECORD)
    assert f.n == 212
    assert f.design == "observational"
    assert g == {}


PROBES = [
    (
        "Pharmacists and low-dose naltrexone for depression: an online survey",
        "An online questionnaire was sent to community pharmacies. 410 pharmacists who had "
        "reported dispensing low-dose naltrexone for depression completed it; most dispensed "
        "4.5 mg capsules.",
        410,
    ),
    (
        "General practitioners' use of low-dose naltrexone in depression: a survey",
        "We surveyed 96 general practitioners who report using low-dose naltrexone for "
        "depressive symptoms. Doses of 1.5 to 4.5 mg were usual.",
        96,
    ),
    (
        "Low-dose naltrexone users with depression: a patient survey",
        "We surveyed 530 adults who reported taking low-dose naltrexone for depression. Most "
        "took 4.5 mg nightly; 61% rated their mood as improved.",
        530,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), PROBES)
def test_survey_sample_named_by_practice(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract).n == n


def test_part_reporting_an_event_is_not_the_sample() -> None:
    # the part of a trial's sample that reported an event stays a part
    f = facts(
        "Low-dose naltrexone in major depressive disorder: an open-label trial",
        "Forty adults with major depressive disorder received naltrexone 4.5 mg nightly. "
        "Twelve patients who reported vivid dreams continued treatment.",
    )
    assert f.n == 40


def test_survey_part_by_practice_is_not_the_total() -> None:
    f = facts(
        "Pharmacists and low-dose naltrexone: a national survey",
        "We surveyed 150 pharmacists about low-dose naltrexone for depression; 40 who reported "
        "dispensing it answered an extra module.",
    )
    assert f.n == 150
