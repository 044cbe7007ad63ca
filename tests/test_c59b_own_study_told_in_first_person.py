"""Kind: the study's own people named by what the authors say this study did to them, in
the first person or as "this trial": "We tested two low doses of X added to Y in
treatment-resistant depression", "This trial compared X 1 mg and 3 mg in major depressive
disorder". The condition after that "in" is whom the study took in (as a title's "X in
<the condition>" is), and such a sentence speaks for the study even where it stands under
a "Background:" label. The authors' earlier work ("We previously tested ..."), another
group's work, and a study that names another condition its people were selected for stay
as they were: no depressed population, no gap.

Round 59, c59b; the record that showed it: holdout205 22900028 (PRISM, "Naltrexone at 1
or 3 mg/day as augmentation of vortioxetine"; depression_population read false, so all
three gaps "no").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps

TITLE = (
    "Naltrexone at 1 or 3 mg/day as augmentation of vortioxetine: the PRISM randomised "
    "controlled trial"
)
RECORD = (
    "Background: We tested two low doses of naltrexone added to vortioxetine in "
    "treatment-resistant depression.\n"
    "Methods: Fifty-eight adults were randomised (1:1:1) to naltrexone 1 mg, 3 mg or "
    "placebo; two randomised in error (bipolar diagnosis) were excluded, leaving a modified "
    "intention-to-treat population of 56.\n"
    "Results: At week 8, MADRS change differed between 3 mg and placebo (-4.3, 95% CI -7.5 "
    "to -1.1) and between 3 mg and 1 mg (-2.4, 95% CI -5.4 to 0.6).\n"
    "Conclusions: A 3 mg dose appears preferable; a confirmatory trial is planned."
)

ALL = {
    "larger-trials": "addressed",
    "serotonergic-combination": "addressed",
    "dose-finding": "addressed",
}


def test_the_record() -> None:
    f = facts(TITLE, RECORD, JOURNAL + RCT)
    assert f.depression_population
    assert f.n == 58
    assert f.ldn_doses_mg == [1.0, 3.0]
    assert f.compares_doses
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(TITLE, RECORD, JOURNAL + RCT) == ALL


PLAIN_TITLE = "A randomised trial of naltrexone augmentation"
METHODS = (
    "Methods: Seventy outpatients were randomised to naltrexone 2 mg, 4 mg or placebo for 10 "
    "weeks.\nResults: HAM-D fell most with 4 mg (difference -3.1 versus placebo)."
)
UNLABELLED = (
    "Seventy outpatients were randomised to naltrexone 2 mg, 4 mg or placebo for 10 weeks. "
    "HAM-D fell most with 4 mg (difference -3.1 versus placebo)."
)


@pytest.mark.parametrize(
    "abstract",
    [
        # the decisive sentence under a background label, in other words
        "Background: We evaluated naltrexone at two low doses alongside sertraline in major "
        "depressive disorder.\n" + METHODS,
        "Background: Here we compared naltrexone 2 mg and 4 mg/day with placebo in "
        "adults with persistent depressive disorder taking escitalopram.\n" + METHODS,
        "Background: This randomised trial tested low-dose naltrexone added to escitalopram "
        "in treatment-resistant depression.\n" + METHODS,
        "Introduction: In this study we randomised outpatients taking sertraline in major "
        "depression to one of two naltrexone doses or placebo.\n" + METHODS,
        # ... as the objective
        "Objective: We tested naltrexone 2 mg and 4 mg added to sertraline in "
        "treatment-resistant depression.\n" + METHODS,
        # ... opening an unlabelled abstract
        "We studied naltrexone 2 mg and 4 mg added to sertraline in major depressive "
        "disorder. " + UNLABELLED,
        # ... in the methods
        "Methods: We randomised seventy outpatients taking sertraline in major depression "
        "to naltrexone 2 mg, 4 mg or placebo for 10 weeks.\nResults: HAM-D fell most with "
        "4 mg (difference -3.1 versus placebo).",
    ],
)
def test_own_study_told_in_first_person(abstract: str) -> None:
    f = facts(PLAIN_TITLE, abstract, JOURNAL + RCT)
    assert f.depression_population, abstract
    assert gaps(PLAIN_TITLE, abstract, JOURNAL + RCT) == ALL


@pytest.mark.parametrize(
    "abstract",
    [
        # the authors' earlier work, not this study
        "Background: We previously tested low-dose naltrexone added to sertraline in major "
        "depressive disorder.\n" + METHODS,
        "Background: In 2021 we tested low-dose naltrexone added to sertraline in major "
        "depression.\n" + METHODS,
        "Background: We have tested naltrexone with sertraline in major depression before.\n"
        + METHODS,
        # someone else's work, or the drug said to be tested with no "we"
        "Background: Others tested low-dose naltrexone added to sertraline in major "
        "depression.\n" + METHODS,
        "Background: Low-dose naltrexone added to sertraline was tested in major "
        "depression.\n" + METHODS,
        # this study's people selected for another condition
        "Background: We tested low-dose naltrexone added to sertraline in fibromyalgia.\n"
        + METHODS,
        "Background: We tested whether naltrexone eases pain in fibromyalgia; depression "
        "was a secondary outcome.\n" + METHODS,
    ],
)
def test_near_misses_select_nobody(abstract: str) -> None:
    f = facts(PLAIN_TITLE, abstract, JOURNAL + RCT)
    assert not f.depression_population, abstract
    assert gaps(PLAIN_TITLE, abstract, JOURNAL + RCT) == {}


def test_protocol_told_in_first_person_is_in_progress() -> None:
    abstract = (
        "Background: In this trial we will compare naltrexone 1 mg and 4 mg added to "
        "vortioxetine in treatment-resistant depression.\nMethods: Ninety adults will be "
        "randomised to 1 mg, 4 mg or placebo for 8 weeks."
    )
    got = gaps("Protocol of a randomised trial", abstract, ("Clinical Trial Protocol",))
    assert got.get("dose-finding") == "in_progress"
    assert TRIAL  # (imported for symmetry with the other kind files)
