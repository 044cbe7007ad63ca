"""The arms' sizes listed after the arms were named, closed by "respectively"
("randomised to naltrexone 2 mg or placebo; 30 and 15 adults respectively") add up to
the sample; the last listed size alone is one arm. Shown by holdout266 29700025 (a 2:1
pilot read as n 19, its placebo arm). Session 27, round 72, c72c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone in adolescent depression: a randomised pilot",
            "Methods: Adolescents with major depressive disorder were randomised to "
            "naltrexone 1.5 mg daily or placebo for 8 weeks; 24 and 23 adolescents "
            "respectively.\nResults: CDRS-R scores fell more with naltrexone.",
            47,
        ),
        (
            "Naltrexone 4.5 mg as add-on to sertraline: a double-blind trial",
            "Methods: Outpatients with major depression taking sertraline were allocated "
            "(2:1) to naltrexone 4.5 mg at night or matching placebo, 40 and 20 patients, "
            "respectively.\nResults: HAM-D response was 45% versus 30%.",
            60,
        ),
        (
            "Low-dose naltrexone versus placebo in postpartum depression",
            "Methods: Mothers with postpartum depression were randomly assigned to "
            "naltrexone 3 mg, naltrexone 1 mg or placebo for six weeks; 21, 20 and 22 "
            "mothers respectively, and their infants were followed.\n"
            "Results: EPDS fell by 6 points with 3 mg.",
            63,
        ),
    ],
)
def test_arm_sizes_after_the_arms_add_up(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_responders_listed_respectively_are_not_arms() -> None:
    # near miss: the listed counts are the people who responded in each arm
    f = facts(
        "Low-dose naltrexone for major depression: a randomised trial",
        "Methods: We randomised 72 adults with major depression to naltrexone 4.5 mg "
        "or placebo.\nResults: In the naltrexone and placebo arms, 14 and 8 patients, "
        "respectively, responded.",
        RCT,
    )
    assert f.n == 72
