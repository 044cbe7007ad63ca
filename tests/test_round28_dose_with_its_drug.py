"""Round 28 (c28a): a dose belongs to the drug it is written with, however that drug's
name is capitalised. Registry23 NCT07600013 registered "Buprenorphine 4 mg sublingual +
naltrexone 50 mg oral daily" (the buprenorphine-naltrexone kappa strategy, standard-dose
naltrexone): the capitalised "Buprenorphine" opening the arm's description was not read as
a drug, so its 4 mg went to the "NTX" of the arm label "BUP/NTX" and the record was read as
one LDN dose against 50 mg (on-topic, a false larger-trials "in_progress"). A true LDN
trial whose people take buprenorphine for another reason stays on-topic (CONTRACT.md: on
topic if participants receive LDN)."""

from __future__ import annotations

from typing import Any

import pytest
from written import LEX, RCT, RULES, TRIAL, drug, facts, gaps, registration

from ldn_watch.assessor import assess_record
from ldn_watch.sources.ctgov.parse import parse_study

TITLE = "Buprenorphine and naltrexone for anhedonia in major depression: a randomised trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Seventy adults with major depression were randomised. BUP/NTX arm: Buprenorphine 4 mg "
        "sublingual + naltrexone 50 mg oral daily for 6 weeks. Control arm: placebo.",
        "Seventy adults with major depression were randomised. NTX group: Buprenorphine 2 mg "
        "with naltrexone 50 mg daily; the other group received placebo.",
        "Seventy adults with major depression were randomised. Active (BUP/NTX): Naltrexone "
        "50 mg/Buprenorphine 8 mg daily, or matching placebo.",
    ],
)
def test_a_capitalised_other_drug_owns_its_dose(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: SHAPS and MADRS scores improved."
    f = facts(TITLE, abstract, RCT)
    assert 4.0 not in f.ldn_doses_mg and 2.0 not in f.ldn_doses_mg and 8.0 not in f.ldn_doses_mg
    assert not f.on_topic
    assert gaps(TITLE, abstract, RCT) == {}


def test_ldn_with_buprenorphine_taken_for_pain_stays_on_topic() -> None:
    title = "Low-dose naltrexone for depression in chronic pain: an open trial"
    abstract = (
        "Methods: Fifty-two adults with major depressive disorder and chronic pain took "
        "naltrexone 4.5 mg nightly for 12 weeks. Many also took Buprenorphine 8 mg daily for "
        "pain.\nResults: MADRS fell by 9 points."
    )
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
    assert gaps(title, abstract, TRIAL) == {"larger-trials": "addressed"}


def _registration(arm: str, interventions: list[tuple[str, str]]) -> dict[str, Any]:
    return registration(
        nct="NCT09999902",
        title="Buprenorphine Plus Naltrexone for Anhedonic Depression",
        summary="Buprenorphine with naltrexone blocks mu-opioid effects and "
        "leaves kappa antagonism; tested against placebo in major depression.",
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        model="PARALLEL",
        enrollment=80,
        arms=[
            ("BUP/NTX", "EXPERIMENTAL", arm, [n for n, _ in interventions]),
            ("Placebo", "PLACEBO_COMPARATOR", "Double placebo", ["Placebo"]),
        ],
        interventions=[drug(n, d, ["BUP/NTX"]) for n, d in interventions],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder"
        "\n* MADRS >= 20\n\nExclusion Criteria:\n\n* Opioid use disorder",
        has_results=None,
        outcomesModule={"primaryOutcomes": [{"measure": "MADRS change", "timeFrame": "6 weeks"}]},
    )


@pytest.mark.parametrize(
    ("arm", "interventions"),
    [
        (
            "Buprenorphine 4 mg sublingual + naltrexone 50 mg oral daily for 6 weeks",
            [("Buprenorphine", "4 mg SL"), ("Naltrexone", "50 mg tablet")],
        ),
        (
            "Buprenorphine 2 mg with naltrexone 50 mg each morning",
            [("Buprenorphine", "2 mg sublingual tablet"), ("Naltrexone", "50 mg")],
        ),
        (
            "Naltrexone 50 mg/Buprenorphine 8 mg once daily",
            [("Naltrexone", "50 mg oral"), ("Buprenorphine", "8 mg film")],
        ),
    ],
)
def test_a_registered_buprenorphine_naltrexone_arm_is_not_ldn(
    arm: str, interventions: list[tuple[str, str]]
) -> None:
    a, _ = assess_record(parse_study(_registration(arm, interventions)), LEX, RULES)
    assert not a.facts.on_topic
    assert all(v == "no" for v in a.gaps.values())
