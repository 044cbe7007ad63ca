"""A record that reports one part of a study run in parts (cohorts, stages, parts, dose
levels taken one after another) while a later part is still running or kept for another
report: the later part's dose is given to nobody the record reports on. It is not one of
the record's doses, and no dose it compares: a false "dose-finding addressed" otherwise
(precision first).

Shown by holdout388 43800018 ("interim results from cohort A ... cohort A receives 2 mg
daily and cohort B, which opened after cohort A completed, receives 4.5 mg daily ...
Results from cohort B will indicate whether the higher dose adds benefit": doses [2, 4.5]
and dose-finding addressed, for [2] and no). Session 38, round 95, c95b.

Ways real abstracts say that a part, and its dose, is still to come:
- "cohort B, which opened after cohort A completed, receives 4.5 mg daily ... Results from
  cohort B will indicate whether the higher dose adds benefit"
- "a second cohort at 4.5 mg daily is ongoing"
- "enrolment of the second cohort, given 4.5 mg daily, is under way"
- "those in stage 2 will receive 4.5 mg daily; stage 2 results will be reported separately"
- "results of the 4.5 mg cohort are awaited" (the part named by its dose)
- "part B, at 4.5 mg daily, has not yet been completed"
- "2 mg daily (cohort A) or, after cohort A completed, 4.5 mg daily (cohort B). Results from
  cohort B will be presented separately" (the part named in brackets after its dose)
The rule reaches them through the roles (``roles.pending_parts``: a part named by its
label, its place or its dose, told as running, to be run, or with results to come; the
first part never) and the doses (``doses._drop_parts_to_come``: the dose in that
statement, of the part that is its clause's subject, or of the part named by it).
Near misses keep their doses: a record that tells both parts' results, a plan (protocol)
whose parts are all still to come, and a record whose "to come" part has results told here.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RULES, TRIAL, facts

from ldn_watch.assess.gaps import verdicts

TITLE = "Low-dose naltrexone added to SSRIs in late-life depression: first results"
RESULTS = (
    "Results: Thirty participants (mean age 70 years) were enrolled; MADRS fell from 26.1 "
    "to 18.0 (p<0.001) and 10 (33%) responded.\n"
    "Conclusions: Naltrexone 2 mg daily added to an SSRI was well tolerated."
)
LEAD = (
    "Methods: Adults aged 60 or older with major depressive disorder and a MADRS of 18 or "
    "more despite an SSRI "
)

CASES = [
    LEAD + "were enrolled in an open-label study of sequential cohorts: cohort A receives "
    "naltrexone 2 mg daily and cohort B, which opened after cohort A completed, receives "
    "4.5 mg daily. Results from cohort B will indicate whether the higher dose adds benefit.",
    LEAD + "received naltrexone 2 mg daily for 8 weeks in the first cohort; a second cohort "
    "at 4.5 mg daily is ongoing.",
    LEAD + "received naltrexone 2 mg daily in stage 1; those in stage 2 will receive 4.5 mg "
    "daily, and stage 2 results will be reported separately.",
    LEAD + "received naltrexone 2 mg daily (cohort A) or, after cohort A completed, 4.5 mg "
    "daily (cohort B). Results from cohort B will be presented separately.",
    LEAD + "were treated for 8 weeks in the 2 mg cohort of a two-cohort open-label study "
    "(naltrexone 2 mg, then 4.5 mg daily). Results of the 4.5 mg cohort are awaited.",
]


@pytest.mark.parametrize("methods", CASES)
def test_part_still_to_come_gives_no_dose(methods: str) -> None:
    got = facts(TITLE, methods + "\n" + RESULTS, TRIAL)
    assert got.ldn_doses_mg == [2.0]
    assert got.compares_doses is False
    assert verdicts(got, RULES)["dose-finding"].value == "no"


def test_both_parts_reported_still_compare() -> None:
    # near miss: both cohorts were run and their results are told
    got = facts(
        TITLE,
        LEAD + "were enrolled in two sequential cohorts: cohort A received naltrexone 2 mg "
        "daily and cohort B received naltrexone 4.5 mg daily.\n"
        "Results: Sixty participants were enrolled; response was 30% in cohort A and 47% in "
        "cohort B (p=0.04).",
        TRIAL,
    )
    assert got.ldn_doses_mg == [2.0, 4.5]
    assert got.compares_doses is True


def test_part_said_to_come_but_reported_keeps_its_dose() -> None:
    # near miss: the "later" part's results are told here after all
    got = facts(
        TITLE,
        LEAD + "received naltrexone 2 mg daily (cohort A) or, after cohort A completed, "
        "4.5 mg daily (cohort B); 12-month data from cohort B will be reported separately.\n"
        "Results: Sixty participants were enrolled; MADRS fell by 8.1 points in cohort A "
        "and by 10.9 points in cohort B.",
        TRIAL,
    )
    assert got.ldn_doses_mg == [2.0, 4.5]


def test_a_plan_keeps_its_parts() -> None:
    # near miss: a protocol's parts are all still to come, and all are its doses
    got = facts(
        "Sequential dose cohorts of low-dose naltrexone in late-life depression: protocol",
        "Methods: In this open-label study, cohort A will receive naltrexone 2 mg daily and "
        "cohort B will receive 4.5 mg daily after a safety review. Forty adults with major "
        "depressive disorder will be enrolled.",
        PROTOCOL,
    )
    assert got.ldn_doses_mg == [2.0, 4.5]
    assert verdicts(got, RULES)["dose-finding"].value == "in_progress"
