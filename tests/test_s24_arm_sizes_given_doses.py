"""The arms of an allocation told by how many people each dose was given to, the drug
named only where the allocation sends people to "one of N doses" of it ("Twelve patients
each received 1 mg, 2 mg and 4 mg"): the doses are the watched drug's arms. Shown by
holdout228 25500016 (doses in the results only, no drug named beside them). Session 24,
round 65, c65c."""

import pytest
from written import RCT, facts

TITLE = "Three doses of naltrexone added to antidepressants in depression: a randomised pilot"
ALLOCATION = (
    "Methods: Adults with major depression not responding to an SSRI were randomly allocated "
    "to one of three nightly naltrexone doses for 8 weeks; the SSRI was kept unchanged."
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Results: Twelve patients each received 0.5 mg, 2 mg and 4 mg.", [0.5, 2.0, 4.0]),
        ("Results: 20 participants per arm received 1.5, 3 or 4.5 mg.", [1.5, 3.0, 4.5]),
        (
            "Results: Eighteen adults in each group were given 1 mg, 3 mg or 4.5 mg; MADRS fell "
            "by 5.0, 6.1 and 7.9 points.",
            [1.0, 3.0, 4.5],
        ),
    ],
)
def test_arm_sizes_given_the_doses_name_the_arms(told: str, expected: list[float]) -> None:
    f = facts(TITLE, f"{ALLOCATION}\n{told}", RCT)
    assert f.ldn_doses_mg == expected


def test_other_drug_given_to_all_is_not_an_arm() -> None:
    """Near miss: a sentence naming what people took besides gives no arm's dose."""
    f = facts(
        "Naltrexone in depression: an open pilot",
        "Methods: Adults with major depression received naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: Twelve patients each received sertraline 50 mg and 100 mg across the study.",
    )
    assert f.ldn_doses_mg == [4.5]
