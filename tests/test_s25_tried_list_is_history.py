"""Drugs listed after "has tried" / "had tried" are the patient's past treatment trials, not
what is taken alongside the watched drug. registry61 NCT03300021 showed it (an expanded-access
patient who "has tried sertraline, escitalopram, duloxetine, mirtazapine, bupropion
augmentation ..." and is maintained on venlafaxine). Session 25, round 68, c68e."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone added for refractory depression: a case report"


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        (
            "Case: A 47-year-old man with recurrent depression had tried citalopram, "
            "mirtazapine and bupropion over four years. He was taking vortioxetine 20 mg "
            "daily when naltrexone 4.5 mg at night was added; his MADRS fell from 30 to 14.",
            ["serotonergic"],
        ),
        (
            "Case: Over a decade the woman has tried phenelzine, nortriptyline, bupropion and "
            "two SSRIs. Her present regimen is reboxetine 8 mg daily, to which naltrexone "
            "4.5 mg was added at bedtime; she remitted by week 10.",
            ["noradrenergic"],
        ),
        (
            "Case: The patient had already tried mirtazapine and methylphenidate without "
            "benefit. On escitalopram 20 mg he started naltrexone 3 mg nightly and improved "
            "within six weeks.",
            ["serotonergic"],
        ),
    ],
)
def test_tried_list_is_history(text: str, classes: list[str]) -> None:
    f = facts(TITLE, text, CASE)
    assert f.concomitant_classes == classes


def test_tried_with_a_drug_taken_keeps_it() -> None:
    """Near miss: what the watched drug was tried alongside is taken with it."""
    f = facts(
        TITLE,
        "Case: A 39-year-old woman with major depression has tried naltrexone 4.5 mg nightly "
        "alongside her sertraline 100 mg for eight weeks; her PHQ-9 fell from 19 to 8.",
        CASE,
    )
    assert f.concomitant_classes == ["serotonergic"]
