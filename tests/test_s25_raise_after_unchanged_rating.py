"""A dose raised after the rating stayed where it was ("her MADRS was unchanged, so the dose
was increased to 4.5 mg"): a raise for want of response, both levels kept (CONTRACT.md).
Shown by holdout241 26900037 (doses [4.5] for [1.5, 4.5]). Session 25, round 68, c68d."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone added to an antidepressant in late-life depression: a case report"


@pytest.mark.parametrize(
    ("course", "doses"),
    [
        (
            "Naltrexone 1 mg at night was added. At week 5 his HAM-D was unchanged (21), so "
            "the dose was raised to 3 mg.",
            [1.0, 3.0],
        ),
        (
            "She began LDN 1.5 mg daily; her mood remained unchanged after a month and "
            "naltrexone was increased to 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Naltrexone 2 mg nightly was started. Eight weeks later the PHQ-9 score was "
            "essentially unchanged and the dose was increased to 4 mg.",
            [2.0, 4.0],
        ),
    ],
)
def test_both_levels_after_an_unchanged_rating(course: str, doses: list[float]) -> None:
    abstract = (
        "An 81-year-old man with recurrent major depression had a partial response to "
        f"mirtazapine 30 mg. {course} He later remitted."
    )
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == doses


def test_an_antidepressant_kept_unchanged_is_no_reason() -> None:
    # near miss: the co-medication unchanged, the naltrexone a fixed step to its target
    abstract = (
        "An 81-year-old man with recurrent major depression had a partial response to "
        "mirtazapine 30 mg. Naltrexone was started at 1.5 mg and increased to 4.5 mg after "
        "one week; mirtazapine was unchanged. He later remitted."
    )
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == [4.5]
