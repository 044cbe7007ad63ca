"""An antidepressant taken for another purpose, the purpose told after bracketed counts and
a second drug ("Stable doses of duloxetine (n = 21) or pregabalin (n = 17), prescribed by
rheumatologists for fibromyalgia pain, were allowed"): the brackets are asides, not words
between the drugs and what they are for, so the drug is taken for the other purpose and is
no concomitant antidepressant (CONTRACT.md, Classes). Shown by holdout334 37500024
(duloxetine for fibromyalgia pain counted as serotonergic and noradrenergic). Session 33,
round 86, c86a."""

from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone added to bupropion in major depression: a randomised trial"


def test_purpose_after_counts_and_second_drug() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS of 20 or more) on bupropion "
        "were randomised to naltrexone 4.5 mg or placebo for 12 weeks. Stable doses of "
        "amitriptyline (n = 14) or gabapentin (n = 9), prescribed by their neurologists for "
        "neuropathic pain, were allowed.\n"
        "Results: Sixty-four adults were randomised; MADRS fell by 3 points more with "
        "naltrexone."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.on_topic
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(TITLE, abstract, RCT)


def test_counted_antidepressants_without_other_purpose_stay() -> None:
    # near miss: counted in brackets, but taken for the depression itself
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS of 20 or more) were "
        "randomised to naltrexone 4.5 mg or placebo for 12 weeks, added to their "
        "antidepressant. Stable doses of amitriptyline (n = 14) or bupropion (n = 9), "
        "prescribed by their psychiatrists for depression, were continued.\n"
        "Results: Sixty-four adults were randomised; MADRS fell by 3 points more with "
        "naltrexone."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic", "dopaminergic"]
    assert gaps(TITLE, abstract, RCT)["serotonergic-combination"] == "addressed"
