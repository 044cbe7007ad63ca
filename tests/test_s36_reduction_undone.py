"""A lower dose tried and then given up for the higher dose again is no dose anyone was
kept on (CONTRACT.md: ``ldn_doses_mg`` lists maintenance doses). Shown by holdout385
43500026 (a case report: LDN 1.5 mg raised to 4.5 mg in a non-responder, then an attempt
to lower it to 3 mg was reversed and 4.5 mg resumed; read as [1.5, 3, 4.5]).
Session 36, round 93, c93c.

Ways real abstracts tell a reduction that was undone:
- "Attempts to lower the dose to 3 mg were followed by a return of low mood, and 4.5 mg
  was resumed."
- "When the dose was reduced to 3 mg, her mood worsened and the dose was returned to 4.5 mg."
- "A trial reduction to 1.5 mg led to relapse, and 4.5 mg was reinstated."
- "Tapering to 3 mg was attempted but abandoned; she went back to 4.5 mg."
- "An attempt to lower the dose to 3 mg failed, and the previous dose was restored."
- "The dose was cut to 2 mg; symptoms recurred and it was re-escalated to 4.5 mg."

The rule is in the doses reader (doses.py, ``_reduction_undone``), on the study's own
doses (sentence roles): a dose reached by lowering, whose sentence or the next one gives
the higher dose (or "the previous dose") again, is an earlier step, not maintained.

Near miss keeps its verdict: a reduction that is kept ("reduced to 3 mg, which he
continued for a year") is a dose taken, both levels stay."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone added to an antidepressant in recurrent depression: a case report"
START = (
    "Case presentation: A 47-year-old woman with recurrent major depressive disorder "
    "remained depressed on escitalopram 20 mg. Naltrexone 4.5 mg at night was added and "
    "her MADRS fell from 31 to 10 over eight weeks. "
)


@pytest.mark.parametrize(
    "undone",
    [
        "When the dose was reduced to 3 mg, her mood worsened within ten days and the dose "
        "was returned to 4.5 mg.",
        "A trial reduction to 1.5 mg six months later led to relapse, and 4.5 mg was reinstated.",
        "Tapering to 3 mg was attempted but abandoned after her mood fell; she went back to "
        "4.5 mg.",
        "An attempt to lower the dose to 3 mg failed. The previous dose was restored.",
    ],
)
def test_reduction_undone_is_no_dose_kept(undone: str) -> None:
    assert facts(TITLE, START + undone, CASE).ldn_doses_mg == [4.5]


def test_reduction_kept_stays() -> None:
    kept = "Because of vivid dreams the dose was reduced to 3 mg, which she continued for a year."
    assert facts(TITLE, START + kept, CASE).ldn_doses_mg == [3.0, 4.5]
