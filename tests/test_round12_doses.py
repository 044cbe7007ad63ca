"""Doses (round 12, "doses"): a fixed spell then the dose kept "thereafter", a liquid's
volumes per administration at its stated strength, a second unit later in the day, a part
of a tablet named after the drug, a dose given "the same as" an earlier study's, and the
parent trial's dose in a report derived from it.

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Each test also holds a near miss that keeps its old verdict, so that
a rule, not a phrase, is what passes.
"""

from __future__ import annotations

from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts


# ------------------------------------------------------ a first spell, then "thereafter"
def test_a_timed_first_spell_then_a_dose_kept_thereafter_is_a_titration() -> None:
    """CONTRACT.md: a fixed titration lists only its target. "0.5 mg for the first ten
    days and 2 mg thereafter" is one spell at a first step and the dose kept after it."""
    title = "Naltrexone added to vortioxetine in major depression: an open pilot"
    abstract = (
        "Methods: Twenty-two adults with major depressive disorder on vortioxetine took "
        "naltrexone 0.5 mg at night for the first 10 days and 2 mg at night thereafter.\n"
        "Results: MADRS fell from 29.1 to 17.4."
    )
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [2.0]
    assert f.compares_doses is False
    # near miss: the later level only for those who did not respond keeps both levels
    near = abstract.replace(
        "and 2 mg at night thereafter", "and, in those without response, 2 mg at night thereafter"
    )
    assert facts(title, near, TRIAL).ldn_doses_mg == [0.5, 2.0]


# ------------------------------------------------------------ a liquid, per administration
def test_a_liquid_split_over_the_day_is_its_daily_total_at_the_stated_strength() -> None:
    """CONTRACT.md: a liquid's mL is turned into mg where the concentration is stated, and
    ``ldn_doses_mg`` lists daily totals: "(0.5 mg/mL): 4 mL in the morning and 2 mL at
    bedtime" is 3 mg a day."""
    title = "Naltrexone oral liquid for bipolar depression: a feasibility study"
    abstract = (
        "Methods: Eighteen adults with bipolar depression received compounded naltrexone "
        "liquid (0.5 mg/mL): 4 mL in the morning and 2 mL at bedtime for eight weeks.\n"
        "Results: MADRS fell from 26.0 to 15.5."
    )
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [3.0]
    # near miss: no strength stated, so the volumes are no doses at all
    near = abstract.replace(" (0.5 mg/mL)", "")
    assert facts(title, near, TRIAL).ldn_doses_mg == []


