"""Sample sizes: rules added in round 11 (the "numbers" part).

CONTRACT.md: ``n`` is the number of participants of the study itself: randomised (an
RCT), else enrolled, allocated or included; never the number screened; a secondary,
post-hoc, extension or follow-up analysis counts its own analysed sample. A wrong n of 50
or more closes "larger trials" falsely, so where the records leave it open, none. Every
record here is written for this test, one kind per case, with a near miss where one
applies; none is taken from a labelled set.
"""

from __future__ import annotations

import copy
from typing import Any

from test_registry_facts import _assessed, _study
from written import RCT, TRIAL, facts

from ldn_watch.assess import default_rules, judge
from ldn_watch.sources.registry_facts import apply_registry_status

LARGER = "larger-trials"


# ------------------------------ an extension whose length is written in words
_EXTENSION = (
    "Methods: Completers of the 10-week double-blind phase were offered 48 weeks of "
    "open-label naltrexone 3 mg nightly while staying on vortioxetine.\n"
    "Results: Of the 140 completers, 96 (69%) entered the extension (prior naltrexone, 50; "
    "prior placebo, 46) and 70 finished 48 weeks."
)


def test_an_extension_titled_with_a_worded_length_is_an_extension_with_its_own_n() -> None:
    """ "Forty-eight-week open-label extension of ...": the title names the record as an
    extension however its length is spelt, so it is a non-randomised trial counting the 96
    who entered it (CONTRACT.md), as "48-week ..." already was."""
    for length in ("Forty-eight-week", "48-week"):
        title = (
            f"{length} open-label extension of naltrexone added to vortioxetine in major depression"
        )
        f = facts(title, _EXTENSION, TRIAL)
        assert (f.design, f.n) == ("nonrandomized_trial", 96), length


# ------------------------------ "randomly assigned" is randomised
def test_randomly_assigned_beats_the_co_medication_breakdown() -> None:
    """ "76 were randomly assigned" is the randomised total; the "(n = 21)" of the
    participants on one background antidepressant is a part of it, not the trial."""
    f = facts(
        "Naltrexone at 1.5 and 3 mg/day added to antidepressants in major depression: a "
        "randomised, placebo-controlled trial",
        "Methods: Outpatients with major depressive disorder (MADRS >= 22) who were on "
        "escitalopram (n=40), sertraline (n=21) or venlafaxine (n=15) at a stable dose were "
        "randomly assigned (1:1:1) to naltrexone 1.5 mg, naltrexone 3 mg or placebo nightly "
        "for 10 weeks.\n"
        "Results: 150 people were screened and 76 were randomly assigned (about 25 per group). "
        "MADRS fell most with 3 mg.",
        RCT,
    )
    assert f.n == 76


# ------------------------------ a subgroup analysis chosen by a cut-off
_CUTOFF = (
    "Methods: Of 130 randomised participants with chronic low back pain, those with a "
    "baseline HADS-D of 11 or more were analysed. Naltrexone was 4 mg nightly.\n"
    "Results: Forty-four participants met this cut-off (naltrexone 23, placebo 21). HADS-D "
    "fell by 4.1 and 1.9 points."
)


def test_a_cut_off_score_is_not_the_analysed_sample() -> None:
    """ "a HADS-D of 11 or more were analysed": 11 is the threshold; the 44 who "met this
    cut-off" are the secondary analysis's own sample."""
    title = "Naltrexone and depressive symptoms in chronic back pain: a secondary analysis of a randomised trial"
    assert facts(title, _CUTOFF, RCT).n == 44
    # near miss: with no sentence counting those who met it, the threshold is still no n
    text = _CUTOFF.replace("Forty-four participants met this cut-off", "Participants improved")
    assert facts(title, text, RCT).n != 11


# ------------------------------ a follow-up of a trial's people
def test_a_later_follow_up_of_a_trials_participants_counts_those_followed() -> None:
    """ "outcomes of older adults who took part in an open-label pilot trial": a derived
    report; its n is the 22 who form the analysed sample, not the 31 contacted."""
    f = facts(
        "Long-term outcomes in older adults given naltrexone with sertraline for late-life depression",
        "Objective: To report 18-month outcomes of older adults who took part in an open-label "
        "pilot trial of naltrexone 2 mg/day added to sertraline.\n"
        "Methods: All 31 original participants were contacted for an 18-month assessment; 22 "
        "(71%) agreed and form the analysed sample.\n"
        "Results: Fourteen of the 22 were in remission; GDS-15 was 5.2.",
        TRIAL,
    )
    assert f.n == 22


# ------------------------------ a long selection clause after "Of N ..., M ..."
def test_a_records_pool_stays_a_pool_across_a_long_selection_clause() -> None:
    """ "Of 5,210 adults with a prescription, 1,468 had ... and were included": the
    5,210 are the records looked at, however long the clause that selects the 1,468."""
    f = facts(
        "Naltrexone at low dose and depressive symptoms: a retrospective cohort study in "
        "insurance claims",
        "Methods: Of 5,210 adults who started low-dose naltrexone (1.5 to 4.5 mg daily) in the "
        "claims database, 1,468 adults had a recorded diagnosis of major depressive disorder in the "
        "year before their first prescription and a PHQ-9 score both before and after it, and "
        "were included.\nResults: PHQ-9 fell from 16.2 to 12.0 over 6 months.",
    )
    assert f.n == 1468


# ------------------------------ a registration's lead-in before randomisation
def _lead_in(started: tuple[str, ...], allocation: str = "RANDOMIZED") -> dict[str, Any]:
    """The recorded pilot's registration with results and a participant flow whose groups
    started with ``started``; 58 enrolled."""
    study = copy.deepcopy(_study("NCT01874951"))
    design = study["protocolSection"]["designModule"]
    design["enrollmentInfo"] = {"count": 58, "type": "ACTUAL"}
    design.setdefault("designInfo", {})["allocation"] = allocation
    study["hasResults"] = True
    study["resultsSection"] = {
        "participantFlowModule": {
            "preAssignmentDetails": "A two-week single-blind placebo run-in preceded assignment.",
            "groups": [{"id": f"FG00{i}", "title": f"Group {i}"} for i in range(len(started))],
            "periods": [
                {
                    "title": "Overall Study",
                    "milestones": [
                        {
                            "type": "STARTED",
                            "achievements": [
                                {"groupId": f"FG00{i}", "numSubjects": k}
                                for i, k in enumerate(started)
                            ],
                        }
                    ],
                }
            ],
        }
    }
    return study


def test_a_run_in_before_randomisation_is_not_in_an_rcts_n() -> None:
    """58 enrolled, 23 + 22 started the randomised groups: the RCT's n is 45 (CONTRACT.md:
    randomised), so a run-in does not lift it over the larger-trials threshold."""
    record, f = _assessed(_lead_in(("23", "22")))
    assert f.n == 45 and "randomised" in f.evidence["n"]
    verdicts = apply_registry_status(judge(f, default_rules()), record.registry)
    assert verdicts[LARGER] == "no"
    # near misses: all enrolled started (29 + 29); a non-randomised trial counts whom it
    # enrolled; a flow of one group says nothing about assignment
    assert _assessed(_lead_in(("29", "29")))[1].n == 58
    assert _assessed(_lead_in(("23", "22"), "NON_RANDOMIZED"))[1].n == 58
    assert _assessed(_lead_in(("45",)))[1].n == 58
