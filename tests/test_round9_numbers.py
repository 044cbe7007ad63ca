"""Sample sizes stated indirectly: rules added in round 9 (the "numbers" part).

CONTRACT.md: ``n`` is the number of participants of the study itself: randomised (an
RCT), else enrolled or included; never the number screened; planned for a protocol; a
derived report's own analysed sample. Where the abstract gives only the arms' sizes, the
total is their sum over the arms the study describes. Every record here is written for
this test, one kind per case, with a near miss where one applies; none is taken from a
labelled set.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts, gaps


# ------------------------------------------------ n given only per arm or per cell
def test_a_count_per_dose_is_multiplied_by_the_doses_allocated() -> None:
    """ "Eighteen adults were randomised to each dose" of three doses is 54 people."""
    title = "Three strengths of naltrexone in bipolar depression: a randomized trial"
    text = (
        "Adults with bipolar I depression (MADRS >= 22) were randomly allocated to one of "
        "three nightly doses: 1 mg, 2 mg or 4 mg. Eighteen adults were randomised to each dose "
        "and followed for 6 weeks. MADRS fell most with 4 mg."
    )
    assert facts(title, text, RCT).n == 54
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_near_miss_a_dose_per_intake_is_no_arm() -> None:
    """ "2 mg per dose" says how much one intake holds; the 40 stays 40."""
    f = facts(
        "Split-dose naltrexone in major depression: an open trial",
        "Forty outpatients with major depression were enrolled and took naltrexone twice "
        "daily, 2 mg per dose, for 8 weeks. HAM-D fell by 7 points.",
        ("Clinical Trial",),
    )
    assert f.n == 40


def test_a_factorial_design_multiplies_its_factors_into_cells() -> None:
    """A 2 x 2 factorial with "twenty to each cell" randomised 80 people."""
    title = "Naltrexone dose and light therapy in winter depression: a 2 x 2 factorial trial"
    text = (
        "Methods: Adults with seasonal major depression on a stable SSRI were randomized, twenty "
        "to each cell, crossing naltrexone dose (2 or 4 mg daily) with bright-light or dim-light "
        "exposure for 6 weeks.\nResults: The 4 mg dose was superior to 2 mg (p = 0.03)."
    )
    assert facts(title, text, RCT).n == 80


def test_groups_named_after_a_division_are_the_arms() -> None:
    """ "divided into an X group and a Y group, with 35 patients in each group": 70."""
    f = facts(
        "Naltrexone added to paroxetine in depression after myocardial infarction",
        "Methods: Patients with depression after myocardial infarction were randomly divided "
        "into an observation group (paroxetine 20 mg/d with naltrexone 3 mg/d) and a reference "
        "group (paroxetine 20 mg/d), with 35 patients in each group, for 8 weeks.\n"
        "Results: 66 patients completed the study.",
        RCT,
    )
    assert f.n == 70


def test_a_medication_every_arm_keeps_is_no_arm_of_its_own() -> None:
    """ "randomised to X or to placebo, continuing their sertraline": two arms, so 45 per
    arm is 90 planned, and the sertraline is taken with the drug."""
    title = "Naltrexone added to sertraline in postnatal depression: protocol of a randomised trial"
    text = (
        "Methods: Women with postnatal depression who have taken sertraline 50-100 mg for at "
        "least 4 weeks will be randomised to naltrexone 2 mg nightly or to placebo, continuing "
        "sertraline at the same dose. We plan to enrol 45 women in each arm.\n"
        "Discussion: The trial will inform a larger study."
    )
    f = facts(title, text, PROTOCOL)
    assert f.n == 90
    assert "serotonergic" in f.concomitant_classes