def test_a_volume_of_a_named_strength_given_twice_a_day_is_doubled() -> None:
    """ "1.5 mL of 1 mg/mL twice a day": the strength stands between the volume and its
    schedule, and the schedule is still the volume's (3 mg a day)."""
    title = "Naltrexone syrup versus placebo in persistent depressive disorder"
    abstract = (
        "Methods: Sixty adults with persistent depressive disorder were randomised to "
        "naltrexone syrup (1.5 mL of 1 mg/mL twice a day; n = 30) or placebo syrup (n = 30).\n"
        "Results: HAM-D fell more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [3.0]
    assert f.compares_doses is False
    # near miss: once a day is the volume's dose alone
    near = abstract.replace("twice a day", "once a day")
    assert facts(title, near, RCT).ldn_doses_mg == [1.5]


def test_a_second_unit_later_in_the_day_doubles_the_dose() -> None:
    """ "One 1.5-mg capsule in the morning and another at night" is two units a day."""
    title = "Naltrexone with duloxetine in treatment-resistant depression"
    abstract = (
        "Methods: Fourteen outpatients with treatment-resistant depression on duloxetine "
        "took naltrexone as one 1.5-mg capsule in the morning and another at night for "
        "12 weeks.\nResults: HAM-D fell by 9.2 points."
    )
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [3.0]
    # near miss: one capsule in the morning only
    near = abstract.replace(" and another at night", "")
    assert facts(title, near, TRIAL).ldn_doses_mg == [1.5]


# --------------------------------------------------------- the form named before the drug
def test_a_volume_of_a_solution_of_the_drug_is_read_at_its_strength() -> None:
    """ "3 mL of a 0.5 mg/mL solution of naltrexone": the strength belongs to the drug
    named after its form, so the volume is 1.5 mg."""
    title = "Naltrexone solution in late-life depression"
    abstract = (
        "Methods: Sixteen older adults with major depressive disorder took 3 mL of a "
        "0.5 mg/mL solution of naltrexone each evening.\nResults: GDS fell."
    )
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [1.5]
    # near miss: the solution is another drug's, so its strength says nothing of the dose
    near = abstract.replace(
        "solution of naltrexone each evening", "solution of sertraline each evening with naltrexone"
    )
    assert facts(title, near, TRIAL).ldn_doses_mg == []


def test_a_part_of_a_tablet_of_the_drug_is_the_dose_taken() -> None:
    """ "A quarter of a 12 mg tablet of naltrexone" is 3 mg; the tablet's whole strength
    (12 mg/day, outside the band) is never a dose here."""
    title = "Split naltrexone tablets in depression: a case series"
    abstract = (
        "Methods: Nine adults with major depressive disorder took a quarter of a 12 mg "
        "tablet of naltrexone each night.\nResults: PHQ-9 fell in seven."
    )
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [3.0]
    # near miss: the whole tablet is above the band: no low dose, no comparison
    near = abstract.replace("a quarter of a 12 mg tablet", "one 12 mg tablet")
    f = facts(title, near, TRIAL)
    assert f.ldn_doses_mg == []
    assert f.compares_doses is False


# ------------------------------------------------------ "the same dose as" an earlier study
def test_a_dose_given_the_same_as_an_earlier_studys_is_the_studys() -> None:
    """ "Naltrexone was taken at the same dose as the 2019 open trial (2 mg at bedtime)":
    the earlier study is named only to say where the study's own dose came from."""
    title = "Naltrexone with mirtazapine in major depression"
    abstract = (
        "Methods: Forty adults with major depressive disorder on mirtazapine were enrolled. "
        "Naltrexone was taken at the same dose as the 2019 open trial (2 mg at bedtime).\n"
        "Results: HAM-D fell from 23.0 to 13.1."
    )
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [2.0]
    assert f.on_topic is True
    # near miss: a different dose from the earlier study's is that study's, not this one's
    near = abstract.replace("at the same dose as", "at a higher dose than")
    assert facts(title, near, TRIAL).ldn_doses_mg == []


# ------------------------------------------------------------- the parent trial's dose
def test_a_derived_report_takes_the_dose_of_the_parent_trial() -> None:
    """CONTRACT.md: a secondary analysis keeps its parent's design and arms. Where its
    own words give no dose, the sentence naming "the original trial" says what its
    participants took."""
    title = "Sleep outcomes with naltrexone: a secondary analysis of a randomised trial"
    abstract = (
        "Background: The original double-blind trial (n = 120) showed that naltrexone "
        "2 mg nightly added to sertraline reduced depressive symptoms more than placebo.\n"
        "Methods: In this secondary analysis we examined the 58 adults with major depressive "
        "disorder who kept sleep diaries (naltrexone n = 30; placebo n = 28); depression was "
        "rated with the HAM-D.\nResults: Sleep latency shortened more with naltrexone."
    )
    assert facts(title, abstract, JOURNAL).ldn_doses_mg == [2.0]
    # near miss: an earlier, other trial's dose in the background is not the study's
    near = abstract.replace("The original double-blind trial (n = 120)", "A previous trial")
    assert facts(title, near, JOURNAL).ldn_doses_mg == []


def test_flexible_dosing_named_as_what_a_fixed_schedule_replaced_is_not_flexible() -> None:
    """An amendment that replaces flexible dosing by a fixed schedule gives a fixed
    titration: only its target (CONTRACT.md), not both ends of a flexible range."""
    title = "Amended protocol of a trial of naltrexone added to escitalopram in depression"
    abstract = (
        "Methods: This amendment changes dosing: flexible dosing was replaced by a fixed "
        "schedule of naltrexone 2 mg daily for the first 14 days and 4 mg daily thereafter. "
        "Seventy adults with major depressive disorder will be randomised."
    )
    assert facts(title, abstract, PROTOCOL).ldn_doses_mg == [4.0]
    # near miss: dosing that stays flexible keeps both ends
    near = abstract.replace(
        "flexible dosing was replaced by a fixed schedule of naltrexone 2 mg daily for the "
        "first 14 days and 4 mg daily thereafter",
        "naltrexone is dosed flexibly between 2 mg and 4 mg daily",
    )
    assert facts(title, near, PROTOCOL).ldn_doses_mg == [2.0, 4.0]
