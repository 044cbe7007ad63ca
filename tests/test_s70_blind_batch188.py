"""Kinds from blind batch 188 (session 70, first measured on the src of 0bf49e56), written
again in other words.

- preprints166 PPR9901892 (a missed larger-trials verdict): a secondary analysis whose
  results open "Sixty-one participants (LDN 30, placebo 31) had baseline hsCRP available;
  23 had hsCRP of 3 mg/L or higher" took the 23 with a raised marker as its sample (both
  parts are analysed: the 61 are).
- holdout790 52206044 (a missed larger-trials verdict): "LDN (n = 29) and placebo (n = 27)
  groups were similar at baseline. Fifty-one participants attended the week-10 visit":
  those at the last visit are completers, the arms' 56 the sample.
- holdout790 52206058 (n): "The 0.5 mg group had 50 participants, the 2 mg group 51 and
  the 4.5 mg group 50. 149 participants received at least one dose and formed the modified
  intention-to-treat population": the analysis set is a part of the arms' 151.
- registry173 NCT00291837 (doses): a one-arm registration that compares its steps "to
  select a dose", its arm written "1.5 mg daily weeks 1-2, 3 mg daily weeks 3-4, 4.5 mg
  daily weeks 5-6": every step, not a titration's target.
"""

from __future__ import annotations

from written import RCT, facts, gaps, judge_preprint, judge_registration, preprint, registration


def test_a_secondary_analysis_takes_everyone_with_the_marker_not_the_raised_part() -> None:
    f, g = judge_preprint(
        preprint(
            "Baseline C-reactive protein and response to adjunctive low-dose naltrexone: a "
            "secondary analysis of a randomised trial",
            "<h4>Methods</h4>This secondary analysis used data from a completed trial in "
            "which adults with major depressive disorder on an SSRI received naltrexone "
            "4.5 mg nightly or placebo for 8 weeks. Participants with a stored baseline "
            "sample were included.<h4>Results</h4>Seventy-two participants (LDN 36, "
            "placebo 36) had baseline hsCRP available; 28 had hsCRP of 3 mg/L or higher. The "
            "difference in MADRS change was larger among those with raised hsCRP.",
        )
    )
    assert f.n == 72
    assert g.get("larger-trials") == "addressed"


def test_participants_at_the_last_visit_are_completers_not_the_sample() -> None:
    title = "Low-dose naltrexone added to bupropion for anhedonic depression: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder taking bupropion were randomly "
        "assigned to naltrexone 3 mg or placebo for 10 weeks.\n"
        "Results: LDN (n = 31) and placebo (n = 30) groups were similar at baseline. "
        "Fifty-four participants attended the week-10 visit."
    )
    assert facts(title, text, RCT).n == 61
    assert gaps(title, text, RCT).get("larger-trials") == "addressed"


def test_an_analysis_set_is_a_part_of_the_groups_that_had_their_people() -> None:
    title = "Naltrexone 1 mg, 2 mg and 4 mg with SSRIs in depression: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on an SSRI were randomly assigned "
        "(1:1:1) to naltrexone 1 mg, 2 mg or 4 mg at bedtime for 12 weeks.\n"
        "Results: The 1 mg group had 40 participants, the 2 mg group 41 and the 4 mg group "
        "40. 118 participants received at least one dose and formed the modified "
        "intention-to-treat population."
    )
    assert facts(title, text, RCT).n == 121


def test_a_stated_total_still_beats_overlapping_subgroups() -> None:
    # (control: subgroups by co-medication, not arms, give way to the stated total)
    title = "Low-dose naltrexone with antidepressants in depression: an open-label study"
    text = (
        "Methods: We enrolled 41 patients with major depressive disorder taking an "
        "antidepressant and added naltrexone 4.5 mg nightly: SSRIs (n = 19), SNRIs (n = 12), "
        "bupropion (n = 10) and tricyclics (n = 4)."
    )
    assert facts(title, text, ("Clinical Trial",)).n == 41


def test_a_dose_finding_registrations_one_arm_of_steps_lists_every_step() -> None:
    f, g = judge_registration(
        registration(
            title="Low-Dose Naltrexone Steps in Depression on an SNRI",
            status="COMPLETED",
            summary=(
                "This pilot examined the best tolerated dose of low-dose naltrexone in adults "
                "with major depression still depressed on an SNRI. Each received three dose "
                "steps of naltrexone, 1 mg, 2 mg and 4 mg, for two weeks each."
            ),
            description=(
                "Eighteen adults with major depressive disorder taking venlafaxine received "
                "naltrexone 1 mg daily for two weeks, then 2 mg for two weeks, then 4 mg for "
                "two weeks; escalation stopped at the last tolerated step. The dose steps "
                "were compared for tolerability and depressive "
                "symptom change to select a dose for a randomized trial."
            ),
            model="SINGLE_GROUP",
            enrollment=18,
            enrollment_type="ACTUAL",
            arms=[
                (
                    "Naltrexone dose escalation",
                    "EXPERIMENTAL",
                    "Naltrexone 1 mg daily weeks 1-2, 2 mg daily weeks 3-4, 4 mg daily weeks "
                    "5-6, with continued venlafaxine",
                    ["Naltrexone"],
                )
            ],
            outcomes=["Number of participants tolerating each dose level"],
        )
    )
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert g["dose-finding"] != "no"  # (no results posted: in progress)


def test_a_titration_registrations_one_arm_keeps_its_target() -> None:
    # (control: no dose-finding words, the arm's steps are a titration to its target)
    f, _ = judge_registration(
        registration(
            title="Low-Dose Naltrexone Added to Venlafaxine in Depression",
            status="COMPLETED",
            summary="An open-label pilot of low-dose naltrexone added to venlafaxine.",
            description=(
                "Eighteen adults with major depressive disorder taking venlafaxine received "
                "naltrexone titrated to 4 mg daily over four weeks and continued for 8 weeks."
            ),
            model="SINGLE_GROUP",
            enrollment=18,
            enrollment_type="ACTUAL",
            arms=[
                (
                    "Naltrexone",
                    "EXPERIMENTAL",
                    "Naltrexone 1 mg daily weeks 1-2, 2 mg daily weeks 3-4, then 4 mg daily",
                    ["Naltrexone"],
                )
            ],
        )
    )
    assert f.ldn_doses_mg == [4.0]
