"""A dose written in compound number words ("forty-five milligrams", "twenty-five mg"):
the whole number is read, never its last word alone ("forty-five" is 45, not 5), so a
co-medication at its full dose is not taken for a low dose given for another purpose.
Shown by holdout237 26500004 (a case report's mirtazapine "increased to forty-five
milligrams" read as 5 mg and dropped). Session 25, round 67, c67d."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone in resistant depression: a case report"


@pytest.mark.parametrize(
    ("drug_sentence", "expected"),
    [
        (
            "She took mirtazapine at thirty milligrams nightly, which was continued.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Her mirtazapine had been raised to forty-five milligrams and was kept.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "He stayed on amitriptyline at one hundred and fifty milligrams a day.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "He continued venlafaxine, seventy-five mg twice daily.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_full_dose_in_words_is_kept(drug_sentence: str, expected: list[str]) -> None:
    f = facts(
        TITLE,
        f"A 50-year-old with depression was given naltrexone 4.5 mg at bedtime. {drug_sentence} "
        "HAM-D fell from 25 to 9.",
        CASE,
    )
    assert f.concomitant_classes == expected


def test_low_dose_in_words_stays_another_purpose() -> None:
    # near miss: amitriptyline at ten milligrams for sleep is not an antidepressant here
    f = facts(
        TITLE,
        "A 50-year-old with depression was given naltrexone 4.5 mg at bedtime. He also took "
        "amitriptyline ten milligrams at night for sleep. HAM-D fell from 25 to 9.",
        CASE,
    )
    assert f.concomitant_classes == []
    assert f.ldn_doses_mg == [4.5]
