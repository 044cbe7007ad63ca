"""A study of online content counts the posts, comments or messages it collected in an
"(n = N)" after them; those are things written, not people: the sample is the people
(users, authors, respondents) the record counts (CONTRACT.md "n": participants). Shown by
holdout285 31800006 (an analysis of a forum's posts). Session 28, round 75, c75d."""

import pytest
from written import facts

TITLE = "Mood in online accounts of low-dose naltrexone use: a content analysis"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: We downloaded every public comment mentioning low-dose naltrexone from "
            "three patient forums between 2019 and 2023 (n = 24,530) and screened them for mood "
            "content.\nResults: 812 comments by 290 distinct users described mood; doses "
            "ranged from 1.5 mg to 4.5 mg.",
            290,
        ),
        (
            "Methods: All tweets about LDN posted in 2022 were harvested (n=9,114) and coded "
            "by two raters.\nResults: Mood was discussed in 640 tweets from 205 individual "
            "users taking LDN at 4.5 mg.",
            205,
        ),
        (
            "Methods: We archived the messages of a private LDN support group over four "
            "years (n = 15,002) and kept those mentioning depression.\nResults: The 1,930 "
            "retained messages came from 377 people who took low-dose naltrexone.",
            377,
        ),
    ],
)
def test_content_count_is_not_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract).n == n


def test_people_counted_in_brackets_stay_the_sample() -> None:
    """Near miss: an "(n = N)" after the people who posted is the sample."""
    f = facts(
        TITLE,
        "Methods: We surveyed members of an online low-dose naltrexone forum who had posted "
        "about mood (n = 312).\nResults: Most respondents took 4.5 mg nightly.",
    )
    assert f.n == 312
