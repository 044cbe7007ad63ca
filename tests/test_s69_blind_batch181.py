"""Kinds from blind batch 181 (session 69, first measured on the src of 1526bd9a), written
again in other words.

- holdout755 52205351 (false larger-trials and serotonergic verdicts): naltrexone at 8 and
  16 mg "unlike the sub-5-mg doses typically described as low-dose naltrexone": "sub-5-mg"
  is a bound (doses below 5 mg), not a 5 mg dose given.
- holdout755 52205350 (a missed serotonergic verdict): "randomised to LDN or placebo and,
  at week 4, were cross-tapered from their SSRI to vortioxetine": every arm switched, the
  switch no arm of its own.
- holdout755 52205356 (a missed larger-trials verdict): arms "1 mg b.i.d. or 2.25 mg
  b.i.d." and "Twenty-seven patients were randomised to each arm": the abbreviation's stops
  end no list of arms.
- holdout752 52205300 (off-topic read as on-topic): a review saying of LDN "no controlled
  data are cited that would meet the inclusion criteria of this review".
- registry166 NCT00291628 (classes): a trial withdrawn before enrolment whose plan is told
  with "would" ("would start sertraline ... and be randomized to naltrexone 3 mg or
  placebo") is the protocol it registered, not a record without people.
- registry166 NCT00291648 (off-topic read for on-topic): an observational follow-up whose
  only "intervention" is "No intervention (observation)" registers no exposure at all.
"""

from __future__ import annotations

from written import RCT, facts, gaps, judge_registration, registration

REVIEW = ("Journal Article", "Review")


def test_a_bound_written_sub_n_mg_is_no_dose_given() -> None:
    title = "Naltrexone 8 mg versus 16 mg daily in depression with anhedonia: a randomised trial"
    text = (
        "In this double-blind trial, adults with major depressive disorder taking an SSRI "
        "or an SNRI were randomised to naltrexone 8 mg or 16 mg daily for 6 weeks. Eighty "
        "participants were randomised, forty to each dose. Depression scores fell by 6.1 "
        "and 5.8 points. Neither dose was better; both blocked opioid receptors "
        "substantially, in contrast with the sub-5-mg doses usually called low-dose "
        "naltrexone."
    )
    f = facts(title, text, RCT)
    assert f.ldn_doses_mg == []
    assert f.on_topic is False
    assert gaps(title, text, RCT) == {}


def test_a_sub_n_mg_bound_beside_the_dose_given_adds_no_dose() -> None:
    # (the dose the trial gives is read, the bound beside it adds none)
    title = "Low-dose naltrexone added to an SSRI in depression: a randomised trial"
    text = (
        "Methods: Eighty adults with major depressive disorder on an SSRI were randomised "
        "to naltrexone 4.5 mg nightly or placebo, a sub-5-mg dose as used in practice."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [4.5]


def test_a_switch_every_arm_makes_after_the_allocation_is_taken_by_all() -> None:
    title = "Low-dose naltrexone during a switch from an SNRI to sertraline: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder who had not responded to an SNRI "
        "were randomised to low-dose naltrexone or placebo and, after two weeks, were "
        "switched from their SNRI to sertraline 50-150 mg/day. Naltrexone 4.5 mg was given "
        "nightly for 12 weeks.\n"
        "Results: Seventy participants were randomised (36 and 34)."
    )
    f = facts(title, text, RCT)
    assert "serotonergic" in f.concomitant_classes
    assert gaps(title, text, RCT)["serotonergic-combination"] == "addressed"


