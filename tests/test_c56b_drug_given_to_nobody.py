"""Kind: a study that says none of its people received the drug ("No participant received
naltrexone", "none of the participants took naltrexone", "naltrexone was not
administered") gives LDN to nobody: it is not on-topic, whatever LDN doses it models,
cites or recommends (CONTRACT.md: a study is on-topic only if participants in it receive
LDN), and a scan of unmedicated people whose 1 mg and 4.5 mg are modelled occupancies has
no LDN dose. The denial must be whole: one arm left without the drug ("no participant in
the placebo arm received naltrexone"), a dose nobody exceeded ("no participant received
naltrexone above 4.5 mg"), people's history ("had ever taken") or a drug stopped ("no
participant discontinued naltrexone") leave a trial that gives LDN on-topic.

Round 56, c56b; the record that showed it: holdout193 21300020 ("Mu-opioid receptor
availability in major depressive disorder measured with [11C]carfentanil PET:
implications for low-dose naltrexone dosing": on-topic).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD_TITLE = (
    "Mu-opioid receptor availability in major depressive disorder measured with "
    "[11C]carfentanil PET: implications for low-dose naltrexone dosing"
)
RECORD = (
    "Low-dose naltrexone (LDN) is increasingly used for depression, but the receptor occupancy "
    "achieved by 1-4.5 mg is unknown and mu-opioid receptor availability in depression is "
    "debated. We measured [11C]carfentanil binding potential in 38 unmedicated adults with major "
    "depressive disorder and 30 matched controls. Binding was 9% lower in the subgenual "
    "cingulate and ventral striatum in depression and correlated with anhedonia. Using "
    "published naltrexone occupancy curves, we modelled that 1 mg would occupy about 40% and "
    "4.5 mg about 75% of striatal mu receptors at peak. No participant received naltrexone. "
    "These data argue that doses below 4.5 mg deserve testing in depression."
)


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD)
    assert not f.on_topic
    assert f.ldn_doses_mg == []
    assert f.n == 68


T = "Opioid receptor binding in major depression: relevance to low-dose naltrexone"
SCAN = (
    "We scanned 40 unmedicated adults with major depressive disorder and 25 healthy controls "
    "with [11C]carfentanil PET"
)
MODEL = "Modelled occupancy was 45% at 1 mg and 80% at 4.5 mg of low-dose naltrexone."
CONCL = "Doses of low-dose naltrexone below 4.5 mg deserve trials in depression."
DENIALS = [
    "No participant received naltrexone.",
    "None of the participants took naltrexone.",
    "Naltrexone was not administered.",
    "Nobody was given low-dose naltrexone.",
    "Participants did not receive naltrexone at any time.",
    "No patient or control was treated with LDN during the study.",
    "Naltrexone was never given to any participant.",
    "No naltrexone was administered to any participant.",
]


def _places(denial: str) -> list[tuple[str, str]]:
    return [
        # methods, results, conclusions of a labelled abstract
        (T, f"Methods: {SCAN}. {denial}\nResults: {MODEL}\nConclusions: {CONCL}"),
        (T, f"Methods: {SCAN}.\nResults: {MODEL} {denial}\nConclusions: {CONCL}"),
        (T, f"Methods: {SCAN}.\nResults: {MODEL}\nConclusions: {CONCL} {denial}"),
        # an unlabelled abstract, the denial opening it or in its middle
        (T, f"{denial} {SCAN}. {MODEL}"),
        (T, f"{SCAN}. {denial} {MODEL}"),
    ]


@pytest.mark.parametrize("denial", DENIALS)
def test_a_study_that_gives_the_drug_to_nobody_is_not_on_topic(denial: str) -> None:
    for title, abstract in _places(denial):
        f = facts(title, abstract)
        assert not f.on_topic, (denial, abstract)
        assert f.ldn_doses_mg == []


def test_the_denial_in_the_title() -> None:
    f = facts(
        "Mu-opioid receptor PET in unmedicated major depression: no participant received "
        "naltrexone",
        f"Methods: {SCAN}.\nResults: {MODEL}\nConclusions: {CONCL}",
    )
    assert not f.on_topic


TRIAL = (
    "Low-dose naltrexone augmentation in major depressive disorder: a randomized, "
    "placebo-controlled trial"
)
RANDOMISED = (
    "We randomized 80 adults with major depressive disorder to low-dose naltrexone 1-4.5 mg or "
    "placebo for 8 weeks, added to their SSRI."
)
EFFECT = "MADRS fell more with LDN (difference 4.1, p=0.01)."


@pytest.mark.parametrize(
    "near_miss",
    [
        "No participant received naltrexone above 4.5 mg.",
        "No participant received more than 4.5 mg of naltrexone.",
        "No participant in the placebo arm received naltrexone.",
        "None of the placebo participants took naltrexone.",
        "Naltrexone was not given to the placebo group.",
        "No participant discontinued naltrexone.",
        "No participant had ever taken naltrexone before the trial.",
        "No participant received naltrexone before randomization.",
        "Participants did not receive naltrexone until week 2.",
        "Naltrexone was not administered with food.",
    ],
)
def test_a_trial_that_gives_the_drug_stays_on_topic(near_miss: str) -> None:
    for abstract in (
        f"Methods: {RANDOMISED} {near_miss}\nResults: {EFFECT}",
        f"Methods: {RANDOMISED}\nResults: {EFFECT} {near_miss}",
        f"{RANDOMISED} {near_miss} {EFFECT}",
    ):
        f = facts(TRIAL, abstract, RCT)
        assert f.on_topic, (near_miss, abstract)
        assert f.ldn_doses_mg == [1.0, 4.5]
