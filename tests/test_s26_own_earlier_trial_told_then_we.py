"""A derived report whose background tells its parent trial as "a previously reported
trial ..., we found ..." (the authors' own trial, told before "we"): that trial is the
parent, so whom it took in (fibromyalgia) is whom the report's people were taken in for
and its dose is the report's. A depressed subgroup of it is no depression population.
Shown by holdout255 28400010 (serotonergic gap closed by a fibromyalgia trial's MDD
subgroup). Session 26, round 70, c70b."""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone and depressive symptoms: a secondary analysis of a randomized trial"


@pytest.mark.parametrize(
    "background",
    [
        "Background: In a previously published 10-week randomized trial of low-dose naltrexone "
        "4.5 mg nightly versus placebo in 96 adults with chronic low back pain, we observed a "
        "modest reduction in pain.",
        "Background: In a previously reported crossover trial of naltrexone 4.5 mg in 80 women "
        "with irritable bowel syndrome, we found improved pain scores.",
        "Background: In a previously described randomized trial of naltrexone 4.5 mg versus "
        "placebo in 110 people with multiple sclerosis, we reported less fatigue.",
    ],
)
def test_parent_told_before_we_selects_its_population(background: str) -> None:
    abstract = (
        f"{background}\n"
        "Methods: This analysis was restricted to the 38 participants who met criteria for "
        "current major depressive disorder at baseline; depressive symptoms were rated with "
        "the BDI-II.\n"
        "Results: BDI-II scores fell more with naltrexone than with placebo. Fifteen of the "
        "38 were taking an SNRI at baseline."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.depression_population is False
    assert f.ldn_doses_mg == [4.5]
    assert "serotonergic-combination" not in gaps(TITLE, abstract, RCT)


def test_someone_elses_earlier_trial_stays_prior() -> None:
    """Near miss: an earlier trial by others ("a previously reported trial ... found") is
    not the parent: the depressed adults this trial randomised are its own population."""
    abstract = (
        "Background: A previously reported trial of naltrexone in 96 adults with fibromyalgia "
        "found less pain.\n"
        "Methods: Adults with major depressive disorder taking an SNRI were randomized to "
        "naltrexone 4.5 mg or placebo.\n"
        "Results: Sixty participants were randomized; MADRS scores fell more with naltrexone."
    )
    f = facts("Low-dose naltrexone added to SNRIs in depression: a randomized trial", abstract, RCT)
    assert f.depression_population is True
