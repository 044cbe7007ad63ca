"""A pharmacokinetic or receptor-occupancy model that simulates the drug's regimens,
built from others' data and modelling no mood outcome, gives the drug to nobody: it is
off-topic, however its title names depression (round 41, c41a; shown by preprints37
PPR6200022, PK/PD modelling of mu-opioid occupancy to choose an LDN dose for depression
trials). Real trials that model their own people's plasma levels, and models of the
condition's course, keep their verdicts."""

from __future__ import annotations

import pytest
from written import RCT, facts

PREPRINT = ("Preprint",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Selecting a dose of low-dose naltrexone for depression trials: pharmacokinetic-"
            "pharmacodynamic modelling of mu-opioid receptor occupancy",
            "Trials of low-dose naltrexone (LDN) in depression and other conditions have used "
            "doses between 1 and 4.5 mg/day with little pharmacological justification. We built "
            "a population pharmacokinetic model for naltrexone and 6-beta-naltrexol from "
            "published concentration-time data (24 healthy volunteers from three prior studies) "
            "and linked it to mu-opioid receptor occupancy estimated from PET studies. We "
            "simulated occupancy-time profiles for once-daily doses of 0.5, 1, 1.5, 3, 4.5 and "
            "6 mg. Doses of 1.5 mg or less produced transient (<8 h) occupancy above 50%, "
            "whereas 4.5 mg maintained occupancy above 80% for about 12 hours. We propose a "
            "dose-finding design for future depression trials.",
        ),
        # probes: other words, other doses, the passive
        (
            "Plasma exposure of low-dose naltrexone in depression: a PK/PD modelling study",
            "Low-dose naltrexone is used off-label for major depression. Using literature "
            "pharmacokinetic parameters, we developed a PK/PD model of naltrexone. "
            "Concentration profiles were simulated for 1 mg, 2 mg and 4.5 mg taken at bedtime. "
            "Night-time exposure was proportional to dose.",
        ),
        (
            "How much naltrexone blocks the receptor? An occupancy model for low-dose use in "
            "depressive disorders",
            "We fitted an occupancy model to published receptor binding data and ran "
            "simulations of receptor occupancy at each dose from 0.25 to 6 mg daily. Doses "
            "below 2 mg gave occupancy under 60% by the morning.",
        ),
    ],
)
def test_a_model_simulating_doses_gives_the_drug_to_nobody(title: str, abstract: str) -> None:
    f = facts(title, abstract, PREPRINT)
    assert f.on_topic is False
    assert not f.compares_doses


def test_a_trial_that_models_its_own_peoples_levels_stays_on_topic() -> None:
    f = facts(
        "Low-dose naltrexone 1 mg versus 4.5 mg in major depression: a randomised trial",
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "1 mg or 4.5 mg daily for 8 weeks. Plasma levels were analysed with a population "
        "pharmacokinetic model and exposures were simulated for each dose.\n"
        "Results: MADRS scores fell by 9 and 11 points.",
        RCT,
    )
    assert (f.on_topic, f.design, f.compares_doses) == (True, "rct", True)


def test_a_model_of_the_conditions_course_keeps_the_models_rule() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a pharmacokinetic-pharmacodynamic model of "
        "HAM-D response",
        "We built a pharmacokinetic-pharmacodynamic model linking naltrexone exposure to "
        "HAM-D scores reported in published trials, and simulated doses of 1 and 4.5 mg. "
        "Predicted remission rates were 21% and 28%.",
        PREPRINT,
    )
    assert f.on_topic is True
