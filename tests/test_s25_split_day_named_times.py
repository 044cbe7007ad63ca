"""One day's dose split over named times of day other than "in the morning"/"at night"
("each morning", "on waking", "at noon" with "at bedtime", "each evening" or a clock time)
is the day's total: the parts summed, and a total above the LDN ceiling is off-topic even
when each part is low. Shown by holdout246 27500017 (doses [0.5, 1.5] for 2 mg/day) and
holdout247 27600039 (4.5 mg + 3 mg read as two low doses, on-topic with a false
serotonergic-combination verdict). Session 25, round 69, c69a."""

import pytest
from written import TRIAL, facts

TITLE = "Naltrexone added to antidepressants in major depression: an open-label study"
BODY = (
    "Methods: Twenty-four adults with major depressive disorder took naltrexone {dose} for "
    "10 weeks alongside their current antidepressant.\n"
    "Results: Depression scores fell from 28 to 19."
)


@pytest.mark.parametrize(
    ("dose", "total"),
    [
        ("1 mg each morning and 2 mg at bedtime", 3.0),
        ("0.5 mg on waking and 2.5 mg each evening", 3.0),
        ("1.5 mg at noon and 1.5 mg at bedtime", 3.0),
        ("2 mg upon rising and 2 mg at 18:00", 4.0),
    ],
)
def test_split_day_is_its_total(dose: str, total: float) -> None:
    assert facts(TITLE, BODY.format(dose=dose), TRIAL).ldn_doses_mg == [total]


@pytest.mark.parametrize(
    "dose",
    ["4 mg on waking and 4 mg at bedtime", "5 mg each morning and 2.5 mg at 17:00"],
)
def test_split_day_above_ceiling_is_off_topic(dose: str) -> None:
    f = facts(TITLE, BODY.format(dose=dose), TRIAL)
    assert f.on_topic is False


def test_single_nightly_dose_unchanged() -> None:
    # near miss: one dose at bedtime, nothing split
    f = facts(TITLE, BODY.format(dose="4.5 mg at bedtime"), TRIAL)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [4.5]
