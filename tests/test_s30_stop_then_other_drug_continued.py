"""A drug named right after another's stop, in its own clause that keeps it ("bupropion
was stopped and escitalopram was continued unchanged"), is not stopped with it: the stop
reaches across "and" only to a list of what was stopped. Shown by holdout299 33500003
(naltrexone/bupropion stopped, escitalopram continued, read as no co-medication).
Session 30, round 78, c78e."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone in recurrent depression: a case report"
OPEN = "A 52-year-old man with recurrent major depressive disorder relapsed. "
LDN = " He was then given naltrexone 4.5 mg at bedtime and improved over ten weeks."


@pytest.mark.parametrize(
    "sentence",
    [
        "Mirtazapine was stopped and sertraline was continued at 100 mg.",
        "Bupropion was discontinued, and his citalopram was kept at the same dose.",
        "Quetiapine was tapered off and fluoxetine 40 mg was maintained.",
    ],
)
def test_drug_kept_after_anothers_stop_is_taken(sentence: str) -> None:
    f = facts(TITLE, OPEN + sentence + LDN, CASE)
    assert f.concomitant_classes == ["serotonergic"]


def test_drugs_stopped_together_stay_stopped() -> None:
    f = facts(TITLE, OPEN + "Venlafaxine and sertraline were stopped." + LDN, CASE)
    assert f.concomitant_classes == []
