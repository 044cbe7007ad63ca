"""The participants said only as the denominators of an outcome tallied arm by arm
("Response occurred in 21 of the 29 LDN-treated women and 10 of the 28 placebo-treated
women"): one tally per arm, the watched drug's and an inert one, as many as the arms, so
the sample is their sum (57), taken only when nothing else counts the people. Tallies that
do not cover the arms (two tallies in a three-arm trial), or name no arm, give no sample.
Shown by holdout366 41300014 (a conference abstract of a 53-person RCT read as stating no
n: larger-trials lost). Session 34, round 88, c88a."""

import pytest
from written import facts, gaps

CONGRESS = ("Congress",)
TITLE = "Low-dose naltrexone for postpartum depression: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    "tally",
    [
        "21 of the 29 LDN-treated women (72%) and 10 of the 28 placebo-treated women (36%)",
        "21 of 29 women in the naltrexone group and 10 of 28 women in the placebo group",
    ],
)
def test_tallies_cover_the_arms(tally: str) -> None:
    abstract = (
        "Objective: We tested low-dose naltrexone (LDN) in postpartum depression. Methods: "
        "Women with postpartum major depression and an EPDS of 13 or more were randomised to "
        "naltrexone 1 mg three times daily or placebo for eight weeks. Results: Response "
        f"occurred in {tally}, p = 0.01. Conclusions: LDN may help."
    )
    assert facts(TITLE, abstract, CONGRESS).n == 57
    assert gaps(TITLE, abstract, CONGRESS)["larger-trials"] == "addressed"


def test_tallies_short_of_the_arms() -> None:
    # near miss: three arms, two tallies: the people are not all counted
    abstract = (
        "Objective: We tested low-dose naltrexone (LDN) in postpartum depression. Methods: "
        "Women with postpartum major depression were randomised to naltrexone 1 mg, "
        "naltrexone 3 mg or placebo for eight weeks. Results: Response occurred in 21 of the "
        "29 LDN-treated women and 10 of the 28 placebo-treated women. Conclusions: LDN may help."
    )
    assert facts(TITLE, abstract, CONGRESS).n != 57
    assert "larger-trials" not in gaps(TITLE, abstract, CONGRESS)
