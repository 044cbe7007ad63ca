"""The watched drug named as what some people had been taking before the study began and
stopped then ("had been taking X for pain before the switch, which was stopped") is their
history, in any design: a cohort of another drug that mentions it so gives nobody X. Shown
by holdout319 35800018 (an olanzapine/samidorphan cohort in which two patients had been on
LDN before the switch, which was stopped). Session 31, round 80, c80e."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    "stopped",
    [
        "Three patients had been taking low-dose naltrexone 4.5 mg for back pain before "
        "the switch, which was stopped.",
        "Two women had been taking naltrexone 3 mg for Crohn's disease before enrolment, "
        "and this was discontinued.",
        "One man had been taking low-dose naltrexone for fibromyalgia before baseline, "
        "which was withdrawn.",
    ],
)
def test_drug_stopped_at_entry_is_not_given(stopped: str) -> None:
    f = facts(
        "Mood after switching to lurasidone in bipolar disorder: a cohort study",
        "Methods: Adults with bipolar disorder switched to lurasidone at two clinics were "
        f"followed for 24 weeks with the MADRS. {stopped} Results: We included 96 patients; "
        "MADRS scores fell from 20 to 13.",
        OBS,
    )
    assert not f.on_topic


def test_drug_kept_after_entry_stays_on_topic() -> None:
    """Near miss: the people had been taking the drug before enrolment and kept taking it
    through the study, which followed their mood."""
    f = facts(
        "Mood in long-term users of low-dose naltrexone: a cohort study",
        "Methods: Adults with fibromyalgia who had been taking low-dose naltrexone 4.5 mg "
        "for at least three months before enrolment continued it and were followed for 24 "
        "weeks with the PHQ-9. Results: We included 88 patients; PHQ-9 scores fell from 11 "
        "to 8.",
        OBS,
    )
    assert f.on_topic
