"""A sentence saying the study is not another trial ("this trial is unrelated to the X
trial in depression", "not to be confused with the ... study of ..."): the other trial's
condition, named there, is not this study's condition or outcome. Shown by holdout250
27900010 (a fibromyalgia dose-ranging trial sharing a depression trial's acronym, read as
on-topic). Session 26, round 70, c70a."""

import pytest
from written import RCT, facts

TITLE = "A randomised dose-finding trial of low-dose naltrexone in chronic low back pain"
BODY = (
    "Methods: We randomised 96 adults with chronic low back pain to placebo or naltrexone "
    "1.5, 3 or 4.5 mg/day for ten weeks. People with a current depressive episode were "
    "excluded.\nResults: Pain fell most at 4.5 mg; 3 mg did not differ from placebo."
)


@pytest.mark.parametrize(
    "note",
    [
        "This study is unrelated to the Canadian FLARE trial of low-dose naltrexone in depression.",
        "It is not to be confused with the similarly named trial in treatment-resistant "
        "depression.",
        "The trial is distinct from the Swedish SALT study of naltrexone for depressive symptoms.",
        "Despite the shared acronym, this work is separate from the PAIN-LDN trial in "
        "major depressive disorder.",
    ],
)
def test_condition_of_a_disclaimed_trial_is_not_the_studys(note: str) -> None:
    f = facts(TITLE, f"{BODY}\nConclusions: 4.5 mg is the dose to take forward. {note}", RCT)
    assert not f.on_topic


def test_own_depression_outcome_beside_a_disclaimer_stays() -> None:
    """Near miss: the study measures depression itself; the disclaimer does not undo it."""
    f = facts(
        TITLE,
        f"{BODY} Depressive symptoms (PHQ-9) fell with 4.5 mg.\nConclusions: This study is "
        "unrelated to the Canadian FLARE trial in fibromyalgia.",
        RCT,
    )
    assert f.on_topic
