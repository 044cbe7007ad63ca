"""Dose-finding precision on registrations, round 21 (red-team probes, no set): a
registration's arms are its structured statement of who takes what, so one arm given one
dose compares no doses whatever its title or keywords call the study, while arms given
different doses, a crossover of two doses and sequential dose cohorts do compare them."""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()
CRITERIA = (
    "Inclusion Criteria:\n\n* Adults aged 18 to 65 with major depressive disorder (DSM-5)\n\n"
    "Exclusion Criteria:\n\n* Current opioid use"
)


def _arm(label: str, description: str, kind: str = "EXPERIMENTAL") -> dict[str, Any]:
    return {
        "label": label,
        "type": kind,
        "description": description,
        "interventionNames": ["Drug: Naltrexone"],
    }


def _registration(
    title: str,
    summary: str,
    arms: list[dict[str, Any]],
    *,
    allocation: str = "NA",
    keywords: tuple[str, ...] = (),
) -> dict[str, Any]:
    return registration(
        title=title,
        official_title=title,
        summary=summary,
        phases=["PHASE2"],
        allocation=allocation,
        enrollment=40,
        arms=arms,
        interventions=[drug("Naltrexone", "Low-dose naltrexone", [a["label"] for a in arms])],
        outcomes=["Change in MADRS total score"],
        criteria=CRITERIA,
        conditionsModule={
            "conditions": ["Major Depressive Disorder"],
            "keywords": list(keywords),
        },
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    ("title", "summary", "arm", "keywords"),
    [
        # the title and keywords call a one-dose pilot dose-finding
        (
            "Low-Dose Naltrexone for Depression: a Dose-Finding Pilot",
            "This pilot study gives low-dose naltrexone 4.5 mg once daily to adults with "
            "major depression for 8 weeks.",
            "Naltrexone 4.5 mg once daily at bedtime for 8 weeks.",
            ("dose-finding", "low dose naltrexone"),
        ),
        # "optimal dose" in the title of a fixed titration to one target
        (
            "Optimal Dose Titration of LDN in Depression",
            "Single-arm study. Low-dose naltrexone is titrated from 1.5 mg to 3 mg to the "
            "target dose of 4.5 mg over three weeks.",
            "Naltrexone titrated 1.5 mg, 3 mg, 4.5 mg daily over 3 weeks, then 4.5 mg to week 12",
            (),
        ),
        # a dose-response keyword on a one-dose study
        (
            "Low-Dose Naltrexone in Major Depression",
            "Open-label study of low-dose naltrexone 3 mg nightly for 12 weeks.",
            "Naltrexone 3 mg nightly for 12 weeks",
            ("dose-response", "naltrexone"),
        ),
    ],
)
def test_one_arm_given_one_dose_compares_none_whatever_it_is_called(
    title: str, summary: str, arm: str, keywords: tuple[str, ...]
) -> None:
    f = _facts(_registration(title, summary, [_arm("LDN", arm)], keywords=keywords))
    assert f.on_topic
    assert len(f.ldn_doses_mg) == 1
    assert f.compares_doses is False


