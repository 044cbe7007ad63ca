"""A dose written in the bracket of an arm that was weighed and then left out of the
design, with when or where it was weighed between ("a lower-dose arm (4.5 mg) was
considered at the design stage but was not included because ..."), is a dose nobody took:
it makes no LDN arm, so a trial of a dose above the band stays off-topic. Shown by
holdout362 40700013 (naltrexone 12.5 mg with an SSRI, read as LDN through the arm left
out). Session 33, round 87, c87a."""

import pytest
from written import RCT, facts

TITLE = "Adjunctive naltrexone 10 mg daily in SSRI-resistant major depression: a randomised trial"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Adults with major depressive disorder and too little response to an SSRI "
        "were randomised to naltrexone 10 mg daily or placebo for 8 weeks, the SSRI kept. A "
        "smaller-dose arm (4.5 mg) was considered at the planning stage but was not included "
        "because of limited funding.\n"
        "Results: Eighty participants were randomised (40 per arm). Scores did not differ.",
        "Methods: Adults with major depression on sertraline or citalopram were randomised to "
        "naltrexone 16 mg daily or placebo for 10 weeks. A third arm (3 mg) was proposed in "
        "the first protocol draft but was not pursued because recruitment would have "
        "doubled.\n"
        "Results: Seventy-four participants were randomised. MADRS change did not differ.",
    ],
)
def test_weighed_arm_makes_no_ldn(abstract: str) -> None:
    f = facts(TITLE, abstract, RCT)
    assert not f.on_topic
    assert f.ldn_doses_mg == []


def test_arm_that_was_given_keeps_its_dose() -> None:
    # near miss: the bracketed arm was planned and run
    f = facts(
        "Adjunctive naltrexone in SSRI-resistant major depression: a randomised trial",
        "Methods: Adults with major depressive disorder on an SSRI were randomised to "
        "naltrexone 10 mg daily, naltrexone 4.5 mg daily or placebo. A smaller-dose arm "
        "(4.5 mg) was considered at the planning stage and was kept because of interest "
        "from clinicians.\n"
        "Results: Ninety participants were randomised. Scores did not differ.",
        RCT,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
