"""The ends of an interquartile range of the doses people took ("median dose 4.5 mg,
interquartile range 3-4.5 mg") are quartiles, statistics like the median, not doses anyone
was given: they add no dose, where the full range of doses after a median still gives its
two ends. Shown by holdout381 42900036 (a survey of LDN users whose IQR 3-4.5 mg was read as
doses [3, 4.5]; labelled [4.5], the median). Session 36, round 92, c92c.

Ways real abstracts state the same fact (a median, its interquartile range in mg):
1. "538 current LDN users (median dose 4.5 mg, interquartile range 3-4.5 mg)"
2. "median daily dose 3 mg, IQR 1.5-4.5 mg"
3. "median dose 4.5 mg; interquartile range, 3 to 4.5 mg"
4. "median 3 mg, 25th-75th percentile 1.5-4.5 mg"
5. "median 4.5 mg (quartiles 3-4.5 mg)"
The dose reader sets aside the dose right after the quartiles' name, as it sets aside a
mean's or a median's value (``_statistic_of``)."""

import pytest
from written import facts

TITLE = "Depressive symptoms among users of low-dose naltrexone: a cross-sectional survey"
TYPES = ("Journal Article", "Observational Study")


def survey(users: str) -> str:
    return (
        "Methods: Members of patient charities completed an online survey with the PHQ-9.\n"
        "Results: In total, the respondents were " + users + ". Mean PHQ-9 was lower in "
        "users.\nConclusions: LDN use was associated with fewer depressive symptoms."
    )


@pytest.mark.parametrize(
    ("users", "doses"),
    [
        (
            "538 current LDN users (median dose 4.5 mg, interquartile range 3-4.5 mg) and 666 "
            "non-users",
            [4.5],
        ),
        ("412 current LDN users (median daily dose 3 mg, IQR 1.5-4.5 mg) and 500 non-users", [3.0]),
        (
            "300 current LDN users (median dose 4.5 mg; interquartile range, 3 to 4.5 mg) and "
            "320 non-users",
            [4.5],
        ),
        (
            "250 current LDN users (median 3 mg, 25th-75th percentile 1.5-4.5 mg) and 260 "
            "non-users",
            [3.0],
        ),
    ],
)
def test_quartiles_add_no_dose(users: str, doses: list[float]) -> None:
    f = facts(TITLE, survey(users), TYPES)
    assert f.on_topic
    assert f.ldn_doses_mg == doses


def test_full_range_after_median_keeps_its_ends() -> None:
    # near miss: the full range of doses taken still gives both ends
    f = facts(
        TITLE,
        survey("538 current LDN users (median dose 4.5 mg, range 1.5-6 mg) and 666 non-users"),
        TYPES,
    )
    assert f.ldn_doses_mg == [1.5, 6.0]
