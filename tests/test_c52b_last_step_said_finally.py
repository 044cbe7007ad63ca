"""Kind: the last step of a schedule told with a word of sequence alone before its dose
("then 1 mg, 2 mg and finally 4.5 mg/day", "and lastly 3 mg"), no drug named beside it: a
later step of the same drug's schedule. In an explicitly dose-finding escalation every step
is listed; in a fixed titration it is the target, and the steps before it are not.

Round 52, c52b; the record that showed it: preprints49 PPR5000018 (doses [0.5, 1, 2, 4.5],
read [0.5, 1, 2]: the "finally 4.5 mg/day" step was lost).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Ascending low doses of naltrexone in treatment-resistant depression: an open-label "
    "escalation study with reward-task fMRI"
)
RECORD = (
    "Human translational studies of opioid modulation in depression are scarce. Eighteen "
    "adults with treatment-resistant depression, continuing an SSRI or SNRI at a stable dose, "
    "received open-label naltrexone in a pre-planned escalation designed to identify the "
    "lowest dose that alters reward-related striatal activity. Each participant took 0.5 "
    "mg/day for two weeks, then 1 mg, 2 mg and finally 4.5 mg/day (two weeks per step), with "
    "a monetary incentive delay fMRI task and the Snaith-Hamilton Pleasure Scale after each "
    "step. Ventral striatal reward anticipation signal increased from the 2 mg step onwards, "
    "with no further gain at 4.5 mg. MADRS fell by 7.2 points over the 8 weeks. These "
    "dose-response data can inform dose selection for future trials."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, ("Preprint",))
    assert f.ldn_doses_mg == [0.5, 1.0, 2.0, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "In a dose-finding escalation, 24 adults with major depressive disorder took "
            "naltrexone 1 mg nightly for a week, then 2 mg and lastly 3 mg, with MADRS read "
            "at each step.",
            [1.0, 2.0, 3.0],
        ),
        (
            "Twenty patients with bipolar depression entered a dose-ranging phase: 0.5 mg "
            "daily, then 1.5 mg, and eventually 4.5 mg daily, two weeks each.",
            [0.5, 1.5, 4.5],
        ),
    ],
)
def test_escalation_keeps_the_last_step(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone dose-finding in depression", abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # a fixed titration not framed as dose-finding: only its target
        "Thirty adults with major depressive disorder started naltrexone at 1.5 mg nightly, "
        "then 3 mg and finally 4.5 mg from week 3, and stayed on 4.5 mg for 12 weeks.",
        "Forty outpatients with major depression took naltrexone 1 mg for a week, then 2 mg, "
        "and lastly 4.5 mg nightly until week 10.",
    ],
)
def test_fixed_titration_keeps_only_the_target(abstract: str) -> None:
    f = facts("Low-dose naltrexone in depression: an open-label pilot", abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
