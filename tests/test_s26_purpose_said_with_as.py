"""A co-medication's other purpose said with "as" ("bupropion SR 150 mg twice daily as
the smoking-cessation medication", "amitriptyline 10 mg as an analgesic", "trazodone
50 mg as a hypnotic") is not taken for the condition: no class. Shown by holdout252
28500019 (bupropion given to every smoker to quit, read as a dopaminergic co-medication).
Session 26, round 71, c71e."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Every participant also took bupropion SR 150 mg twice daily as the "
        "smoking-cessation medication.",
        "Amitriptyline 10 mg at night was continued as an analgesic in all participants.",
        "Trazodone 50 mg was allowed as a hypnotic in both arms.",
    ],
)
def test_purpose_said_with_as_is_no_class(sentence: str) -> None:
    f = facts(
        "Low-dose naltrexone for depressive symptoms: a randomized trial",
        "Methods: 90 adults with depressive symptoms were randomized to naltrexone 2 mg/day "
        f"or placebo. {sentence}\nResults: CES-D fell by 9 vs 5 points.",
        RCT,
    )
    assert f.concomitant_classes == []


def test_antidepressant_as_augmentation_keeps_its_class() -> None:
    # near miss: "as" naming no other purpose
    f = facts(
        "Low-dose naltrexone for depression: a randomized trial",
        "Methods: 90 adults with major depression taking sertraline 100 mg/day as their "
        "antidepressant were randomized to naltrexone 2 mg/day or placebo.\nResults: MADRS "
        "fell by 9 vs 5 points.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
