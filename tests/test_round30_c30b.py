"""Round 30 (c30b), from batch 19 (holdout88): the condition named only as what a
co-medication is taken for, and an extension's people and co-medication carried over
from the parent trial it names."""

from __future__ import annotations

import pytest
from written import RCT, facts

# -- the condition named as the indication of a co-medication, in a trial of another
# disease that says it did not measure mood (holdout88 17100039 showed it)

CROHN = "Low-dose naltrexone for active Crohn's disease: a randomised controlled trial"
CROHN_METHODS = (
    "Methods: Fifty-six adults with active Crohn's disease were randomised to naltrexone "
    "4.5 mg daily or placebo for 12 weeks. Outcomes were clinical remission, endoscopic "
    "response and faecal calprotectin. {}\n"
    "Results: Clinical remission occurred in 36% and 18% (P = 0.12)."
)


@pytest.mark.parametrize(
    "said",
    [
        # the record's own wording
        "Use of antidepressants for comorbid anxiety or depression was recorded at "
        "baseline (14%) but mood was not assessed.",
        # probes: the same kind said differently
        "Antidepressants prescribed for depression were documented at entry (9 patients), "
        "although depressive symptoms were not measured.",
        "Eleven patients (20%) took antidepressants for depression at enrolment, but no "
        "mood measure was used.",
        "Concomitant SSRIs for depression were noted at baseline in 12%; mood was not an outcome.",
        "Psychotropic medications for concurrent depression or anxiety were allowed if "
        "stable; depression was not a study endpoint.",
    ],
)
def test_a_co_medications_indication_is_not_a_mood_outcome(said: str) -> None:
    f = facts(CROHN, CROHN_METHODS.format(said), RCT)
    assert not f.on_topic


def test_a_mood_outcome_beside_a_co_medications_indication_still_counts() -> None:
    said = (
        "Use of antidepressants for comorbid depression was recorded at baseline, and "
        "depressive symptoms (HADS-D) were a secondary outcome."
    )
    assert facts(CROHN, CROHN_METHODS.format(said), RCT).on_topic
