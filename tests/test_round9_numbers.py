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


# ------------------------------------------------ a flow of people: pool, then sample
def test_the_enrolled_as_a_share_of_a_pool_is_that_share_of_it() -> None:
    """ "Of 180 women referred, 50% met all criteria and agreed to take part" is 90 (no
    other head count rounds to 50% of 180)."""
    title = "Naltrexone 3 mg for antenatal depression: a randomised placebo-controlled trial"
    text = (
        "Methods: Of 180 women referred from antenatal clinics with a first depressive episode "
        "(EPDS >= 13), 50% met all criteria and agreed to take part. They were randomly assigned "
        "to naltrexone 3 mg nightly or placebo for 8 weeks.\nResults: EPDS fell more with "
        "naltrexone (p = 0.02)."
    )
    assert facts(title, text, RCT).n == 90
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_near_miss_a_share_that_fits_several_head_counts_gives_no_n() -> None:
    """6% of 1,000 may be anyone from 55 to 64 people: no n rather than a wrong one."""
    f = facts(
        "Naltrexone in depression with chronic pain: a randomised trial",
        "Methods: Of 1,000 patients referred by pain clinics, 6% consented. They were randomised "
        "to naltrexone 4 mg or placebo.\nResults: Mood improved with naltrexone.",
        RCT,
    )
    assert f.n is None


def test_a_flow_list_with_commas_keeps_the_enrolled_step() -> None:
    f = facts(
        "Naltrexone added to vortioxetine in late-life depression: an open-label study",
        "Methods: Ninety older adults were screened, 64 enrolled and 58 completed. All took "
        "vortioxetine and naltrexone 2 mg nightly for 10 weeks.\nResults: MADRS fell by 9 points.",
        ("Clinical Trial",),
    )
    assert f.n == 64


def test_responders_to_a_lead_in_are_whom_the_trial_randomised() -> None:
    """An enrichment design: "the 60 adults who remitted during open ketamine ... were
    randomised" is the trial; the 95 who had ketamine are its lead-in, and "Forty-eight
    responders were randomised" counts people by what they did."""
    f = facts(
        "Naltrexone to prevent relapse after ketamine in depression: a randomised trial",
        "Methods: Ninety-five adults with treatment-resistant depression received six ketamine "
        "infusions. The 60 adults who remitted during open ketamine (MADRS <= 10) were "
        "randomised to naltrexone 2 mg daily or placebo for 16 weeks.\nResults: Relapse was "
        "less frequent with naltrexone.",
        RCT,
    )
    assert f.n == 60
    g = facts(
        "Naltrexone after sleep deprivation therapy in bipolar depression: a randomised trial",
        "Methods: Forty-eight responders were randomised to naltrexone 4 mg or placebo after "
        "three nights of wake therapy.\nResults: Response was kept longer with naltrexone.",
        RCT,
    )
    assert g.n == 48


def test_historical_controls_are_not_the_study_s_people() -> None:
    f = facts(
        "Naltrexone with ECT in psychotic depression: an open trial with historical controls",
        "Methods: Thirty inpatients with psychotic depression received naltrexone 4.5 mg nightly "
        "during a course of ECT. Outcomes were compared with those of 40 historical controls "
        "treated with ECT alone.\nResults: Fewer ECT sessions were needed with naltrexone.",
        ("Clinical Trial",),
    )
    assert f.n == 30
    g = facts(
        "Naltrexone with ketamine in depression: an open pilot",
        "Methods: Eighteen adults with depression took naltrexone 3 mg nightly before ketamine "
        "infusions.\nResults: Compared with a matched external cohort (n = 55), response did "
        "not differ.",
        ("Clinical Trial",),
    )
    assert g.n == 18


def test_a_count_written_with_a_thin_space_is_read_whole() -> None:
    f = facts(
        "Low-dose naltrexone dispensing and depression: a pharmacy claims cohort",
        "Methods: A claims cohort of adults with a depression diagnosis (n = 12 480) was "
        "followed after a first low-dose naltrexone fill (1-5 mg).\nResults: Antidepressant "
        "switching was less frequent after the fill.",
        ("Observational Study",),
    )
    assert f.n == 12480


def test_the_community_a_study_recruited_from_is_no_count_of_its_people() -> None:
    f = facts(
        "Living with low-dose naltrexone for depression: an interview study",
        "Methods: We recruited through an online support forum of roughly 5,000 members. "
        "Nineteen adults with recurrent depression who took low-dose naltrexone (1.5-4.5 mg) "
        "were interviewed.\nResults: Three themes emerged.",
        ("Journal Article",),
    )
    assert f.n == 19


def test_the_arms_of_a_count_an_among_frame_opens_are_not_added_to_it() -> None:
    f = facts(
        "Naltrexone augmentation of duloxetine in depression: a randomised trial",
        "Methods: Adults with major depression on duloxetine were randomised to naltrexone "
        "2 mg or placebo.\nResults: Among 140 randomised participants (mean age 44), 71 received "
        "naltrexone and 69 placebo; 128 completed week 12. HAM-D fell more with naltrexone.",
        RCT,
    )
    assert f.n == 140


def test_a_results_report_s_planned_size_in_brackets_is_not_its_n() -> None:
    f = facts(
        "Naltrexone in perimenopausal depression: interim results of a randomised pilot",
        "Methods: Women with perimenopausal depression are being randomised to naltrexone 2 mg "
        "or placebo (planned n = 60).\nResults: Thirty women have been randomised to date "
        "(naltrexone 15, placebo 15). MADRS fell more with naltrexone.",
        ("Congress",),
    )
    assert f.n == 30


def test_a_chart_review_counts_the_patients_it_included_not_the_records_it_read() -> None:
    f = facts(
        "Low-dose naltrexone in depression with long COVID: a retrospective chart review",
        "Methods: We reviewed the charts of 140 adults with long COVID prescribed low-dose "
        "naltrexone (1-4.5 mg); the 88 with a PHQ-9 at baseline and follow-up were included.\n"
        "Results: PHQ-9 fell by 4 points.",
        ("Observational Study",),
    )
    assert f.n == 88


# ------------------------------------------------------------ surveys: who answered
def _survey(result: str) -> int | None:
    return facts(
        "Low-dose naltrexone for depression: an online survey",
        "Methods: An anonymous online survey of people taking low-dose naltrexone for "
        f"depression was run in 2027.\nResults: {result} Most rated their mood as improved.",
        ("Observational Study",),
    ).n


def test_a_survey_counts_those_who_answered_however_it_says_so() -> None:
    assert _survey("Of 2,400 forum members invited, 515 responded (21.5%).") == 515
    assert _survey("Of 900 people who began the survey, 640 were eligible and completed it.") == 640
    assert _survey("Replies were received from 333 users (30%).") == 333
    assert _survey("Of 700 responses, 612 complete questionnaires were analysed.") == 612
    assert _survey("Of 450 respondents, 390 met inclusion criteria and were analysed.") == 390
