"""Four kinds met in blind batch 93 (registry94, preprints93). Session 42, lead.

- A trial withdrawn before enrolment, told as a plan never carried out ("The planned study
  would have randomized 150 participants ...; No participants were enrolled"), was read as
  a record without people: off-topic, doses and co-medication lost (registry94
  NCT00070011). It is the protocol it registered.
- A registry intervention listing what a product comes in ("capsules; 1.5 mg, 3 mg and
  4.5 mg strengths") made a fixed titration's steps into doses, and "this dose escalation
  is fixed" into a dose comparison (NCT00070001).
- A titration's step and the dose it reaches, each with its unit, with the dose's own
  frequency after ("increased weekly by 1 mg to 4.5 mg daily") lost the dose reached: the
  range was read as step sizes (NCT00070004).
- A records study's kept sample told without a noun at the end of its clause ("305 were
  screened and 214 met inclusion criteria (mean age 44 years)") was not counted; an arm's
  size was taken for the study's n (preprints93 PPR0620006).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, arm, drug, facts, judge_registration, registration

TRIAL_TITLE = "Adjunctive low-dose naltrexone in major depressive disorder: a randomized trial"


# ---------------------------------------------------------- a plan never carried out
@pytest.mark.parametrize(
    "plan",
    [
        "The planned study would have randomized 150 adults with major depression taking an "
        "SSRI to naltrexone 1.5 mg, 3 mg or 4.5 mg once daily or placebo for 10 weeks.",
        "This study was planned to compare naltrexone 1.5 mg, 3 mg and 4.5 mg daily with "
        "placebo in 150 adults with major depression taking an SSRI.",
        "150 adults with major depression taking an SSRI would have been randomised to "
        "naltrexone 1.5 mg, 3 mg or 4.5 mg daily or placebo for 10 weeks.",
        "The trial was planned to randomize 150 adults with major depression taking an SSRI "
        "to naltrexone 1.5 mg, 3 mg or 4.5 mg daily or placebo.",
        "Participants would have been allocated to naltrexone 1.5 mg, 3 mg or 4.5 mg daily or "
        "placebo, added to their SSRI, for 10 weeks (150 adults with major depression).",
    ],
)
def test_a_withdrawn_plan_is_a_protocol(plan: str) -> None:
    f = facts(
        TRIAL_TITLE,
        f"{plan} The primary outcome was change in MADRS. No participants were enrolled.",
    )
    assert f.on_topic is True
    assert f.design == "protocol"
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.concomitant_classes == ["serotonergic"]


def test_a_methods_paper_without_people_stays_without_them() -> None:
    """Near miss: no plan of a trial, only the record's word that nobody took part."""
    f = facts(
        "Compounding low-dose naltrexone 4.5 mg capsules for depression: a stability study",
        "We measured the stability of compounded naltrexone 4.5 mg capsules over 90 days. "
        "No participants were enrolled. Potency stayed above 95% at every time point.",
    )
    assert f.on_topic is False
    assert f.design != "protocol"


def test_a_withdrawn_registration_keeps_its_arms() -> None:
    study = registration(
        title="Low-Dose Naltrexone Added to SSRIs for Depression",
        status="WITHDRAWN",
        description="The planned study would have randomized 150 participants to naltrexone "
        "1.5 mg or 4.5 mg once daily or placebo for 10 weeks, in addition to a stable SSRI. "
        "No participants were enrolled.",
        allocation="RANDOMIZED",
        enrollment=0,
        enrollment_type="ACTUAL",
        arms=[
            arm("Naltrexone 1.5 mg", description="Naltrexone 1.5 mg daily plus SSRI."),
            arm("Naltrexone 4.5 mg", description="Naltrexone 4.5 mg daily plus SSRI."),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo daily plus SSRI.", ["Placebo"]),
        ],
        outcomes=["Change in MADRS"],
    )
    f, gaps = judge_registration(study)
    assert f.on_topic is True
    assert f.design == "protocol"
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps["dose-finding"] == "no"  # withdrawn: stopped, no gap in progress


# ------------------------------------------------------------- strengths listed as such
TITRATION = (
    "Ninety-six adults with major depression taking an SSRI will be randomized 1:1 to "
    "naltrexone or placebo for 8 weeks. Naltrexone is started at 1.5 mg at bedtime, "
    "increased to 3 mg after one week and to the target of 4.5 mg after two weeks; this "
    "dose escalation is fixed and not response-guided. The primary outcome is MADRS change."
)


