"""People said to take no antidepressant, counted as a share of the sample ("12
participants were taking no antidepressant") or set beside the rest ("the remaining
patients received no antidepressant"), do not make the whole sample free of them: the
others take the drugs the record names as taken alongside. The words "participants were
taking no antidepressant" were read as the whole sample's, and every named drug was
dropped. Shown by holdout392 44200015 (a multicomponent programme with LDN: "Antidepressants
taken during the programme were SSRIs (escitalopram 9, sertraline 5) and mirtazapine (5);
12 participants were taking no antidepressant": serotonergic-combination addressed missed).
Session 38, round 95, c95c.

Ways real abstracts say a share took none:
- "...; 12 participants were taking no antidepressant."
- "Twelve patients (39%) took no antidepressant; the others took escitalopram (9), ..."
- "Nineteen continued escitalopram, sertraline or mirtazapine, while the remaining patients
  received no antidepressant."
- "Of the 31 enrolled, 12 participants used no antidepressant and 19 were on an SSRI."
- "12 (39%) were taking no antidepressant" (already read as a share: ``_a_share``).
The whole sample said to take none ("All 31 participants took no antidepressant",
"Participants took no antidepressant during the trial") keeps its verdict: nothing taken.
"""

import pytest
from written import TRIAL, facts, gaps

TITLE = (
    "A programme combining low-dose naltrexone, a probiotic and diet coaching for depression "
    "with irritable bowel syndrome: an open-label feasibility trial"
)
METHODS = (
    "Methods: Adults with a current major depressive episode (PHQ-9 of 10 or more) and "
    "irritable bowel syndrome were enrolled. Participants continued any current "
    "antidepressant unchanged and received low-dose naltrexone 3 mg nightly, a probiotic and "
    "six sessions of diet coaching.\n"
    "Results: Thirty-one patients enrolled and 26 completed. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Antidepressants taken during the programme were SSRIs (escitalopram 9, sertraline 5) "
        "and mirtazapine (5); 12 participants were taking no antidepressant.",
        "Twelve patients (39%) took no antidepressant; the others took escitalopram (9), "
        "sertraline (5) or mirtazapine (5).",
        "Nineteen continued escitalopram, sertraline or mirtazapine, while the remaining "
        "patients received no antidepressant.",
        "Of the 31 enrolled, 12 participants used no antidepressant and 19 were on an SSRI "
        "or mirtazapine.",
    ],
)
def test_share_taking_none_leaves_the_others_drugs(said: str) -> None:
    f = facts(TITLE, METHODS + said + " PHQ-9 fell from 15.8 to 9.1.", TRIAL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    g = gaps(TITLE, METHODS + said + " PHQ-9 fell from 15.8 to 9.1.", TRIAL)
    assert g["serotonergic-combination"] == "addressed"


def test_whole_sample_taking_none_takes_nothing() -> None:
    # near miss: the whole sample took none; the SSRI named is only the background's
    abstract = (
        "Background: Many patients do not respond to SSRIs.\n"
        "Methods: Adults with a current major depressive episode received low-dose "
        "naltrexone 3 mg nightly, a probiotic and diet coaching.\n"
        "Results: All 31 participants took no antidepressant during the programme. PHQ-9 "
        "fell from 15.8 to 9.1."
    )
    f = facts(TITLE, abstract, TRIAL)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(TITLE, abstract, TRIAL)
