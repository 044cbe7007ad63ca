"""Kind: the study's own trial said to be run in the people it names ("we conducted a
trial of LDN in adults with HIV who had a CES-D of 16 or more"), in a sample with another
condition: the depression threshold in that sentence selects its people for depression
(CONTRACT.md "depression_population", severity threshold). Shown by holdout332 37300024.
Session 31, round 82, c82e."""

from written import RCT, facts

_N = " Fifty-two participants were randomized to naltrexone 4.5 mg or placebo."


def test_ran_trial_in_people_with_threshold() -> None:
    f = facts(
        "Low-dose naltrexone for mood in people living with HIV",
        "We ran an 8-week trial of low-dose naltrexone in adults with HIV on suppressive "
        "antiretroviral therapy who had clinically significant depressive symptoms, defined "
        "as a CES-D score of 16 or higher." + _N,
        RCT,
    )
    assert f.depression_population is True


def test_performed_study_in_patients_with_scale_cutoff() -> None:
    f = facts(
        "Naltrexone 4.5 mg in rheumatoid arthritis with low mood",
        "We performed a double-blind study of low-dose naltrexone in outpatients with "
        "rheumatoid arthritis who had a PHQ-9 score of 10 or more." + _N,
        RCT,
    )
    assert f.depression_population is True


def test_conducted_trial_in_people_with_diagnosis() -> None:
    f = facts(
        "Low-dose naltrexone in multiple sclerosis",
        "We conducted a pilot trial of low-dose naltrexone in adults with relapsing "
        "multiple sclerosis who met DSM-5 criteria for a current major depressive episode." + _N,
        RCT,
    )
    assert f.depression_population is True


def test_near_miss_share_of_sample_stays_not_selected() -> None:
    f = facts(
        "Low-dose naltrexone in people living with HIV",
        "We conducted a 12-week trial of low-dose naltrexone in adults with HIV on "
        "antiretroviral therapy. Of the 52 participants, 20 had a CES-D score of 16 or "
        "higher at baseline." + _N,
        RCT,
    )
    assert f.depression_population is False


def test_near_miss_outcome_only_stays_not_selected() -> None:
    f = facts(
        "Low-dose naltrexone in people living with HIV",
        "We conducted a 12-week trial of low-dose naltrexone in adults with HIV, with "
        "depressive symptoms (CES-D) as a secondary outcome." + _N,
        RCT,
    )
    assert f.depression_population is False
