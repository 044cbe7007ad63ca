"""Kind: an open-label extension whose people are named only through the randomised phase
they completed, told as "the randomised phase comparing X with Y in <the condition>" (a
phase, not a trial, testing or comparing the drug in the condition): the extension's people
are that phase's, selected for the condition. A phase in another condition (fibromyalgia,
MS, long COVID) with mood only measured stays no depression population.

Round 52, c52b; the record that showed it: holdout179 19800039 (larger-trials and
serotonergic "addressed" missed: participants read as not selected for depression).
"""

from __future__ import annotations

import pytest
from written import LEX, RULES, TRIAL, article, facts

from ldn_watch.assess import assess

TITLE = (
    "Open-label extension of a randomised trial of low-dose naltrexone versus escitalopram: "
    "24-week outcomes of naltrexone added to continued treatment"
)
RECORD = (
    "After completing the 12-week randomised phase comparing naltrexone 4.5 mg with "
    "escitalopram in major depressive disorder, participants could enter a 24-week open-label "
    "extension in which all received naltrexone 4.5 mg nightly. Those randomised to "
    "escitalopram continued it unchanged. Seventy-one participants entered the extension, 44 "
    "of whom were taking escitalopram alongside naltrexone. HAM-D scores continued to improve "
    "in both groups, with the lowest scores among those on the combination (mean 6.2). No "
    "serious adverse events occurred. The combination of LDN and an SSRI merits randomised "
    "testing."
)
TYPES = ("Journal Article", "Clinical Trial")


def test_the_record() -> None:
    a = assess(article(TITLE, RECORD, TYPES), LEX, RULES)
    assert a.facts.design == "nonrandomized_trial"
    assert a.facts.depression_population
    assert a.facts.n == 71
    assert a.gaps["larger-trials"] == "addressed"
    assert a.gaps["serotonergic-combination"] == "addressed"
    assert a.gaps["dose-finding"] == "no"


EXT_TITLE = "Open-label extension of a randomised trial of low-dose naltrexone"


@pytest.mark.parametrize(
    "abstract",
    [
        "Following the 8-week double-blind phase testing naltrexone 2 mg against placebo in "
        "treatment-resistant depression, 58 patients continued into a 26-week open-label "
        "extension on naltrexone 2 mg.",
        "After the randomised phase evaluating naltrexone 1.5 mg versus placebo in bipolar "
        "depression, 64 completers took open-label naltrexone 1.5 mg for 12 months; MADRS was "
        "rated monthly.",
        "After the blinded phase, which compared naltrexone 3 mg with sertraline in major "
        "depression, 55 adults entered an open-label extension on naltrexone 3 mg.",
    ],
)
def test_extension_of_a_phase_in_the_condition(abstract: str) -> None:
    f = facts(EXT_TITLE, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.depression_population


@pytest.mark.parametrize(
    "abstract",
    [
        "After the double-blind phase comparing naltrexone 4.5 mg with placebo in "
        "fibromyalgia, 60 participants entered a 24-week open-label extension on naltrexone "
        "4.5 mg; depressive symptoms were measured with the BDI-II.",
        "After the randomised phase comparing naltrexone 4.5 mg with placebo in multiple "
        "sclerosis, 70 entered an open-label extension; depression was rated with the HADS.",
        "After the randomised phase testing naltrexone 4.5 mg for fatigue in long COVID, with "
        "depressive symptoms as a secondary outcome, 80 entered an open-label extension.",
    ],
)
def test_phase_in_another_condition_selects_nobody_depressed(abstract: str) -> None:
    a = assess(article(EXT_TITLE, abstract, TRIAL), LEX, RULES)
    assert not a.facts.depression_population
    assert set(a.gaps.values()) == {"no"}
