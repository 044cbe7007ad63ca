"""A dose above the band given "for N weeks, after one week at" a lower dose: the lower dose
is a first spell of a fixed schedule told after the dose it leads to (CONTRACT.md: a fixed
titration's dose is its target). Where that target lies above the low-dose band (4 mg
twice daily is 8 mg a day), nobody stays on a low dose and the record is not about LDN,
however the authors call it; the field's usual low dose named in the objective's opening
does not make it so. Shown by holdout347 38900016 (4 mg twice daily after a week at 2 mg
twice daily, read as LDN with duloxetine: serotonergic combination "addressed"). Session 33,
round 86, c86a."""

import pytest
from written import TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Split-dose naltrexone for depression in adults with migraine: a pilot study",
            "Objective: Low-dose naltrexone is commonly taken as 4.5 mg at night. We tested a "
            "split regimen in depressed adults with migraine.\n"
            "Methods: Adults with a current major depressive episode (MADRS of 20 or more) "
            "taking escitalopram were enrolled. Naltrexone was taken as 3.5 mg twice daily "
            "for 10 weeks, after one week at 1.5 mg twice daily.\n"
            "Results: Thirty patients were enrolled; MADRS fell by 9 points.",
        ),
        (
            "Twice-daily naltrexone added to venlafaxine in depression: an open-label study",
            "Methods: Outpatients with major depressive disorder (HAM-D-17 of 18 or more) on "
            "venlafaxine received naltrexone 5 mg twice daily for 8 weeks, after two weeks at "
            "2 mg twice daily.\n"
            "Results: Twenty-six outpatients were enrolled and 21 completed.",
        ),
    ],
)
def test_first_spell_below_a_target_above_the_band(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert not f.on_topic
    assert "neither low nor standard" in (f.off_topic_reason or "")
    assert gaps(title, abstract, TRIAL) == {}


def test_first_spell_below_a_low_target_stays() -> None:
    # near miss: the target after the first spell is itself in the band
    title = "Naltrexone added to sertraline in depression: an open-label study"
    abstract = (
        "Methods: Adults with major depressive disorder (HAM-D-17 of 18 or more) on "
        "sertraline received naltrexone 2 mg twice daily for 8 weeks, after one week at "
        "1 mg twice daily.\n"
        "Results: Twenty-four adults were enrolled and 20 completed."
    )
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.0]
    assert gaps(title, abstract, TRIAL) == {"serotonergic-combination": "addressed"}


def test_field_dose_in_opening_with_no_dose_of_own_stays() -> None:
    # near miss: the objective's opening names the field's low dose and the study gives
    # the drug without a dose above the band
    title = "Naltrexone at night for depression in adults with migraine: a pilot study"
    abstract = (
        "Objective: Low-dose naltrexone is commonly taken as 4.5 mg at night. We tested it "
        "in depressed adults with migraine.\n"
        "Methods: Adults with a current major depressive episode (MADRS of 20 or more) "
        "taking escitalopram received low-dose naltrexone nightly for 10 weeks.\n"
        "Results: Thirty patients were enrolled; MADRS fell by 9 points."
    )
    assert facts(title, abstract, TRIAL).on_topic
