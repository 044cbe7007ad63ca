"""An analysis that leaves out the people taking an antidepressant ("results were similar
when participants taking antidepressants were excluded") is a sensitivity analysis of a
sample that includes them, not a rule that nobody took one. Shown by holdout300 33600022
(a secondary analysis whose SSRI users, counted in its results, were dropped for
"participants taking antidepressants were excluded"). Session 31, round 81, c81d."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for depressive symptoms: a randomised trial"


@pytest.mark.parametrize(
    "tail",
    [
        "The effect was unchanged when patients taking antidepressants were excluded.",
        "Estimates were much the same if participants on an antidepressant were excluded "
        "from the analysis.",
        "Conclusions held after participants who were taking antidepressants were excluded.",
    ],
)
def test_sensitivity_exclusion_keeps_the_drug(tail: str) -> None:
    f = facts(
        TITLE,
        "Methods: Adults with depressive symptoms were randomised to naltrexone 4.5 mg or "
        "placebo for 12 weeks.\nResults: Of 96 participants, 30 were taking sertraline for "
        "depression. Mood improved more with naltrexone. " + tail,
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_near_miss_entry_rule_stays() -> None:
    # a rule of entry still leaves the sample free of antidepressants
    f = facts(
        TITLE,
        "Methods: Adults with depression were randomised to naltrexone 4.5 mg or placebo; "
        "patients taking antidepressants were excluded. Sertraline had failed in 20 of "
        "them in the past.\nResults: Of 96 participants, mood improved more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == []
