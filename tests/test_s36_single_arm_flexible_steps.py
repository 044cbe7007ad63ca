"""A flexible range written in a single-arm study's dosing sentence ("received naltrexone 1.5
mg at night, which could be raised to 3 mg and then 4.5 mg according to tolerability (1.5-4.5
mg as tolerated)") gives its two ends; the levels passed through inside it are no further
doses (CONTRACT.md: "for a flexible range both ends"). A study's one arm ("single-arm",
"one-arm") names its design, not arms it assigns doses to, so it does not keep those inner
levels as arms. Shown by preprints86 PPR1100006 (read [1.5, 3, 4.5]). Session 36, round 92,
c92c.

Ways real abstracts state the same fact (a single-arm study, steps inside a flexible range):
1. "In a single-arm, open-label study, ... received naltrexone 1.5 mg at night, which could be
   raised to 3 mg and then 4.5 mg according to tolerability (1.5-4.5 mg as tolerated)."
2. "In this one-arm pilot, ... received naltrexone 1 mg at night, which could be raised to 2
   mg and then 4 mg at the clinician's discretion (1-4 mg as tolerated)."
3. "This single arm trial gave naltrexone 0.5 mg, raised to 1 mg and then 2 mg at the
   clinician's discretion (0.5-2 mg as tolerated)."
4. "Single-arm study: naltrexone was started at 1.5 mg and could be titrated to 3 mg and then
   4.5 mg as tolerated (1.5-4.5 mg)."
5. "adjusted between 1.5 and 4.5 mg according to tolerability; most reached 3 mg" (read
   before)
The rule is the dose reader's one reading of a flexible range (``_inside_flexible_range``);
only what counts as a sentence that assigns arms changes."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label low-dose naltrexone for bipolar depression: a feasibility study"


@pytest.mark.parametrize(
    ("dosing", "doses"),
    [
        (
            "In a single-arm, open-label study, adults with bipolar depression received "
            "naltrexone 1.5 mg at night, which could be raised to 3 mg and then 4.5 mg "
            "according to tolerability (1.5-4.5 mg as tolerated).",
            [1.5, 4.5],
        ),
        (
            "In this one-arm pilot, adults with bipolar depression received naltrexone 1 mg "
            "at night, which could be raised to 2 mg and then 4 mg at the clinician's "
            "discretion (1-4 mg as tolerated).",
            [1.0, 4.0],
        ),
        (
            "In this one-arm pilot, adults with bipolar depression started naltrexone 1.5 mg "
            "nightly, which could be raised to 3 mg and then 4.5 mg at the clinician's "
            "discretion (1.5-4.5 mg as tolerated).",
            [1.5, 4.5],
        ),
        (
            "In a single arm trial, adults with bipolar depression received naltrexone 0.5 "
            "mg, which could be raised to 1 mg and then 2 mg at the clinician's discretion "
            "(0.5-2 mg as tolerated).",
            [0.5, 2.0],
        ),
    ],
)
def test_single_arm_flexible_range_gives_its_ends(dosing: str, doses: list[float]) -> None:
    f = facts(
        TITLE,
        "Methods: " + dosing + "\nResults: Twenty-four patients enrolled. MADRS fell.",
        TRIAL,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == doses


def test_arms_assigned_keep_their_doses() -> None:
    # near miss: a sentence that assigns arms keeps each arm's dose inside the range
    f = facts(
        "Low-dose naltrexone for depression: a randomised dose-comparison trial",
        "Methods: Adults with major depression were randomised to three arms: naltrexone "
        "1.5 mg, 3 mg, or a flexible dose of 1.5-4.5 mg as tolerated.\nResults: Scores fell.",
        ("Randomized Controlled Trial",),
    )
    assert 3.0 in f.ldn_doses_mg
