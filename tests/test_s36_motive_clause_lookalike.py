"""A study of another agent that names low-dose naltrexone only in the reason it gives for
its own question, fronted before its act ("Because opioid antagonists, including X, have
been discussed as mood modulators, we examined whether the samidorphan component ..."),
names X as its motive, not as an arm: nobody in it takes X, so it is not on-topic
(CONTRACT.md: LDN named only in the background or rationale is not). Shown by holdout387
43700021 (an olanzapine/samidorphan post hoc analysis read as on-topic). Session 36,
round 93, c93a.

Ways real abstracts say the same fact (the motive clause, then the study's act on
something else):
1. "Because opioid antagonists, including X, have been discussed as modulators of mood,
   we examined whether samidorphan altered depressive symptoms."
2. "Since X has been reported to lift mood, we asked whether nalmefene would do the same."
3. "Given that X may have antidepressant effects, this analysis tested whether
   samidorphan changed MADRS scores."
4. "As X is thought to act through opioid receptors, our study assessed buprenorphine ..."
5. "In view of the fact that X has been proposed for depression, we investigated
   whether naloxone ..."
The rule reads the fronted reason clause as a role (roles.fronted_reason_end) and the
act after it by the drug mentions the doc already holds: where the act names the drug
again, or refers back to it ("we tested it", "this drug"), or the title names it, the
mention stays the study's own.
"""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Samidorphan and mood in schizophrenia: a post hoc analysis of a randomized trial",
            "Objective: As opioid antagonists such as low-dose naltrexone are thought to "
            "influence mood, we examined whether adding samidorphan to olanzapine changed "
            "depressive symptoms.\n"
            "Methods: 310 adults with schizophrenia were randomised to "
            "olanzapine/samidorphan or olanzapine for 12 weeks.\n"
            "Results: Calgary Depression Scale change did not differ.",
        ),
        (
            "Nalmefene and depressive symptoms in alcohol dependence: a secondary analysis",
            "Objective: Given that low-dose naltrexone may have antidepressant effects, we "
            "assessed whether nalmefene as needed altered depressive symptoms.\n"
            "Methods: 400 adults with alcohol dependence were randomised to nalmefene or "
            "placebo.\n"
            "Results: MADRS change did not differ.",
        ),
        (
            "Samidorphan and mood in bipolar disorder: a secondary analysis",
            "Objective: Because low-dose naltrexone has been discussed as a mood modulator, "
            "this secondary analysis asked whether samidorphan altered MADRS trajectories.\n"
            "Methods: 280 adults with bipolar I disorder were randomised to "
            "olanzapine/samidorphan or olanzapine.\n"
            "Results: No difference.",
        ),
        (
            "Nalmefene and mood in heavy drinkers: a post hoc analysis",
            "Objective: Given that low-dose naltrexone may have antidepressant effects, this "
            "analysis tested whether nalmefene 18 mg changed depressive symptoms.\n"
            "Methods: 410 adults with alcohol dependence were randomised to nalmefene or "
            "placebo; mood was rated with the MADRS.\n"
            "Results: Scores did not differ.",
        ),
    ],
)
def test_drug_only_in_fronted_motive_is_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic


def test_motive_naming_the_drug_back_stays_on_topic() -> None:
    # near miss: the act refers back to the drug of the motive ("tested it")
    f = facts(
        "An add-on trial in major depression",
        "Objective: Because low-dose naltrexone may lift mood, we tested it as an add-on "
        "to SSRIs in major depression.\n"
        "Methods: 60 adults with major depression were randomised to add-on treatment or "
        "placebo for 8 weeks.\n"
        "Results: Response was 40% vs 20%.",
        RCT,
    )
    assert f.on_topic


def test_motive_with_drug_in_title_stays_on_topic() -> None:
    # near miss: the title names the drug as the study's own
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Objective: Since opioid modulation may lift mood, we randomised 60 adults with "
        "major depression on an SSRI to naltrexone 4.5 mg or placebo.\n"
        "Results: Response was 40% vs 20%.",
        RCT,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
