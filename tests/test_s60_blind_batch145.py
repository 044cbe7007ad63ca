"""Kinds from blind batch 145 (session 60, first measured on the src of b891c42e), written
again in other words.

- holdout573 52201711: people who "had not responded to an SSRI or SNRI" tapered off it and
  were "randomized 1:1:1 to LDN 1.5 mg/day, LDN 4.5 mg/day or placebo as monotherapy": the
  title's "after inadequate response to serotonergic antidepressants" read as their regimen
  (a false serotonergic verdict; the ratio's colons also hid the monotherapy).
- holdout576 52201773: a flexible titration "to a maximum of 4.5 mg" whose results compare
  those who reached 4.5 mg with the rest, "suggesting a dose-response relationship", read as
  a dose comparison (a false dose-finding verdict).
- holdout572 52201681: a review of standard-dose naltrexone whose only LDN words are "Two
  uncontrolled reports of low-dose naltrexone were identified but not eligible" read as on
  topic.
- holdout572 52201696: a long-COVID trial whose "PHQ-9 was recorded at baseline and used as
  a stratification and adjustment variable" read as measuring mood.
- holdout574 52201738: an MS-fatigue trial whose "results were similar in participants with
  and without antidepressant use" read as a mood outcome.
- registry130 NCT00290541: "a small proof-of-concept study reported benefit when LDN was
  added to dopaminergic antidepressant regimens" read as the registration's own regimen.
- holdout191 21000022 (an older set, exposed by the last fix in the open run): a background's
  "a trial combining LDN with SSRIs is under way (NCT...)" made the background the record's
  own (the NCT read as its registration), so the SSRIs read as taken; it had been masked by
  the cited pilot's "dopaminergic regimens" read as this trial's class.
"""

from __future__ import annotations

from written import META, RCT, arm, facts, gaps, judge_registration, registration

# --- monotherapy after a failed SSRI --------------------------------------------------

MONOTHERAPY_TITLE = (
    "Low-dose naltrexone for depression after inadequate response to serotonergic "
    "antidepressants: a randomised comparison of 2 mg and 4.5 mg"
)
MONOTHERAPY = (
    "Methods: Adults with major depressive disorder who had not responded to an SSRI or SNRI "
    "stopped it with a taper and a 2-week washout before randomisation. Participants were then "
    "randomised {ratio} to LDN 2 mg/day, LDN 4.5 mg/day or placebo as monotherapy for 8 weeks.\n"
    "Results: Ninety participants were randomised (30 per arm)."
)


def test_ldn_arms_as_monotherapy_after_a_failed_ssri_take_no_ssri() -> None:
    text = MONOTHERAPY.format(ratio="1:1:1")
    assert facts(MONOTHERAPY_TITLE, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(MONOTHERAPY_TITLE, text, RCT)


def test_the_same_without_a_ratio() -> None:
    text = MONOTHERAPY.format(ratio="equally")
    assert facts(MONOTHERAPY_TITLE, text, RCT).concomitant_classes == []


def test_ldn_added_to_the_ssri_kept_is_still_serotonergic() -> None:
    # (control: "LDN plus sertraline versus sertraline as monotherapy" keeps sertraline)
    title = "Low-dose naltrexone added to sertraline in depression: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on sertraline were randomised 1:1 to "
        "LDN 4.5 mg plus sertraline or sertraline as monotherapy for 8 weeks.\n"
        "Results: Eighty participants were randomised."
    )
    assert "serotonergic" in facts(title, text, RCT).concomitant_classes


# --- a flexible titration compared by final dose --------------------------------------

FLEXIBLE_TITLE = "Open-label low-dose naltrexone added to lithium for bipolar depression"


def test_final_doses_of_a_flexible_titration_are_no_dose_comparison() -> None:
    text = (
        "Methods: In a 10-week open-label study, adults with bipolar I depression on lithium "
        "received naltrexone started at 1 mg nightly and titrated as tolerated to a maximum of "
        "4.5 mg.\n"
        "Results: Thirty patients were enrolled. Those who reached 4.5 mg improved more than "
        "those kept at lower doses, suggesting a dose-response relationship."
    )
    f = facts(FLEXIBLE_TITLE, text, ("Clinical Trial",))
    assert not f.compares_doses
    assert "dose-finding" not in gaps(FLEXIBLE_TITLE, text, ("Clinical Trial",))


def test_assigned_doses_with_a_dose_response_still_compare() -> None:
    # (control: two doses assigned by randomisation)
    title = "Two doses of low-dose naltrexone added to lithium for bipolar depression"
    text = (
        "Methods: Adults with bipolar I depression on lithium were randomised to naltrexone "
        "1 mg or 4.5 mg nightly for 10 weeks.\n"
        "Results: Sixty patients were randomised; the results suggested a dose-response "
        "relationship."
    )
    assert facts(title, text, RCT).compares_doses


def test_a_flexible_arms_dose_response_as_the_aim_still_compares() -> None:
    # (control: a secondary analysis set up to model the dose-response of a flexible arm)
    title = "Dose-response of low-dose naltrexone in depression: a secondary analysis"
    text = (
        "Objective: A randomised trial gave SSRI-treated patients flexibly dosed naltrexone "
        "(1-4.5 mg/day) or placebo. We examined the dose-response relationship within the "
        "naltrexone arm.\n"
        "Methods: Seventy participants randomised to naltrexone were analysed.\n"
        "Results: Each 1 mg increment was associated with a larger MADRS reduction."
    )
    assert facts(title, text, RCT).compares_doses


