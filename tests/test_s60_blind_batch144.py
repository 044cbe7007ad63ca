"""Kinds from blind batch 144 (session 60, first measured on the src of 54ddf881), written
again in other words.

- holdout569 52201633: a protocol amendment whose methods drew on "a survey of
  participating prescribers" read as a survey of professionals (three gaps in progress
  missed), and its trial named only as "The NALTRD trial (NCT...) compares X ... in
  treatment-resistant depression" not read as selecting depressed people.
- holdout570 52201643: "24 entered randomisation" not read as a crossover's n (5, the
  people with an adverse event, given instead).
- holdout567 52201585: "prescribed at 1.5 mg and increased to 3 or 4.5 mg at clinician
  discretion" read as a fixed titration (the starting dose lost).
- preprints122 PPR9900594: "This open-label, 3+3-style sequential dose-escalation study"
  read as observational (a dose-finding verdict missed).
- preprints122 PPR9900579: a withdrawal statement telling its trial as "The trial
  randomised 84 adults ..." read as a notice with no data of its own.
- preprints122 PPR9900598: a registry protocol's "report their dose and all concurrent
  medicines, including SSRIs and SNRIs" read as its people's co-medication.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts, gaps, judge_preprint, preprint

OBSERVATIONAL = ("Journal Article", "Observational Study")

# --- a protocol amendment ------------------------------------------------------------

AMENDMENT = (
    "Background: The ALDER trial (NCT07000001) compares low-dose naltrexone added to ongoing "
    "SSRIs or SNRIs with placebo in {population}. This update describes amendments approved "
    "before the first interim analysis.\n"
    "Methods: {drew_on} the 0.5 mg/day arm has been replaced by a 2 mg/day arm; participants "
    "already on 0.5 mg will complete the trial. The planned sample size is now 120 (40 per "
    "arm), and naltrexone 2 mg and 4.5 mg are compared with placebo."
)
AMENDMENT_TITLE = "Amendment to the ALDER protocol: a replaced arm and a revised sample size"


def test_a_survey_an_amendment_drew_on_is_not_its_people() -> None:
    text = AMENDMENT.format(
        population="major depressive disorder",
        drew_on="After advice from the steering committee and a survey of participating "
        "psychiatrists,",
    )
    assert gaps(AMENDMENT_TITLE, text, PROTOCOL) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
        "dose-finding": "in_progress",
    }


def test_a_named_trial_comparing_in_the_condition_selects_its_people() -> None:
    text = AMENDMENT.format(population="major depressive disorder", drew_on="Since then,")
    assert facts(AMENDMENT_TITLE, text, PROTOCOL).depression_population


def test_a_named_trial_in_another_condition_does_not() -> None:
    # (control: the same sentence naming fibromyalgia selects no depressed people)
    text = AMENDMENT.format(population="fibromyalgia", drew_on="Since then,")
    assert not facts(AMENDMENT_TITLE, text, PROTOCOL).depression_population


def test_a_survey_of_psychiatrists_as_the_study_is_still_one() -> None:
    # (control: a survey that is the study itself)
    title = "Prescribing of low-dose naltrexone for depression: a national survey"
    text = (
        "Methods: We conducted a survey of psychiatrists in Norway about their use of "
        "low-dose naltrexone for depression.\n"
        "Results: 412 psychiatrists responded; 31% had prescribed it, mostly with an SSRI."
    )
    assert facts(title, text, OBSERVATIONAL).concomitant_classes == []


# --- sizes, doses, designs -----------------------------------------------------------


def test_the_people_who_entered_randomisation_are_a_crossovers_n() -> None:
    title = "Naltrexone 1.5 mg versus 3 mg as adjunct to bupropion: a randomised crossover trial"
    text = (
        "Methods: Outpatients with major depressive disorder taking bupropion received "
        "naltrexone 1.5 mg/day, naltrexone 3 mg/day and placebo in randomised order, each "
        "for 4 weeks.\n"
        "Results: Of 58 patients screened, 30 entered randomisation; 27 completed all three "
        "periods. Vivid dreams were reported by 6 participants during the 3 mg period."
    )
    assert facts(title, text, RCT).n == 30


def test_a_raise_at_clinician_discretion_keeps_the_starting_dose() -> None:
    title = "Adjunctive low-dose naltrexone in depression: a retrospective cohort"
    text = (
        "Methods: We reviewed the records of adults with major depression who started LDN "
        "at two clinics. LDN was prescribed at 1 mg and increased to 3 mg or 4.5 mg at "
        "prescriber discretion.\n"
        "Results: 160 patients were included; 74% were taking an SSRI."
    )
    assert 1.0 in facts(title, text, OBSERVATIONAL).ldn_doses_mg


def test_a_raise_for_everyone_still_gives_only_its_target() -> None:
    # (control: a fixed titration keeps only its target, CONTRACT.md)
    title = "Adjunctive low-dose naltrexone in depression: an open-label trial"
    text = (
        "Methods: Adults with major depression on sertraline started LDN at 1 mg, increased "
        "to 4.5 mg over two weeks, for 12 weeks.\n"
        "Results: 40 patients were enrolled."
    )
    assert facts(title, text, ("Clinical Trial",)).ldn_doses_mg == [4.5]


def test_an_open_label_three_plus_three_escalation_is_a_trial() -> None:
    result = preprint(
        "Escalating doses of low-dose naltrexone in late-life depression",
        "<h4>Background</h4>Low-dose naltrexone (LDN) is a candidate treatment for late-life "
        "depression, but its tolerable dose range in older adults is unknown.<h4>Methods</h4>"
        "This open-label, 3+3-style sequential dose-escalation study enrolled adults aged 65 "
        "or over with major depressive disorder (MADRS >= 20). Cohorts of four participants "
        "received naltrexone at 1, 2, 3 or 4.5 mg/day for 4 weeks; escalation to the next "
        "dose level required no dose-limiting toxicity in the current cohort. The co-primary "
        "outcomes were tolerability and the dose-response relationship for MADRS change."
        "<h4>Results</h4>Sixteen participants were enrolled across the four dose levels. "
        "MADRS reductions increased from 1 mg to 4.5 mg.",
    )
    f, found = judge_preprint(result)
    assert f.design == "nonrandomized_trial"
    assert found["dose-finding"] == "addressed"


# --- a withdrawn preprint telling its trial ------------------------------------------


def _withdrawn(told: str) -> dict[str, object]:
    return preprint(
        "Low-dose naltrexone added to sertraline for depression after myocardial infarction: "
        "a randomised trial",
        "<b>Withdrawal statement.</b> The authors have withdrawn this manuscript. An audit "
        "found that some week-8 ratings had been entered under the wrong arm. "
        f"{told} This result can no longer be considered reliable.",
    )


def test_a_withdrawal_telling_the_trial_by_its_subject_keeps_the_trial() -> None:
    f, found = judge_preprint(
        _withdrawn(
            "The trial randomised 96 adults with post-infarction depression, all taking "
            "sertraline 50 mg/day, to naltrexone 3 mg/day or placebo for 8 weeks."
        )
    )
    assert (f.design, f.n, f.ldn_doses_mg) == ("rct", 96, [3.0])
    assert "serotonergic" in f.concomitant_classes
    assert found == {}  # (withdrawn: it counts toward no gap)


def test_a_withdrawal_giving_only_its_reason_is_a_notice() -> None:
    # (control: no people counted)
    f, _ = judge_preprint(_withdrawn("The trial's data are being re-verified."))
    assert f.design == "other"


# --- a registry protocol's data items ------------------------------------------------


def _registry_protocol(report: str) -> dict[str, object]:
    return preprint(
        "The LDN-TRACK Registry: protocol for a prospective cohort of people using low-dose "
        "naltrexone for depression",
        "<h4>Methods</h4>This is a prospective observational cohort with no study-assigned "
        "treatment. Adults with a depressive disorder who are starting LDN prescribed by their "
        f"own clinician will be invited. {report} We aim to enrol 400 participants.",
    )


def test_medicines_a_registry_will_ask_about_are_not_taken() -> None:
    f, _ = judge_preprint(
        _registry_protocol(
            "Participants will rate their mood monthly and list their dose and all other "
            "medications, such as SSRIs or SNRIs."
        )
    )
    assert f.concomitant_classes == []


def test_a_registrys_people_required_to_take_an_ssri_take_one() -> None:
    # (control: a rule of entry, not a data item)
    f, _ = judge_preprint(
        _registry_protocol("Participants must be taking an SSRI, to which LDN is added.")
    )
    assert "serotonergic" in f.concomitant_classes
