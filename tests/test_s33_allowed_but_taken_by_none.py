"""An antidepressant or class the study let people keep ("SSRIs and SNRIs were permitted")
but then says none of its people took, a pronoun standing for it ("..., no randomised
participant was taking one", "but none of the patients was on one"): allowed, not taken
with the watched drug, wherever the record names it as allowed. Shown by holdout350
39300010 (every background regimen dopaminergic, the permitted SSRIs and SNRIs taken by
nobody: serotonergic combination "addressed"). Session 33, round 86, c86a."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    "results",
    [
        "Results: Fifty-six adults were randomised. Although SNRIs and tricyclics were "
        "allowed, none of the participants was taking one; all were on bupropion or "
        "modafinil.",
        "Results: Fifty-six adults were randomised. SNRIs and tricyclics were allowed, but no "
        "enrolled patient was on either, and all took bupropion or modafinil.",
    ],
)
def test_allowed_class_taken_by_none(results: str) -> None:
    title = "Low-dose naltrexone for residual depression: a randomised trial"
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS of 20 or more) despite an "
        "antidepressant were eligible whatever the antidepressant; SNRIs and tricyclics were "
        "expressly allowed. They were randomised to naltrexone 4.5 mg or placebo for 8 "
        "weeks.\n" + results
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


def test_allowed_class_taken_by_some_stays() -> None:
    # near miss: a counted share took the allowed class, so it is taken with the drug
    title = "Low-dose naltrexone for residual depression: a randomised trial"
    abstract = (
        "Methods: Adults with major depressive disorder (MADRS of 20 or more) despite an "
        "antidepressant were eligible whatever the antidepressant. They were randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\n"
        "Results: Fifty-six adults were randomised. Although SNRIs were allowed, only 12 "
        "participants were taking one; the rest took bupropion."
    )
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic", "dopaminergic"]
    assert gaps(title, abstract, RCT)["serotonergic-combination"] == "addressed"
