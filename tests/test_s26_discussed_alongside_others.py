"""A synthesis of another agent that names the drug only among the other strategies it
discusses its results alongside ("we interpret the findings alongside other approaches,
such as X"): X is a point of comparison, not something it pooled or reviewed. Shown by
holdout250 27900022 (a buprenorphine/samidorphan pooled analysis read as on-topic).
Session 26, round 70, c70a."""

import pytest
from written import META, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Adjunctive aticaprant in major depression: a pooled analysis of three trials",
            "We pooled individual data from three placebo-controlled trials of aticaprant "
            "10 mg in 540 adults with major depressive disorder. MADRS scores fell by 2.1 "
            "points more than with placebo. We discuss the findings alongside other opioid "
            "approaches, such as low-dose naltrexone, which remain little tested.",
        ),
        (
            "Esketamine nasal spray for treatment-resistant depression: a meta-analysis",
            "Eight randomised trials (2,110 patients) of esketamine were pooled. Response "
            "was more frequent with esketamine. The results are interpreted alongside other "
            "rapid-acting strategies, including psilocybin and low-dose naltrexone.",
        ),
        (
            "Minocycline as an add-on in depression: systematic review and meta-analysis",
            "Six trials of minocycline 200 mg/day in 412 adults with depression were "
            "included; depressive symptoms improved modestly. We place these results "
            "alongside other anti-inflammatory options including celecoxib and naltrexone "
            "at low doses (4.5 mg).",
        ),
    ],
)
def test_drug_among_others_discussed_is_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, META)
    assert not f.on_topic


def test_drug_pooled_and_others_discussed_stays() -> None:
    """Near miss: the synthesis pooled the drug itself; other agents are the aside."""
    f = facts(
        "Opioid modulation for depression: a meta-analysis",
        "We pooled four randomised trials of low-dose naltrexone 4.5 mg in 230 adults with "
        "major depressive disorder. Depression scores fell more than with placebo. We "
        "discuss the findings alongside other strategies, including ketamine.",
        META,
    )
    assert f.on_topic