def test_a_comparator_arm_of_its_own_stays_a_comparator() -> None:
    # (control: sertraline is the other arm, and the clause after says what all did next)
    title = "Low-dose naltrexone versus sertraline in depression: a randomised trial"
    text = (
        "Methods: Antidepressant-free adults with major depressive disorder were randomised "
        "to naltrexone 4.5 mg or sertraline 50 mg and were followed for 12 weeks.\n"
        "Results: Seventy participants were randomised."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_dotted_abbreviations_end_no_list_of_arms() -> None:
    title = "Two strengths of naltrexone twice daily in resistant depression: a randomised trial"
    text = (
        "Methods: Adults with treatment-resistant major depression were randomised to "
        "naltrexone 0.75 mg b.i.d. or 2.25 mg b.i.d. for 8 weeks. Thirty patients were "
        "randomised to each arm.\n"
        "Results: MADRS fell by 7.2 and 9.0 points."
    )
    f = facts(title, text, RCT)
    assert f.n == 60
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_a_sentence_after_a_dotted_abbreviation_is_no_arm() -> None:
    # (control: "b.i.d. Citalopram ..." ends the arms at the capital; the SSRI taken by all
    # is no arm of placebo)
    title = "Low-dose naltrexone twice daily added to citalopram: a randomised trial"
    text = (
        "Methods: Adults with major depression after 8 weeks of citalopram 20-40 mg/day "
        "were randomised to naltrexone 1 mg b.i.d. or matching placebo b.i.d. Citalopram "
        "doses were held constant.\n"
        "Results: Sixty-two patients were randomised."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_a_review_that_cites_no_data_on_the_drug_does_not_review_it() -> None:
    title = "Opioidergic agents for depressive disorders: a narrative review"
    text = (
        "Objective: This review summarises clinical studies of opioidergic drugs in "
        "depression.\n"
        "Results: Buprenorphine combined with samidorphan gave inconsistent results in "
        "phase III trials. Kappa-opioid antagonists improved anhedonia in early studies. "
        "Low-dose naltrexone is widely prescribed off-label; however, no randomised "
        "studies were identified that met the inclusion criteria.\n"
        "Conclusions: Opioid modulation remains experimental."
    )
    assert facts(title, text, REVIEW).on_topic is False


def test_a_review_that_took_in_trials_of_the_drug_reviews_it() -> None:
    # (control: the review reports trials of the drug it included)
    title = "Opioidergic agents for depressive disorders: a narrative review"
    text = (
        "Objective: This review summarises clinical studies of opioidergic drugs in "
        "depression.\n"
        "Results: Low-dose naltrexone was evaluated in two included trials of augmentation "
        "(n = 12 and n = 40), both reporting lower depression scores.\n"
        "Conclusions: Opioid modulation remains experimental."
    )
    assert facts(title, text, REVIEW).on_topic is True


def _withdrawn(description: str, status: str = "WITHDRAWN") -> dict:
    return registration(
        title="Sertraline Plus Low-Dose Naltrexone in Late-Life Depression",
        status=status,
        summary=(
            "A pilot trial of low-dose naltrexone added to sertraline in older adults with "
            "depression."
        ),
        description=description,
        allocation="RANDOMIZED",
        enrollment=0,
        enrollment_type="ACTUAL",
        arms=[
            (
                "Sertraline + naltrexone",
                "EXPERIMENTAL",
                "Sertraline plus naltrexone 2 mg.",
                ["Naltrexone", "Sertraline"],
            ),
            (
                "Sertraline + placebo",
                "PLACEBO_COMPARATOR",
                "Sertraline plus placebo.",
                ["Placebo", "Sertraline"],
            ),
        ],
    )


def test_a_trial_withdrawn_before_enrolment_keeps_the_plan_it_registered() -> None:
    f, g = judge_registration(
        _withdrawn(
            "Depression in late life responds slowly to antidepressants. Adults aged 65 and "
            "over with major depression would start sertraline 50 mg/day and be randomized "
            "to naltrexone 2 mg daily or placebo for 10 weeks. The planned sample was 36 "
            "participants. No participants were enrolled."
        )
    )
    assert f.on_topic is True
    assert f.concomitant_classes == ["serotonergic"]
    assert g["serotonergic-combination"] == "no"  # withdrawn: stopped, closes nothing


def test_a_would_of_speculation_is_still_a_hedge() -> None:
    # (control: "would" without an allocation to carry out stays a hedge)
    title = "Low-dose naltrexone in depression: an open-label pilot"
    text = (
        "Methods: Twelve adults with major depression received naltrexone 1 mg twice "
        "daily for 8 weeks.\n"
        "Conclusions: Patients on sertraline would probably benefit from adding naltrexone."
    )
    assert facts(title, text, ("Journal Article", "Clinical Trial")).concomitant_classes == []


def test_an_observational_registration_with_no_intervention_registers_no_exposure() -> None:
    f, g = judge_registration(
        registration(
            title="Naturalistic Follow-Up of Low-Dose Naltrexone Users After a Depression Trial",
            status="ACTIVE_NOT_RECRUITING",
            study_type="OBSERVATIONAL",
            summary=(
                "Adults who completed a randomized trial of low-dose naltrexone for "
                "depression are followed for one year. Whether they continue naltrexone, "
                "and with which antidepressant, is decided by them and their clinicians."
            ),
            description=(
                "Staff record whether participants continue low-dose naltrexone (1.5 to "
                "4.5 mg/day, by prescription) and which SSRI they take. The MADRS is "
                "rated every three months. Seventy completers are expected to enrol."
            ),
            enrollment=70,
            arms=[
                {
                    "label": "Trial completers",
                    "description": "Completers of the parent trial.",
                    "interventionNames": ["Other: No intervention (observation)"],
                }
            ],
            interventions=[{"type": "OTHER", "name": "No intervention (observation)"}],
        )
    )
    assert f.on_topic is True
    assert f.design == "observational"
    assert g["larger-trials"] == "no"


def test_an_interventional_registration_giving_another_drug_is_still_off_topic() -> None:
    # (control: a trial whose arms give only ketamine does not give naltrexone)
    f, _ = judge_registration(
        registration(
            title="Ketamine in Treatment-Resistant Depression",
            summary=(
                "Adults with treatment-resistant depression receive ketamine infusions. "
                "Prior use of low-dose naltrexone is recorded."
            ),
            allocation="RANDOMIZED",
            enrollment=40,
            arms=[("Ketamine", "EXPERIMENTAL", "Ketamine 0.5 mg/kg.", ["Ketamine"])],
            interventions=[{"type": "DRUG", "name": "Ketamine"}],
        )
    )
    assert f.on_topic is False
