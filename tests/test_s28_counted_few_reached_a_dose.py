"""A counted few of a report's people said to have "reached" a dose after a start ("Four
patients reached 4.5 mg; two stayed at 3 mg", "3 of them reached 6 mg") reached a later step
of the raise: each one's maintenance dose, and the start is a step (CONTRACT.md: the doses
people were kept on, not a titration's first steps). Shown by holdout275 30700037 (a case
series whose 4.5 mg was lost and whose 1.5 mg start was kept). Session 28, round 74, c74a."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Patients and methods: Five women with recurrent depression taking sertraline "
            "began naltrexone at 1 mg at bedtime. Three patients reached 4.5 mg; the "
            "other two remained at 3 mg because of headache.\nResults: Three responded.",
            {3.0, 4.5},
        ),
        (
            "Methods: We report seven outpatients with depression on escalating naltrexone, "
            "begun at 0.5 mg nightly. Five of them reached 3 mg and two stayed at 1.5 mg.\n"
            "Results: Mood improved in four.",
            {1.5, 3.0},
        ),
        (
            "Methods: Four men with depression received naltrexone, initially 1.5 mg each "
            "evening.\nResults: Two reached 4.5 mg, and two continued on 3 mg; HAM-D fell "
            "in all four.",
            {3.0, 4.5},
        ),
    ],
)
def test_counted_few_reached_a_dose(abstract: str, doses) -> None:
    f = facts("Low-dose naltrexone in depression: a case series", abstract, CASE)
    assert f.on_topic
    assert set(f.ldn_doses_mg) == doses


def test_most_reached_stays_a_mode() -> None:
    # near miss: "most participants reached" is where a flexible range's people ended
    f = facts(
        "Flexible low-dose naltrexone in depression: an open trial",
        "Methods: Forty adults with depression took naltrexone 1.5-4.5 mg nightly as "
        "tolerated.\nResults: Most participants reached 3 mg; MADRS fell by 8 points.",
        ("Clinical Trial",),
    )
    assert set(f.ldn_doses_mg) == {1.5, 4.5}
