"""Kinds from blind batch 175 (session 67, first measured on the src of f352b4b6, batch
174's fixes), written again in other words. No gap verdict of batch 175 was false.

- holdout724 52204728 (a missed serotonergic verdict): "Naltrexone 1.5 mg nightly was
  started at baseline while sertraline was reduced by 25-50 mg every week" is labelled a
  combination; older sets label the same design a switch. Left as it was (see the test).
- holdout726 52204768: "adults ... with average pain of 4/10 or more to LDN 4.5 mg" read the
  dose as an average.
- registry160 NCT00291461 (two missed in-progress verdicts; registry157 NCT00291366 the
  same) label a substudy registered as observational with its parent's design; the older
  registry23 NCT07600020 keeps such a registration observational. Left as it was (the
  older convention, and no in-progress verdict from an observational registration).
"""

from __future__ import annotations

from written import RCT, TRIAL, facts


def test_ldn_begun_while_the_antidepressant_is_cut_down_is_a_switch() -> None:
    # (holdout724 52204728 labels this a combination; the older sets label the same design,
    # holdout435 49200038 and holdout624 52202727, a switch with no class: the older
    # convention is kept, and it is the precise one - no "addressed" from a taper alone)
    title = "Replacing escitalopram with low-dose naltrexone in postpartum depression: a pilot"
    text = (
        "Methods: Women with postpartum major depression (EPDS >= 13) despite escitalopram "
        "and wishing to stop it were enrolled in a single-arm, open-label study. Naltrexone "
        "3 mg nightly was started at baseline while escitalopram was reduced by 5 mg every "
        "week, reaching zero by week 3; participants then continued LDN alone.\n"
        "Results: Twenty women were enrolled; EPDS fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == []


def test_a_taper_whose_overlap_the_study_names_takes_the_two_together() -> None:
    # (control: the study says the drugs overlapped)
    title = "Replacing escitalopram with low-dose naltrexone in postpartum depression: a pilot"
    text = (
        "Methods: Women with postpartum major depression (EPDS >= 13) despite escitalopram "
        "were enrolled in a single-arm, open-label study. Naltrexone 3 mg nightly was started "
        "at baseline while escitalopram was reduced over 3 weeks, so both drugs were taken "
        "together for 3 weeks.\n"
        "Results: Twenty women were enrolled; EPDS fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == ["serotonergic"]


def test_an_average_of_another_measure_before_the_dose_leaves_the_dose() -> None:
    title = "Low-dose naltrexone for chronic hip pain in older adults: a randomized trial"
    text = (
        "Methods: We randomized 96 adults aged 60 years or older with hip osteoarthritis and "
        "average pain of 5/10 or more to LDN 3 mg nightly or placebo for 12 weeks. Depressive "
        "symptoms (GDS-15) were a secondary outcome.\n"
        "Results: Pain and GDS-15 fell more with LDN."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [3.0]


def test_an_average_dose_is_still_no_assigned_dose() -> None:
    # (control: the statistic of the dose itself)
    title = "Low-dose naltrexone in depression: a retrospective chart review"
    text = (
        "Methods: We reviewed the records of adults with major depressive disorder given LDN "
        "1.5-4.5 mg as tolerated.\n"
        "Results: Forty patients were included; the average dose was 3.2 mg."
    )
    assert 3.2 not in facts(title, text, ("Journal Article",)).ldn_doses_mg
