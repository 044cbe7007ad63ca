"""A study that reads what people wrote online (topic modelling or sentiment analysis of
forum posts, public posts from a patient community) observes; it assigns nothing, so it
is ``observational``, not ``other``. Shown by holdout345 38700012 (topic modelling of an
LDN forum read as "other"). Session 33, round 86, c86d."""

import pytest
from written import JOURNAL, RCT, facts


@pytest.mark.parametrize(
    "methods",
    [
        "We collected all public posts from a large low-dose naltrexone forum (2015-2024) "
        "that mentioned mood and applied topic modelling.",
        "Posts on a Reddit community about low-dose naltrexone were classified with a "
        "validated sentiment analysis tool and read by two researchers.",
        "Social media posts mentioning low-dose naltrexone and depression were coded by two "
        "raters.",
    ],
)
def test_reading_online_posts_is_observational(methods: str) -> None:
    f = facts(
        "What people say about low-dose naltrexone and their mood online",
        f"Objective: To describe how people taking low-dose naltrexone write about mood.\n"
        f"Methods: {methods}\n"
        "Results: 6120 posts by 1480 users were included; 41% described better mood.",
        JOURNAL,
    )
    assert f.design == "observational"


def test_trial_recruiting_online_stays_a_trial() -> None:
    # near miss: a randomised trial that also reads posts is still a randomised trial
    f = facts(
        "Low-dose naltrexone in depression: a randomised trial",
        "Methods: 120 adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo for 8 weeks; their forum posts were also collected.\n"
        "Results: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.design == "rct"
