"""Kind: a dose told of trials in other conditions. A clause set in other studies by a
plural frame ("in fibromyalgia, multiple sclerosis and Crohn disease trials the drug was
well tolerated at 4.5 mg", "across pain studies 3 mg was usual") is earlier work by others,
so its dose is not one this study gave (CONTRACT.md: LDN named only in the background or in
a cited earlier study is not the study's own). The study's own clauses in the same sentence
keep their doses, and "in both trials", "in this trial", "in our trials" are the study's.

Round 63, c63f; the record that showed it: holdout213 23800011 (AIMS: "...; in fibromyalgia,
multiple sclerosis and Crohn disease trials with up to 96 participants the drug was well
tolerated at 4.5 mg", the trial's own dose 2 mg: [2.0], not [2.0, 4.5]).
"""

from __future__ import annotations

import pytest
from written import RCT, drug, facts, registration

from ldn_watch.assess import default_lexicon, default_rules
from ldn_watch.assessor import assess_record
from ldn_watch.sources.ctgov.parse import parse_study

LEX, RULES = default_lexicon(), default_rules()

TITLE = "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomised trial"
OWN = (
    "Sixty adults with major depressive disorder taking an SSRI were randomised to "
    "naltrexone 2 mg nightly or placebo for ten weeks."
)
RESULT = "MADRS fell by 4 points more with naltrexone than with placebo."

CITED = [
    "In fibromyalgia, multiple sclerosis and Crohn disease trials with up to 96 participants "
    "the drug was well tolerated at 4.5 mg.",
    "Across chronic pain studies, naltrexone 3 mg nightly was usual.",
    "In Crohn disease trials LDN 4.5 mg was safe.",
    "Nothing is known about depression; in multiple sclerosis trials naltrexone was given "
    "at 4.5 mg without harm.",
]


def _doses(abstract: str, title: str = TITLE) -> list[float]:
    return facts(title, abstract, RCT).ldn_doses_mg


def test_the_record_wording() -> None:
    abstract = (
        "AIMS: A previous pilot randomised twelve patients to 1 mg twice daily or placebo and "
        "all of those patients took dopaminergic regimens, so nothing was known about "
        "combination with the antidepressants most used in practice, which are selective "
        "serotonin reuptake inhibitors and serotonin-noradrenaline reuptake inhibitors, and "
        "also nothing about a larger sample; in fibromyalgia, multiple sclerosis and Crohn "
        "disease trials with up to 96 participants the drug was well tolerated at 4.5 mg. We "
        "aimed to test whether adding low-dose naltrexone to an SSRI or SNRI improves "
        "depressive symptoms.\n"
        "PROCEDURES: Participants were allocated by a central web system to naltrexone 2 mg "
        "once daily in the evening or matching placebo for ten weeks.\n"
        "FINDINGS: One hundred and twenty-eight participants were randomly assigned. " + RESULT
    )
    assert _doses(abstract) == [2.0]


@pytest.mark.parametrize("cited", CITED)
@pytest.mark.parametrize("where", ["background", "methods", "conclusions", "unlabelled"])
def test_cited_dose_is_not_the_study_s(cited: str, where: str) -> None:
    if where == "background":
        abstract = f"Background: {cited}\nMethods: {OWN}\nResults: {RESULT}"
    elif where == "methods":
        abstract = f"Background: LDN may help.\nMethods: {OWN} {cited}\nResults: {RESULT}"
    elif where == "conclusions":
        abstract = f"Methods: {OWN}\nResults: {RESULT}\nConclusions: Well tolerated. {cited}"
    else:
        abstract = f"{cited} {OWN} {RESULT}"
    assert _doses(abstract) == [2.0]


@pytest.mark.parametrize(
    "own",
    [
        # near misses: the study's own trials, or its own clause after a cited one
        "In both trials, participants received naltrexone 4.5 mg nightly.",
        "In this trial, non-responders at week 4 were raised to 4.5 mg.",
        "In these trials, non-responders at week 4 were raised to 4.5 mg.",
        "In our two pilot trials, naltrexone 4.5 mg nightly was given.",
        "In a series of n-of-1 trials, each patient also took naltrexone 4.5 mg in random order.",
        "In fibromyalgia trials the drug was tolerated; here non-responders at week 4 were "
        "raised to 4.5 mg.",
    ],
)
def test_own_trials_keep_their_dose(own: str) -> None:
    abstract = f"Methods: {OWN} {own}\nResults: {RESULT}"
    assert 4.5 in _doses(abstract)


def test_registration_description() -> None:
    study = registration(
        title="Low-Dose Naltrexone Added to SSRIs in Depression",
        official_title="Low-Dose Naltrexone Added to SSRIs in Major Depressive Disorder",
        summary=(
            "In fibromyalgia and multiple sclerosis trials naltrexone was well tolerated at "
            "4.5 mg. This trial tests naltrexone 2 mg added to an SSRI."
        ),
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=60,
        arms=[
            {
                "label": "Naltrexone",
                "type": "EXPERIMENTAL",
                "description": "Naltrexone 2 mg nightly",
                "interventionNames": ["Drug: Naltrexone"],
            },
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "description": "Matching placebo",
                "interventionNames": ["Drug: Placebo"],
            },
        ],
        interventions=[drug("Naltrexone", "Low-dose naltrexone", ["Naltrexone"])],
        outcomes=["Change in MADRS"],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder\n* Taking an SSRI\n\n"
        "Exclusion Criteria:\n\n* Opioids",
    )
    a, _ = assess_record(parse_study(study), LEX, RULES)
    assert a.facts.ldn_doses_mg == [2.0]
