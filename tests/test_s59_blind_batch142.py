"""Kinds from blind batch 142 (session 59, first measured on the src of 7f34f8eb), written
again in other words.

- holdout558 52201418: "trazodone 25-100 mg at bedtime for sleep was allowed", then
  "Trazodone use did not differ between groups": the hypnotic counted as a serotonergic
  antidepressant taken with LDN (a false serotonergic-combination verdict).
- holdout560 52201447: a chart review whose methods compare "patients maintained at 4.5 mg"
  with lower doses and whose results say "maintenance doses ranged from 1.5 to 4.5 mg": the
  range's lower end dropped as a results-only level.
- holdout561 52201462: a raise for "the patients that at week 4 did not reduce EPDS at least
  30%" read as a fixed titration.
- holdout558 52201413: an extension's "irrespective of their randomised assignment
  (placebo, 1.5 mg or 4.5 mg)" read as its own doses.
- preprints120 PPR9900526: a raise "because her MADRS score had fallen only from 31 to 27"
  read as a fixed titration.
"""

from __future__ import annotations

from written import RCT, facts, gaps, judge_preprint, preprint

BUPROPION = (
    "Methods: Outpatients with major depressive disorder on bupropion XL 300 mg/day were "
    "randomly assigned to naltrexone 1 mg, 2 mg or 4 mg nightly for 8 weeks. Bupropion was "
    "continued unchanged. Because poor sleep is common with both drugs, trazodone 50-100 mg "
    "at night {purpose}was permitted and taken by 11 patients; no other antidepressant was "
    "allowed.\n"
    "Results: Sixty patients were randomized. Trazodone use was similar across doses."
)
TITLE = "Three doses of low-dose naltrexone added to bupropion in depression: a randomized trial"


def test_a_hypnotic_allowed_for_sleep_is_not_taken_as_an_antidepressant() -> None:
    text = BUPROPION.format(purpose="for sleep ")
    assert facts(TITLE, text, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(TITLE, text, RCT)


def test_trazodone_allowed_without_a_purpose_is_still_taken() -> None:
    # (control: no other purpose told)
    text = BUPROPION.format(purpose="")
    assert "serotonergic" in facts(TITLE, text, RCT).concomitant_classes


def test_a_results_range_ending_at_the_methods_level_keeps_both_ends() -> None:
    text = (
        "Methods: We reviewed the charts of adults with treatment-resistant depression who "
        "started LDN at one clinic. Patients kept at 4 mg were compared with those kept at "
        "lower doses.\n"
        "Results: Of 150 patients, 120 were included. Maintenance doses ranged from 1 to "
        "4 mg nightly (4 mg in 80 patients)."
    )
    f = facts(
        "Low-dose naltrexone in treatment-resistant depression: a chart review",
        text,
        ["Journal Article", "Observational Study"],
    )
    assert f.ldn_doses_mg == [1.0, 4.0]


def test_a_raise_for_those_whose_score_did_not_fall_keeps_both_levels() -> None:
    text = (
        "Methods: Open study of women with postpartum depression. Naltrexone was started at "
        "2 mg at night; in the women that at week 3 did not reduce MADRS at least 25%, "
        "the dose was raised to 4 mg until week 8.\n"
        "Results: Twenty women were included."
    )
    f = facts("Low-dose naltrexone in postpartum depression: an open pilot study", text)
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_an_extension_given_one_dose_whatever_its_parent_arm() -> None:
    text = (
        "Methods: Completers of the 8-week randomised phase were offered 16 weeks of "
        "open-label LDN. All received naltrexone 4 mg/day regardless of their randomised "
        "allocation (placebo, 2 mg or 4 mg) and kept their SSRI unchanged.\n"
        "Results: Eighty participants entered the extension."
    )
    title = "Low-dose naltrexone added to SSRIs: 16-week open-label extension of a trial"
    assert facts(title, text, ["Clinical Trial"]).ldn_doses_mg == [4.0]


def test_randomised_groups_named_in_brackets_stay_the_trials_doses() -> None:
    # (control: the trial's own groups)
    text = (
        "Methods: Adults with major depressive disorder on an SSRI were randomised to "
        "naltrexone 2 mg or 4 mg nightly for 8 weeks. The randomised groups (2 mg and 4 mg) "
        "were similar at baseline.\n"
        "Results: Seventy participants were randomised."
    )
    f = facts("Two doses of low-dose naltrexone with SSRIs: a randomised trial", text, RCT)
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_a_raise_because_the_score_had_fallen_only_from_a_to_b_keeps_both() -> None:
    text = (
        "We describe two outpatients with treatment-resistant depression. Case 1, a woman "
        "taking sertraline 150 mg, started LDN 2 mg at night; because her HAM-D had fallen "
        "only from 24 to 21 after five weeks, the dose was raised to 4 mg. Case 2, a man on "
        "duloxetine 60 mg, improved on 2 mg and stayed on it."
    )
    f, _ = judge_preprint(
        preprint("Low-dose naltrexone with sertraline or duloxetine: two cases", text)
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
