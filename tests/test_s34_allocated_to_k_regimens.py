"""The number of arms said as what the people were allocated to ("randomised in equal
numbers to two LDN regimens: arm A, ...; arm B, ..."), so that a size per arm ("with 30
participants per arm") gives the sample (60). A count of regimens that is not the
allocation's ("participants had tried two antidepressant regimens") counts no arms.
Shown by holdout362 40700016 (a dose comparison of 2 x 29 = 58 read as 7: larger-trials
lost). Session 34, round 88, c88a."""

from written import RCT, facts, gaps

TITLE = "Two daily doses of low-dose naltrexone added to antidepressants: a randomised trial"


def test_size_per_arm_times_regimens() -> None:
    abstract = (
        "Methods: Outpatients with major depressive disorder on an SSRI were randomised in "
        "equal numbers to two LDN regimens for 10 weeks: arm A, naltrexone 1 mg twice daily; "
        "arm B, naltrexone 2 mg twice daily. Randomisation was stratified by site, with 30 "
        "participants per arm.\n"
        "Results: Insomnia was reported by 6 participants in arm B and 2 in arm A."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.n == 60
    assert gaps(TITLE, abstract, RCT)["larger-trials"] == "addressed"


def test_regimens_tried_are_no_arms() -> None:
    # near miss: the regimens are the people's history; no arm count, no per-arm total
    abstract = (
        "Methods: Outpatients with major depressive disorder who had tried two antidepressant "
        "regimens took naltrexone 2 mg twice daily, with 20 participants per site.\n"
        "Results: Insomnia was reported by 6 participants."
    )
    assert facts(TITLE, abstract, RCT).n != 40
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)
