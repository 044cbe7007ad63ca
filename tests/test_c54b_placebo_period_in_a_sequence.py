"""A placebo that is one period of a written sequence owns no dose: the dose of the next
period is the watched drug's.

Kind: a crossover writes each sequence of periods as a list ("4.5 mg, then placebo, then
0.5 mg", "Placebo, then 0.5 mg, then 4.5 mg", "placebo followed by 1 mg, then 4 mg"),
often without naming the drug in that list (a registration's arm description, a
sequence in a methods section). A placebo has no dose of its own; one with no active
drug named before it used to take the doses after it, so a level given only after the
placebo period was lost. Both levels are the drug's, compared within person. A placebo
with an active drug named before it ("sertraline 50 mg, then placebo, then 100 mg")
still hands its doses to that drug.

Round 54, c54b; the record that showed it: registry52 NCT04300015 ("Crossover Comparison
of Ultra-Low and Low-Dose Naltrexone in SSRI-Treated Depression", arms "4.5 mg, then
placebo, then 0.5 mg", "Placebo, then 0.5 mg, then 4.5 mg").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, completed_registration, facts

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()


def _crossover(arms: list[tuple[str, str]], summary: str) -> dict[str, Any]:
    study = completed_registration(
        nct="NCT01234571",
        official_title="A Three-Period Crossover Trial of Naltrexone as Add-on to SSRIs in "
        "Major Depressive Disorder",
        summary=summary,
        enrolled=24,
        drug_arm=arms[0],
        placebo_text="Placebo",
        criteria="Inclusion Criteria:\n\n* Major depressive disorder\n* Stable SSRI for >= 8 "
        "weeks\n\nExclusion Criteria:\n\n* Opioids",
    )
    ps = study["protocolSection"]
    ps["designModule"]["designInfo"]["interventionModel"] = "CROSSOVER"
    ps["armsInterventionsModule"]["armGroups"] = [
        {
            "label": label,
            "type": "EXPERIMENTAL",
            "description": description,
            "interventionNames": ["Drug: Naltrexone", "Drug: Placebo"],
        }
        for label, description in arms
    ]
    ps["armsInterventionsModule"]["interventions"] = [
        {"type": "DRUG", "name": "Naltrexone", "armGroupLabels": [a for a, _ in arms]},
        {"type": "DRUG", "name": "Placebo", "armGroupLabels": [a for a, _ in arms]},
    ]
    return study


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


RECORD_SUMMARY = (
    "Each participant receives three 4-week treatment periods in random order: naltrexone "
    "0.5 mg/day, naltrexone 4.5 mg/day, and placebo, separated by 2-week washouts, while "
    "continuing their SSRI."
)

REGISTRATIONS = [
    # the record's arms
    (
        [
            ("Sequence ABC", "0.5 mg, then 4.5 mg, then placebo"),
            ("Sequence BCA", "4.5 mg, then placebo, then 0.5 mg"),
            ("Sequence CAB", "Placebo, then 0.5 mg, then 4.5 mg"),
        ],
        RECORD_SUMMARY,
        [0.5, 4.5],
    ),
    # other levels, other connectors
    (
        [
            ("Order 1", "2 mg/day, then 4 mg/day, then placebo"),
            ("Order 2", "Placebo followed by 2 mg/day, then 4 mg/day"),
            ("Order 3", "4 mg/day, then placebo, then 2 mg/day"),
        ],
        "Participants take naltrexone 2 mg/day, naltrexone 4 mg/day and placebo, each for "
        "three weeks, in random order.",
        [2.0, 4.0],
    ),
]


@pytest.mark.parametrize(("arms", "summary", "doses"), REGISTRATIONS)
def test_registered_sequences(
    arms: list[tuple[str, str]], summary: str, doses: list[float]
) -> None:
    f = _facts(_crossover(arms, summary))
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


ABSTRACTS = [
    (
        "Low-dose naltrexone in depression: a crossover trial",
        "Methods: Thirty adults with major depression received low-dose naltrexone in three "
        "3-week periods in random order. Period sequences were: Placebo, then 2 mg, then "
        "4.5 mg; or 4.5 mg, then placebo, then 2 mg.\nResults: Depression scores improved.",
        [2.0, 4.5],
    ),
    (
        "Naltrexone 1 mg and 4 mg in depression: a three-period crossover trial",
        "Methods: Twenty-four adults with major depression on an SSRI were randomised to one "
        "of three sequences of 4-week periods of naltrexone: placebo, then 1 mg, then 4 mg; "
        "1 mg, then 4 mg, then placebo; or 4 mg, then placebo, then 1 mg.\nResults: MADRS "
        "fell most in the 4 mg period.",
        [1.0, 4.0],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "doses"), ABSTRACTS)
def test_sequences_in_an_abstract(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_placebo_after_an_active_drug_still_hands_it_its_dose() -> None:
    # (sertraline's doses stay sertraline's: the watched drug is only 4.5 mg)
    f = facts(
        "Low-dose naltrexone added to sertraline: a crossover trial",
        "Methods: Twenty adults with major depression took naltrexone 4.5 mg nightly "
        "throughout; their sertraline was given as 50 mg, then placebo, then 100 mg in "
        "random order.\nResults: Depression scores improved.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
