"""Kinds from blind batch 176 (session 67, first measured on the src of 3f394cb6), written
again in other words.

- holdout729 52204833 (a false serotonergic verdict): LDN 4.5 mg against naltrexone 50 mg,
  where "Eight patients in the 50 mg arm started sertraline": the standard-dose arm's drug.
- holdout730 52204843 (a missed in-progress verdict): a protocol's "With 40 participants per
  active arm and 40 on placebo" in a four-arm trial (160).
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts, gaps


def test_a_drug_taken_in_the_standard_dose_arm_is_not_taken_with_ldn() -> None:
    title = "Low-dose versus standard-dose naltrexone in depression with alcohol use disorder"
    text = (
        "Methods: Adults with a current major depressive episode (HAMD-17 >= 18) and alcohol "
        "use disorder, not taking an antidepressant, were randomized to naltrexone 4.5 mg/day "
        "or 50 mg/day for 12 weeks.\n"
        "Results: Sixty patients were randomized (30 per arm). Seven patients in the 50 mg "
        "arm started escitalopram. HAMD-17 fell in both arms."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_a_drug_taken_in_the_low_dose_arm_is_taken_with_ldn() -> None:
    # (control: the arm named by the watched drug's low dose)
    title = "Low-dose versus standard-dose naltrexone in depression with alcohol use disorder"
    text = (
        "Methods: Adults with a current major depressive episode (HAMD-17 >= 18) and alcohol "
        "use disorder on escitalopram were randomized to naltrexone 4.5 mg/day or 50 mg/day "
        "for 12 weeks.\n"
        "Results: Sixty patients were randomized (30 per arm). All patients in the 4.5 mg "
        "arm continued escitalopram. HAMD-17 fell in both arms."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_a_count_per_active_arm_and_the_placebo_arms_sum_to_the_plan() -> None:
    title = "Dose-ranging trial of adjunctive low-dose naltrexone in depression: protocol"
    text = (
        "Methods: Adults with major depressive disorder (MADRS >= 22) on an SSRI will be "
        "randomized 1:1:1:1 to naltrexone 1 mg, 2 mg or 4 mg, or placebo, for 12 weeks. With "
        "30 participants per active arm and 20 on placebo, the trial has 80% power to detect "
        "a linear dose-response trend."
    )
    got = facts(title, text, PROTOCOL)
    assert got.n == 110
    assert gaps(title, text, PROTOCOL)["larger-trials"] == "in_progress"