@pytest.mark.parametrize(
    "product",
    [
        "Compounded naltrexone hydrochloride capsules; 1.5 mg, 3 mg and 4.5 mg strengths.",
        "Naltrexone capsules in 1.5 mg, 3 mg and 4.5 mg strengths, titrated to 4.5 mg/day.",
        "Supplied as 1.5, 3 and 4.5 mg strengths.",
        "Oral capsules (1.5 mg and 3 mg strengths) used for the titration.",
        "Capsules of 1.5 mg, 3 mg or 4.5 mg capsule strengths.",
    ],
)
def test_strengths_a_product_comes_in_are_no_doses(product: str) -> None:
    f = facts(TRIAL_TITLE, f"{TITRATION}\n{product}", PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False


def test_a_registered_titration_with_its_strengths_compares_no_doses() -> None:
    study = registration(
        title="Low-Dose Naltrexone Added to SSRI or SNRI Treatment in Major Depression",
        description=TITRATION,
        allocation="RANDOMIZED",
        enrollment=96,
        arms=[
            arm(
                "Low-dose naltrexone",
                description="Naltrexone 1.5 mg at bedtime for 7 days, 3 mg for 7 days, then "
                "4.5 mg once daily at bedtime through week 8, added to the current SSRI.",
            ),
            arm("Placebo", "PLACEBO_COMPARATOR", "Identical placebo capsules.", ["Placebo"]),
        ],
        interventions=[
            drug(
                "Naltrexone",
                "Compounded naltrexone hydrochloride capsules; 1.5 mg, 3 mg and 4.5 mg "
                "strengths; titrated to 4.5 mg/day.",
                ["Low-dose naltrexone"],
            )
        ],
        outcomes=["Change in MADRS total score"],
    )
    f, gaps = judge_registration(study)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False
    assert gaps["dose-finding"] == "no"
    assert gaps["serotonergic-combination"] == "in_progress"


@pytest.mark.parametrize(
    ("trial", "doses"),
    [
        # one strength named as an arm: a dose taken (holdout189 20800009)
        (
            "Forty-six outpatients with depression were randomised double-blind to one of two "
            "naltrexone strengths taken nightly for 8 weeks. Compared with 1.5 mg, the 4.5 mg "
            "strength produced a greater MADRS reduction (-10.4 vs -6.2 points).",
            [1.5, 4.5],
        ),
        (
            "Forty-six outpatients with depression were randomised to naltrexone 1.5 mg or "
            "4.5 mg nightly for 8 weeks; the 4.5 mg strength was dispensed as one capsule. "
            "MADRS fell more with 4.5 mg.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_strength_taken_stays_a_dose(trial: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in depression: a randomised trial", trial)
    assert f.ldn_doses_mg == doses


# -------------------------------------------------- a step and the dose it reaches
@pytest.mark.parametrize(
    ("schedule", "target"),
    [
        ("Naltrexone 1 mg daily, increased weekly by 1 mg to 4.5 mg daily by week 5.", 4.5),
        ("Naltrexone was started at 1 mg and increased by 1 mg to 4.5 mg nightly by week 5.", 4.5),
        ("Naltrexone 0.5 mg, titrated weekly by 0.5 mg to 3 mg daily.", 3.0),
        ("LDN began at 1.5 mg and was raised by 1.5 mg to 4.5 mg nightly.", 4.5),
        ("Naltrexone 1 mg daily, increased by 1 mg to 4 mg daily; continued to week 16.", 4.0),
    ],
)
def test_the_dose_a_step_reaches_is_kept(schedule: str, target: float) -> None:
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "In this trial, 120 adults with major depression will be randomised 1:1 to naltrexone "
        f"or placebo. {schedule} The primary outcome is MADRS change.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [target]


def test_a_range_of_step_sizes_is_no_dose() -> None:
    """Near miss: "by 0.5-1 mg weekly" is how large each step is, not a dose."""
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "In this trial, 120 adults with major depression will be randomised to naltrexone "
        "or placebo. Naltrexone is started at 1.5 mg and increased by 0.5-1 mg weekly up to "
        "4.5 mg nightly. The primary outcome is MADRS change.",
        PROTOCOL,
    )
    assert 0.5 not in f.ldn_doses_mg and 1.0 not in f.ldn_doses_mg


# ------------------------------------------------------- a records study's kept sample
@pytest.mark.parametrize(
    "funnel",
    [
        "Records of 305 patients were screened and 214 met inclusion criteria (mean age 44).",
        "Records of 305 patients were screened and 214 met inclusion criteria.",
        "Of 305 charts reviewed, 214 met the inclusion criteria; 68% were women.",
        "305 records were screened and 214 met eligibility criteria (68% women).",
        "305 charts were screened; 214 met all study criteria.",
    ],
)
def test_those_who_met_the_criteria_are_the_cohort(funnel: str) -> None:
    f = facts(
        "Adjunctive low-dose naltrexone in treatment-resistant depression: a retrospective cohort",
        "Methods: We reviewed electronic health records of adults with treatment-resistant "
        "depression who started LDN 4.5 mg between 2019 and 2024.\n"
        f"Results: {funnel} Improvement was similar with 3 mg (n=88) and 4.5 mg (n=126). "
        "Mean PHQ-9 fell from 17.8 to 12.9.",
    )
    assert f.n == 214


def test_criteria_met_before_a_later_stage_leave_the_later_count() -> None:
    """Near miss: in a trial, those who met criteria are a pool when a randomised count
    follows them in the same sentence."""
    f = facts(
        TRIAL_TITLE,
        "Of 120 adults screened, 60 met inclusion criteria and 48 were randomised to "
        "naltrexone 4.5 mg or placebo added to their SSRI for 8 weeks. MADRS fell more with "
        "naltrexone.",
    )
    assert f.n == 48


def test_a_registration_saying_nobody_took_part_is_still_its_arms_protocol() -> None:
    """The text alone says only that nobody took part; the registry's arms say what the
    withdrawn trial would have given (structure before text)."""
    study = registration(
        title="Low-Dose Naltrexone for Major Depression",
        status="WITHDRAWN",
        description="Sponsor decision. No participants were enrolled.",
        allocation="RANDOMIZED",
        enrollment=0,
        enrollment_type="ACTUAL",
        arms=[
            arm("LDN", description="Naltrexone 4.5 mg nightly for 8 weeks."),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo nightly.", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "Oral capsules.", ["LDN"])],
        outcomes=["Change in MADRS"],
    )
    f, _ = judge_registration(study)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [4.5]
