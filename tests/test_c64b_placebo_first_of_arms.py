"""Round 64, c64b: a placebo named first among the alternatives people were assigned to
("randomly assigned to placebo, 0.5 mg, 1.5 mg or 3 mg") is an arm of its own; the doses
after it are the next arms', not the placebo's, so they are the studied drug's. They were
credited to the placebo (no dose), which lost a dose-finding trial. Found by round 63's
probes (no record)."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, judge_registration, registration

LDN = "Low-dose naltrexone for major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses"),
    [
        # round 63's wording, in the methods
        (
            LDN,
            "Methods: Adults with major depressive disorder were randomly assigned to "
            "placebo, 0.5 mg, 1.5 mg or 3 mg.\nResults: 80 patients were randomized. MADRS "
            "improved.",
            RCT,
            [0.5, 1.5, 3.0],
        ),
        # probe: a title without "low-dose", "or" before the last arm, the size first
        (
            "Naltrexone in major depressive disorder: a randomised dose-ranging trial",
            "Methods: 120 adults with major depressive disorder were randomised to placebo, "
            "1 mg, 2 mg, or 4 mg nightly.\nResults: MADRS fell most with 4 mg.",
            RCT,
            [1.0, 2.0, 4.0],
        ),
        # probe: an unlabelled abstract, "placebo or" then the dose list
        (
            LDN,
            "Adults with major depressive disorder were randomised to placebo or 2 mg, 3 mg "
            "or 4.5 mg nightly. Of 96 randomised, MADRS fell most with 4.5 mg.",
            RCT,
            [2.0, 3.0, 4.5],
        ),
        # probe: a ratio before the list, two doses, in the results
        (
            LDN,
            "Methods: Adults with major depressive disorder took part.\nResults: 90 patients "
            "were randomly assigned (1:1:1) to placebo, 2 mg or 4.5 mg nightly; MADRS improved.",
            RCT,
            [2.0, 4.5],
        ),
        # probe: a protocol, "allocated to"
        (
            "Naltrexone at three doses in major depressive disorder: protocol",
            "Methods: 150 adults with major depressive disorder will be allocated to placebo, "
            "1.5 mg, 3 mg or 4.5 mg once daily. The primary outcome is the MADRS.",
            PROTOCOL,
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_doses_after_a_placebo_arm_are_the_drugs(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float]
) -> None:
    f = facts(title, abstract, types)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_a_registration_summary_with_the_placebo_first() -> None:
    f, gaps = judge_registration(
        registration(
            title="Naltrexone Doses in Depression",
            summary="Adults with major depressive disorder are randomly assigned to placebo, "
            "1 mg, 2.5 mg or 4.5 mg of study drug for 8 weeks.",
            interventions=[
                {"type": "DRUG", "name": "Naltrexone"},
                {"type": "DRUG", "name": "Placebo"},
            ],
            enrollment=120,
            allocation="RANDOMIZED",
        )
    )
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]
    assert gaps["dose-finding"] == "in_progress"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # near miss: another drug's trial, its doses after placebo are not naltrexone's
        (
            "Brexpiprazole augmentation in major depressive disorder: a randomised trial",
            "Methods: Adults with major depressive disorder were randomised to placebo, 1 mg "
            "or 2 mg daily. Concomitant naltrexone was not permitted.\nResults: 300 patients "
            "were randomised.",
        ),
        # near miss: standard doses after the placebo stay off-topic
        (
            "Naltrexone for alcohol use disorder with depressive symptoms",
            "Methods: Adults were randomised to placebo, 25 mg or 50 mg of naltrexone.\n"
            "Results: 120 were randomised; depression scores fell.",
        ),
        (
            "Naltrexone for alcohol use disorder with depressive symptoms",
            "Methods: Adults with major depressive disorder were randomised to placebo, 25 "
            "mg or 50 mg.\nResults: 120 were randomised; depression scores fell.",
        ),
    ],
)
def test_near_misses_stay_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert f.ldn_doses_mg == []


def test_a_placebo_lead_in_is_no_arm() -> None:
    f = facts(
        LDN,
        "Methods: 96 adults with major depressive disorder took naltrexone 4.5 mg after a "
        "placebo lead-in, 1 week.\nResults: MADRS fell.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
