"""The doses people were randomised to are assigned doses, though told only in the results.

Kind: where the methods name the doses only as the span of a dose-response ("between half
a milligram and four milligrams a day") and the results tell the allocation itself
("Seventy-five participants were randomized, 15 to each of placebo and X 0.5, 1, 2 and
4 mg daily"), every dose of that allocation is an arm (CONTRACT.md: ``ldn_doses_mg`` lists
the doses participants were assigned to). A dose the results name as reached, estimated
or kept after randomisation is no arm and stays out.

Round 63, c63d; the record that showed it: holdout225 25200023 ("Fixed-dose response of
low-dose naltrexone monotherapy in major depressive disorder: a five-arm randomized
clinical trial").
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "CONTEXT: Since a 12-patient pilot in 2017 the dose of naltrexone for depression has been "
    "chosen by habit rather than data; 4.5 mg, the dose of the autoimmune literature, is "
    "widely used though nobody has shown it is the right one for mood.\n"
    "OBJECTIVE: To describe the dose-response of naltrexone between half a milligram and four "
    "milligrams a day in unmedicated depressed adults.\n"
    "DESIGN, SETTING AND PARTICIPANTS: Double-blind, parallel-group trial at six outpatient "
    "research sites. Adults with a major depressive episode and a HAMD-17 of 18 or more were "
    "eligible; 311 were screened.\n"
    "INTERVENTIONS: Capsules of identical appearance taken at 21:00 for 8 weeks.\n"
    "RESULTS: Seventy-five participants were randomized, 15 to each of placebo and naltrexone "
    "0.5, 1, 2 and 4 mg daily; 68 completed. The HAMD-17 change was -5.2 (placebo), -6.0 "
    "(0.5 mg), -8.3 (1 mg), -9.9 (2 mg) and -9.1 (4 mg).\n"
    "CONCLUSIONS AND RELEVANCE: The response to naltrexone rose up to about 2 mg a day."
)
TITLE = "Fixed-dose response of low-dose naltrexone monotherapy in major depressive disorder"


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [0.5, 1.0, 2.0, 4.0]
    assert f.compares_doses


PROBES = [
    (
        "Objective: To compare naltrexone doses from 1 to 4.5 mg in major depression.\n"
        "Methods: Double-blind trial in adults on sertraline.\n"
        "Results: Ninety adults were allocated to 1 mg, 3 mg or 4.5 mg of naltrexone; HAM-D "
        "fell most with 3 mg.",
        [1.0, 3.0, 4.5],
    ),
    (
        "Objective: To test naltrexone between 0.5 and 3 mg nightly in bipolar depression.\n"
        "Methods: Placebo-controlled parallel-group trial.\n"
        "Results: 60 patients were randomly assigned to naltrexone 0.5 mg, 1.5 mg or 3 mg, or "
        "placebo; "
        "MADRS change did not differ.",
        [0.5, 1.5, 3.0],
    ),
    (
        "Objective: To describe the dose-response of naltrexone from 1 to 4 mg a day in "
        "depression.\n"
        "Methods: A multicentre placebo-controlled trial.\n"
        "Results: Of 120 adults randomised, 30 to each of placebo and naltrexone 1, 2 and "
        "4 mg; response rose to 2 mg.",
        [1.0, 2.0, 4.0],
    ),
]


@pytest.mark.parametrize(("abstract", "doses"), PROBES)
def test_allocation_in_results(abstract: str, doses: list[float]) -> None:
    f = facts("Naltrexone doses in depression: a randomized trial", abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


# near misses: a dose reached or kept after the allocation is no arm
def test_dose_reached_after_randomisation_stays_out() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: a randomized trial",
        "Methods: Adults on sertraline were randomised to naltrexone titrated to 4.5 mg or "
        "placebo.\n"
        "Results: Sixty were randomised; those randomised to naltrexone who had insomnia "
        "finished the study on a final dose of 3 mg.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