# --- off-topic records ------------------------------------------------------------------


def test_ldn_reports_found_but_not_eligible_leave_a_review_off_topic() -> None:
    title = "Opioid antagonists for compulsive buying and kleptomania: a meta-analysis"
    text = (
        "Methods: We searched four databases for randomised trials of naltrexone or "
        "nalmefene in impulse-control disorders; depressive symptoms were a secondary "
        "outcome.\n"
        "Results: Nine trials of naltrexone 50-200 mg/day were included. Three case reports "
        "of low-dose naltrexone were found but not eligible."
    )
    assert not facts(title, text, META).on_topic


FATIGUE_TITLE = "Two low-dose naltrexone regimens for fatigue in fibromyalgia: a randomised trial"
FATIGUE = (
    "Methods: Adults with fibromyalgia and severe fatigue were randomised to naltrexone 2 mg, "
    "naltrexone 4.5 mg or placebo for 12 weeks. {scale} The primary outcome was the Fatigue "
    "Severity Scale.\n"
    "Results: 150 participants were randomised; fatigue improved most with 4.5 mg."
)


def test_a_phq9_used_only_to_stratify_measures_no_mood() -> None:
    scale = (
        "Because low mood may colour fatigue ratings, the Patient Health Questionnaire-9 "
        "(PHQ-9) was collected at baseline and used as an adjustment variable."
    )
    assert not facts(FATIGUE_TITLE, FATIGUE.format(scale=scale), RCT).on_topic


def test_a_phq9_as_a_secondary_outcome_still_measures_mood() -> None:
    # (control: the same trial with the scale as an outcome)
    scale = "The Patient Health Questionnaire-9 (PHQ-9) was a secondary outcome."
    assert facts(FATIGUE_TITLE, FATIGUE.format(scale=scale), RCT).on_topic


def test_results_split_by_antidepressant_use_measure_no_mood() -> None:
    title = "Low-dose naltrexone for fatigue in Sjogren syndrome: a randomised crossover trial"
    text = (
        "Methods: Adults with primary Sjogren syndrome and marked fatigue were randomised to "
        "the order of 8 weeks of naltrexone 4.5 mg and 8 weeks of placebo. The primary outcome "
        "was the fatigue score of the ESSPRI.\n"
        "Results: Sixty participants were randomised. Fatigue did not differ between periods, "
        "and results were comparable in participants with and without antidepressant use."
    )
    assert not facts(title, text, RCT).on_topic


# --- a cited study's regimen in a registration ---------------------------------------


def test_a_cited_studys_regimen_class_is_not_the_registrations() -> None:
    study = registration(
        title="Low-Dose Naltrexone Added to SSRIs or SNRIs in Depression",
        official_title=(
            "A Randomized, Placebo-Controlled Trial of Low-Dose Naltrexone (3 mg/Day) Added to "
            "Serotonergic Antidepressants in Adults With Major Depressive Disorder"
        ),
        summary=(
            "This study asks whether adding low-dose naltrexone (LDN) to an SSRI or SNRI "
            "improves depression in adults who have not responded adequately to that "
            "antidepressant. Participants keep their current antidepressant and are randomly "
            "assigned to naltrexone 3 mg or placebo once daily for 10 weeks."
        ),
        description=(
            "Many patients with major depressive disorder do not remit on a serotonergic "
            "antidepressant. At 1 to 5 mg per day, naltrexone is thought to act through brief "
            "opioid receptor blockade, and a small open-label study reported benefit when LDN "
            "was added to dopaminergic antidepressant regimens. Ninety outpatients with an "
            "inadequate response to sertraline, escitalopram, venlafaxine or duloxetine will "
            "be randomized 1:1 to naltrexone 3 mg or placebo for 10 weeks."
        ),
        allocation="RANDOMIZED",
        enrollment=90,
        arms=[
            arm(
                "Low-dose naltrexone",
                "EXPERIMENTAL",
                "Naltrexone 3 mg once daily, added to the ongoing SSRI or SNRI.",
            ),
            arm(
                "Placebo",
                "PLACEBO_COMPARATOR",
                "Placebo once daily, added to the ongoing SSRI or SNRI.",
                ("Placebo",),
            ),
        ],
    )
    f, _ = judge_registration(study)
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]


# --- another trial's registration given as news in the background ----------------------


def test_a_trial_under_way_elsewhere_is_not_the_records_own() -> None:
    title = "Low-dose naltrexone added to bupropion in depression: a randomised trial"
    text = (
        "Background: A pilot trial found signals for low-dose naltrexone in patients on "
        "dopaminergic regimens, and a trial combining LDN with SSRIs is under way "
        "(NCT07999999).\n"
        "Methods: Seventy adults with major depressive disorder on bupropion XL were randomised "
        "to naltrexone 3 mg or placebo for 8 weeks; no other antidepressant was allowed.\n"
        "Results: MADRS fell more with naltrexone."
    )
    assert facts(title, text, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, text, RCT)
