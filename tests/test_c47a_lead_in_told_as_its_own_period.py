"""A registration whose enrolment counts a lead-in that its results tell as a period of its own.

The kind (round 47, c47a): a randomised registration with posted results whose enrolment
counts everyone who entered a placebo lead-in or run-in, and whose participant flow tells
that lead-in as a first period with one group of its own ("Placebo Lead-in (All
Enrolled)") that starts everyone while the assigned groups start nobody; the randomised
groups start in a later period. CONTRACT.md: the n of an RCT is the number randomised, so
the n is the later period's starters, not the enrolment. Shown by registry46 NCT04900005
("LDN for Depressive Episodes: Placebo Lead-in Randomized Trial": 61 enrolled, 45
randomised, read as 61 and a false larger-trials "addressed"). Every study here is written
for this test on the recorded pilot's registration.
"""

from __future__ import annotations

import copy
from typing import Any

from test_registry_facts import _assessed, _study

from ldn_watch.assess import default_rules, judge
from ldn_watch.sources.registry_facts import apply_registry_status

LARGER = "larger-trials"


def _period(title: str, started: tuple[str, ...]) -> dict[str, Any]:
    return {
        "title": title,
        "milestones": [
            {
                "type": "STARTED",
                "achievements": [
                    {"groupId": f"FG00{i}", "numSubjects": k} for i, k in enumerate(started)
                ],
            }
        ],
    }


def _flow(
    enrolled: int,
    periods: list[tuple[str, tuple[str, ...]]],
    allocation: str = "RANDOMIZED",
    groups: tuple[str, ...] = ("Placebo Lead-in (All Enrolled)", "Low-Dose Naltrexone", "Placebo"),
) -> dict[str, Any]:
    """The recorded pilot's registration with results, ``enrolled`` ACTUAL and a flow of
    ``periods`` (title, STARTED per group)."""
    study = copy.deepcopy(_study("NCT01874951"))
    design = study["protocolSection"]["designModule"]
    design["enrollmentInfo"] = {"count": enrolled, "type": "ACTUAL"}
    design.setdefault("designInfo", {})["allocation"] = allocation
    study["hasResults"] = True
    study["resultsSection"] = {
        "participantFlowModule": {
            "groups": [{"id": f"FG00{i}", "title": t} for i, t in enumerate(groups)],
            "periods": [_period(t, s) for t, s in periods],
        }
    }
    return study


def test_the_records_lead_in_period_is_not_in_the_rcts_n() -> None:
    """NCT04900005's flow: 61 start the lead-in group, 23 + 22 the randomised groups."""
    record, f = _assessed(
        _flow(
            61,
            [
                ("Single-blind Placebo Lead-in", ("61", "0", "0")),
                ("Double-blind Phase", ("0", "23", "22")),
            ],
        )
    )
    assert f.n == 45 and "randomised" in f.evidence["n"]
    verdicts = apply_registry_status(judge(f, default_rules()), record.registry)
    assert verdicts[LARGER] == "no"


def test_other_lead_ins_told_as_their_own_period() -> None:
    # a run-in with three assigned arms, numbers as integers
    three = ("Run-in (All Participants)", "LDN 1.5 mg", "LDN 4.5 mg", "Placebo")
    study = _flow(
        80,
        [("Placebo Run-in", (80, 0, 0, 0)), ("Randomized Phase", (0, 14, 15, 14))],
        groups=three,
    )
    assert _assessed(study)[1].n == 43
    # an open-label lead-in on the drug itself before a randomised withdrawal
    study = _flow(
        96,
        [("Open-label Lead-in", ("96", "0", "0")), ("Randomized Withdrawal", ("0", "21", "20"))],
        groups=("Open-label LDN (All Enrolled)", "Continue LDN", "Switch to Placebo"),
    )
    assert _assessed(study)[1].n == 41
    # a screening phase told first, then a lead-in, then the randomised groups
    study = _flow(
        70,
        [
            ("Screening", ("70", "0", "0")),
            ("Lead-in", ("52", "0", "0")),
            ("Treatment", ("0", "24", "24")),
        ],
    )
    assert _assessed(study)[1].n == 48


def test_near_misses_keep_their_count() -> None:
    # no lead-in: the groups start in the first period; the later period is not read
    study = _flow(
        58,
        [("First Intervention", ("0", "29", "29")), ("Second Intervention", ("0", "27", "27"))],
    )
    assert _assessed(study)[1].n == 58
    # a lead-in period in a non-randomised trial: it counts whom it enrolled
    study = _flow(
        61,
        [("Lead-in", ("61", "0", "0")), ("Treatment", ("0", "23", "22"))],
        allocation="NON_RANDOMIZED",
    )
    assert _assessed(study)[1].n == 61
    # the groups never start two at once: the flow says nothing of assignment beyond its
    # first count, which is all enrolled
    study = _flow(61, [("Overall Study", ("61", "0", "0"))])
    assert _assessed(study)[1].n == 61
    # the randomised phase started more than the enrolment states: the enrolment stands
    study = _flow(40, [("Lead-in", ("40", "0", "0")), ("Treatment", ("0", "30", "30"))])
    assert _assessed(study)[1].n == 40
