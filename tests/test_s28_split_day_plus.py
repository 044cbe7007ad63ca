"""One day's dose split into a morning and an evening portion joined by "plus" or "+"
("1 mg on waking plus 2 mg at bedtime", "0.5 mg in the morning + 1.5 mg at night") is the
day's total, as the same split joined by "and" already is; it is no pair of compared
doses. Shown by holdout277 30900006 (an RCT of unequal morning and evening portions read
as a 1.5 vs 3 mg dose comparison). Session 28, round 74, c74b."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "mg"),
    [
        (
            "Add-on low-dose naltrexone for depression with sertraline: a pilot RCT",
            "Adults with major depression taking sertraline were randomly assigned to "
            "naltrexone 1 mg on waking plus 2 mg at bedtime, or placebo on the same "
            "schedule. Fifty-two participants were randomised.",
            RCT,
            [3.0],
        ),
        (
            "Divided-dose LDN in treatment-resistant depression",
            "Patients received low-dose naltrexone 0.5 mg in the morning + 1.5 mg at night "
            "for ten weeks. Thirty patients were enrolled and MADRS scores fell.",
            TRIAL,
            [2.0],
        ),
        (
            "Morning and evening low-dose naltrexone with bupropion in depression",
            "Methods: Participants on bupropion were randomized to naltrexone 2 mg each "
            "morning plus 2.5 mg at bedtime or to placebo. Results: Forty-four were "
            "randomized.",
            RCT,
            [4.5],
        ),
    ],
)
def test_split_day_joined_by_plus_is_the_total(
    title: str, abstract: str, types: tuple[str, ...], mg: list[float]
) -> None:
    f = facts(title, abstract, types)
    assert f.ldn_doses_mg == mg
    assert not f.compares_doses


def test_two_arms_joined_by_or_stay_two_doses() -> None:
    # near miss: morning and bedtime doses offered as alternatives are two arms
    f = facts(
        "Timing of low-dose naltrexone in depression: a randomised trial",
        "Sixty adults with depression were randomised to naltrexone 1.5 mg in the morning "
        "or 3 mg at bedtime for eight weeks.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0]
