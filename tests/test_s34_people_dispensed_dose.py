"""People named by the strength dispensed to them ("we compared patients dispensed 3 mg with
those dispensed 4.5 mg capsules") are a register's exposure groups: each dose, told without
the drug in a record about it, is one the people took, and "4.5 mg capsules" so dispensed
is their dose, not how another dose was made up. Shown by holdout356 39900014 (a register
cohort comparing users dispensed two doses, which listed none). Session 34, round 88, c88b."""

from written import facts


def test_doses_dispensed_to_compared_groups() -> None:
    f = facts(
        "Low-dose naltrexone dose and depressive outcomes in fibromyalgia: a register-based "
        "cohort study",
        "Methods: From national registers we identified adults with fibromyalgia and a "
        "diagnosis of depression who started low-dose naltrexone. We compared patients "
        "dispensed 1.5 mg with those dispensed 4.5 mg capsules. The outcome was hospital "
        "contact for depression.\nResults: We included 2,400 patients; 40% were using an "
        "SSRI. Outcomes did not differ by dose.",
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_capsule_strength_making_up_a_dose_still_dropped() -> None:
    # near miss: a capsule strength that makes up the trial's dose is not a dose
    f = facts(
        "Low-dose naltrexone in major depression: an open-label trial",
        "Methods: 30 adults with major depressive disorder took naltrexone 4.5 mg nightly, "
        "made up from 1.5 mg capsules, for 8 weeks.\nResults: Depression scores fell.",
    )
    assert f.ldn_doses_mg == [4.5]
