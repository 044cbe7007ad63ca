"""The SNRI class named by its mechanism with the word "antidepressant" ("serotonin-
noradrenaline antidepressants", as "serotonergic antidepressants" already was) is a class
named without drugs, and counts for its classes as "SNRIs" does (CONTRACT.md). Shown by
holdout351 39400031 (an open-label extension in which "serotonergic or serotonin-
noradrenaline antidepressants were continued" gave no classes). Session 33, round 87,
c87b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("said", "classes"),
    [
        (
            "Their serotonin and noradrenaline antidepressants were kept at the same dose.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "All continued their serotonin-norepinephrine antidepressant unchanged.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Serotonergic or serotonin-noradrenaline antidepressants were continued.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_class_named_by_mechanism_counts(said: str, classes: list[str]) -> None:
    f = facts(
        "Open-label low-dose naltrexone added to antidepressants in major depression",
        "Methods: Seventy adults with major depressive disorder took open-label naltrexone "
        f"3 mg at night for 10 weeks. {said}\nResults: MADRS scores fell by 9 points.",
        TRIAL,
    )
    assert f.on_topic
    assert sorted(f.concomitant_classes) == classes


def test_class_named_in_background_only_stays_out() -> None:
    # near miss: the mechanism class named only as what the field knows
    f = facts(
        "Open-label low-dose naltrexone as sole treatment in major depression",
        "Background: Many patients respond poorly to serotonin-noradrenaline "
        "antidepressants.\n"
        "Methods: Seventy unmedicated adults with major depressive disorder took open-label "
        "naltrexone 3 mg at night for 10 weeks.\nResults: MADRS scores fell by 9 points.",
        TRIAL,
    )
    assert f.concomitant_classes == []