@pytest.mark.parametrize(
    ("title", "summary", "arm"),
    [
        # one arm taking two doses in random order, compared within person
        (
            "Two Doses of LDN in Depression: a Crossover",
            "Randomised crossover: each participant takes low-dose naltrexone 1.5 mg daily "
            "and 4.5 mg daily for 4 weeks each, in random order.",
            "Naltrexone 1.5 mg daily for 4 weeks, washout, then 4.5 mg daily for 4 weeks, "
            "in random order",
        ),
        # one arm escalated with every step assessed
        (
            "Dose-Escalation Study of LDN in Depression",
            "Open-label dose-escalation study of low-dose naltrexone in major depression. "
            "Each dose level (1.5 mg, 3 mg, 4.5 mg) is given for 2 weeks and response is "
            "assessed at each level.",
            "Naltrexone 1.5 mg daily for 2 weeks, then 3 mg daily for 2 weeks, then 4.5 mg "
            "daily for 2 weeks; response assessed at each dose level",
        ),
        # a dose-finding escalation whose arm names only the top of it
        (
            "Dose-Finding Study of Low-Dose Naltrexone in Depression",
            "Dose-finding study: low-dose naltrexone starts at 0.5 mg daily and is escalated "
            "in 0.5 mg steps every week up to 4.5 mg; the lowest effective dose is "
            "determined for each participant.",
            "Naltrexone escalated from 0.5 mg to 4.5 mg daily",
        ),
    ],
)
def test_one_arm_taking_several_doses_in_dose_finding_work_still_compares(
    title: str, summary: str, arm: str
) -> None:
    f = _facts(_registration(title, summary, [_arm("LDN", arm)]))
    assert f.on_topic
    assert f.compares_doses is True


def test_three_fixed_dose_arms_compare_doses() -> None:
    arms = [_arm(f"LDN {d} mg", f"Naltrexone {d} mg daily") for d in ("1.5", "3", "4.5")]
    f = _facts(
        _registration(
            "Three Doses of LDN in Depression",
            "Adults with depression are randomised to low-dose naltrexone 1.5 mg, 3 mg or "
            "4.5 mg daily for 8 weeks.",
            arms,
            allocation="RANDOMIZED",
        )
    )
    assert f.compares_doses is True
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]


def test_sequential_dose_cohorts_of_an_interventional_registration_compare_doses() -> None:
    # "cohorts" reads as an observational study whose people are not said to take the
    # drug; the registration is interventional and every arm gives it
    arms = [
        _arm(f"Cohort {i}", f"Naltrexone {d} mg daily") for i, d in enumerate(("1.5", "3", "4.5"))
    ]
    f = _facts(
        _registration(
            "Dose-Escalation Study of LDN in Depression",
            "Sequential dose cohorts: the first cohort of 8 receives 1.5 mg daily, the next "
            "3 mg, the last 4.5 mg; each cohort is assessed for safety and response before "
            "escalation.",
            arms,
            allocation="NON_RANDOMIZED",
        )
    )
    assert f.on_topic
    assert f.compares_doses is True
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]


def test_an_observational_registration_still_needs_its_people_to_take_the_drug() -> None:
    # the overruling is the interventional structure's: an observational registration
    # whose text says nobody takes the drug keeps its reading
    study = _registration(
        "Opioid Tone in Depression: a Cohort Study",
        "A cohort of adults with depression undergoes PET imaging. Naltrexone has been "
        "proposed as a treatment at low doses (1.5-4.5 mg).",
        [_arm("Depressed adults", "Adults with major depression")],
    )
    design = study["protocolSection"]["designModule"]
    design["studyType"] = "OBSERVATIONAL"
    del design["designInfo"], design["phases"]
    assert _facts(study).on_topic is False


@pytest.mark.parametrize("past", ["Previously", "Prior", "Formerly"])
def test_extension_arms_labelled_by_the_parent_assignment_compare_no_doses(past: str) -> None:
    # an open-label extension labels its arms by what people were randomised to before;
    # everyone now takes one dose
    arms = [
        _arm(
            f"{past} LDN {d} mg",
            f"Participants previously randomised to naltrexone {d} mg; now receive "
            "naltrexone 4.5 mg daily",
        )
        for d in ("1.5", "4.5")
    ]
    f = _facts(
        _registration(
            "Open-Label Extension of an LDN Trial in Depression",
            "Participants completing the parent trial receive open-label low-dose naltrexone "
            "4.5 mg daily for 24 weeks, whatever their earlier assignment.",
            arms,
            allocation="NON_RANDOMIZED",
        )
    )
    assert f.on_topic
    assert f.compares_doses is False
    assert f.ldn_doses_mg == [4.5]
