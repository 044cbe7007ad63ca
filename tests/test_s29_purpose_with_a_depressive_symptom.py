"""An antidepressant added for another purpose coordinated with a symptom of the condition
itself ("for persisting fatigue and low motivation", "for tiredness and apathy") is taken
for the condition, as "for pain and depression" is (CONTRACT.md: the purpose of a
co-medication). Shown by holdout276 30800004 (a case report, bupropion added for fatigue
and low motivation). Session 29, round 76, c76a."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    "added",
    [
        "Bupropion 300 mg/day was added for persisting fatigue and low motivation.",
        "Bupropion XL 150 mg was later added to treat residual fatigue and apathy.",
        "She was also given bupropion 300 mg daily for tiredness, poor concentration and loss "
        "of interest.",
    ],
)
def test_purpose_including_a_depressive_symptom_counts(added: str) -> None:
    f = facts(
        "Low-dose naltrexone added to two antidepressants in postpartum depression: a case report",
        "A 29-year-old woman developed major depression after delivery. Sertraline was raised "
        "to 150 mg/day. " + added + " Naltrexone was then started at 4.5 mg each night, with "
        "both antidepressants continued. HAM-D fell from 22 to 8.",
        CASE,
    )
    assert sorted(f.concomitant_classes) == ["dopaminergic", "serotonergic"]


def test_purpose_of_fatigue_alone_stays_another_purpose() -> None:
    """Near miss: a drug added for fatigue alone keeps today's answer."""
    f = facts(
        "Low-dose naltrexone added to two antidepressants in postpartum depression: a case report",
        "A 29-year-old woman developed major depression after delivery. Sertraline was raised "
        "to 150 mg/day. Bupropion 300 mg/day was added for persisting fatigue. Naltrexone was "
        "then started at 4.5 mg each night. HAM-D fell from 22 to 8.",
        CASE,
    )
    assert sorted(f.concomitant_classes) == ["serotonergic"]
