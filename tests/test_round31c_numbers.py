"""Round 31 (c): n and doses from batch 20 (holdout89-90, preprints24), each kind said in
words of our own as well as the record's."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

# -- an amended protocol's current arms, after an unknown inline heading (holdout89)

AMENDED = "Low-dose naltrexone in treatment-resistant depression: protocol amendment"
STUDY = (
    "Background: LOWER-D is a placebo-controlled dose-ranging trial of low-dose naltrexone "
    "in adults with treatment-resistant depression. "
)


@pytest.mark.parametrize(
    ("rest", "doses"),
    [
        # the record's kind: "Amendment:" inline, an arm dropped and one added
        (
            "Amendment: After a blinded interim review, the 0.5 mg arm was discontinued and a "
            "3 mg arm added. Participants are now randomised 1:1:1:1 to naltrexone 1.5 mg, "
            "3 mg or 4.5 mg daily, or placebo.",
            [1.5, 3.0, 4.5],
        ),
        # another heading, another wording
        (
            "Protocol changes: The 1 mg group was dropped for slow recruitment. From March "
            "2026 participants are allocated to naltrexone 2 mg or 4.5 mg nightly or to "
            "placebo.",
            [2.0, 4.5],
        ),
        (
            "Update: Enrolment to the 6 mg arm has been halted. New participants receive "
            "naltrexone 1 mg or 3 mg once daily, or a matching placebo.",
            [1.0, 3.0],
        ),
    ],
)
def test_an_unknown_inline_heading_ends_the_background(rest: str, doses: list[float]) -> None:
    assert facts(AMENDED, STUDY + rest, PROTOCOL).ldn_doses_mg == doses


# -- a pharmacometric simulation: virtual people and simulated regimens (preprints24)

SIMULATED = "Low-dose naltrexone dosing in depression: a pharmacokinetic modelling study"


@pytest.mark.parametrize(
    "abstract",
    [
        # the record's kind: a model built on others' volunteers, run on virtual adults
        "Methods: We built a population pharmacokinetic model from published data (32 healthy "
        "volunteers in two phase 1 studies) and simulated 1,000 virtual adults for each of "
        "five regimens (0.5, 1, 2, 3 and 4.5 mg once daily).\nResults: Trough occupancy ranged "
        "from 8% (0.5 mg) to 71% (4.5 mg).",
        # in silico trials in virtual patients
        "Methods: A physiologically based pharmacokinetic model was used to run in silico "
        "trials in which 500 virtual patients received naltrexone 1 mg, 2 mg or 4.5 mg daily."
        "\nResults: Only 4.5 mg produced near-complete nocturnal blockade.",
        # a generated population, the regimens as scenarios
        "Methods: A virtual population of 2,000 individuals was generated from the model and "
        "dosing scenarios of naltrexone 1.5 mg and 3 mg at bedtime were compared.\nResults: "
        "Occupancy at 3 mg was twice that at 1.5 mg.",
        # the simulated people counted, said after the verb
        "Methods: Simulations in 800 simulated subjects compared naltrexone 0.5 mg with 4.5 mg "
        "once daily.\nResults: Receptor occupancy rose with dose.",
    ],
)
def test_simulated_people_and_regimens_are_no_participants_and_no_doses(abstract: str) -> None:
    f = facts(SIMULATED, abstract)
    assert f.n is None
    assert f.ldn_doses_mg == []


def test_a_trial_run_remotely_keeps_its_people() -> None:
    # "virtual" visits or a virtual trial are real people seen remotely
    f = facts(
        "Low-dose naltrexone for depression: a fully virtual randomised trial",
        "Methods: In this virtual trial, 84 adults with major depression were randomised to "
        "naltrexone 4.5 mg or placebo nightly, with video visits.\nResults: MADRS fell more "
        "with naltrexone.",
        ("Randomized Controlled Trial",),
    )
    assert f.n == 84
    assert f.ldn_doses_mg == [4.5]


# -- a dose given up before the study, told after the study's dose (preprints24)

SERIES = "Naltrexone 3 mg twice daily in treatment-resistant depression: a case series"
KEPT = (
    "Case presentation: We describe three patients on vortioxetine who received naltrexone "
    "3 mg twice daily for at least 12 weeks; MADRS scores fell in all three. "
)


@pytest.mark.parametrize(
    "history",
    [
        # the record's kind
        "Two patients had been unable to tolerate 4.5 mg at night because of sleep "
        "disturbance but tolerated divided daytime dosing.",
        # the person's own stop, in the pluperfect, said otherwise
        "Both had previously stopped naltrexone 4.5 mg at bedtime because of nightmares.",
        # the dose as the subject of the stop
        "An earlier regimen of 4.5 mg at bedtime had been poorly tolerated by all three.",
    ],
)
def test_a_dose_given_up_before_the_study_is_not_its_dose(history: str) -> None:
    assert facts(SERIES, KEPT + history).ldn_doses_mg == [6.0]


def test_people_who_stopped_an_arm_leave_its_dose() -> None:
    f = facts(
        "Naltrexone 1.5 mg or 4.5 mg for depression: a randomised trial",
        "Methods: 90 adults were randomised to naltrexone 1.5 mg or 4.5 mg nightly or placebo."
        "\nResults: In the 4.5 mg arm, six participants had been withdrawn by week 4 for "
        "insomnia; MADRS fell more with 1.5 mg.",
        ("Randomized Controlled Trial",),
    )
    assert f.ldn_doses_mg == [1.5, 4.5]


# -- a pre-results document's actual count once recruitment is over (holdout90)

SAP = (
    "Statistical analysis plan for CALM-D, a randomised trial of low-dose naltrexone in depression"
)
PLAN = (
    "Background: CALM-D (NCT07110234) is a double-blind trial randomising 330 adults with "
    "major depressive disorder to nightly naltrexone 1.5 mg, 4.5 mg or placebo for 12 weeks. "
    "This article sets out the statistical analysis plan.\nMethods: The primary outcome is "
    "MADRS change at week 12, analysed with a mixed model. "
)


@pytest.mark.parametrize(
    ("status", "n"),
    [
        # the record's kind
        (
            "Recruitment closed in July 2025 with 318 participants randomised; no outcome data "
            "are reported here.",
            318,
        ),
        # the close as a noun, the count in the pluperfect
        ("By the close of enrolment in June 2025, 302 adults had been randomised.", 302),
        # the trial as the subject of the completion
        ("The trial completed recruitment in May 2025 with 296 participants.", 296),
        # a close still ahead: the plan stands
        (
            "Recruitment is expected to close in 2026, when 330 adults will have been randomised.",
            330,
        ),
        # an accrual so far: the plan stands
        ("By July 2025, 211 participants had been randomised and recruitment continues.", 330),
    ],
)
def test_a_count_once_recruitment_is_over_beats_the_plan(status: str, n: int) -> None:
    assert facts(SAP, PLAN + status).n == n
