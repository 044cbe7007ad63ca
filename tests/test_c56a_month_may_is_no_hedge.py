"""Kind: a date naming the month of May ("approved 12 May 2025", "from May 2026", "on May 3,
2024") is no hedge: the sentence still states what the study does. An amended protocol
that, in such a sentence, restricts eligibility to people whose current antidepressant is an
SSRI or an SNRI, kept at a stable dose, makes those classes co-medication of every arm; the
sentence must not be read as speculation ("LDN may help") and dropped. The modal "may" stays
a hedge.

Round 56, c56a; the record that showed it: preprints52 PPR4700023 ("DOSE-LDN trial ...:
protocol amendment and statistical analysis plan": classes [noradrenergic, serotonergic], n
120, doses [2.5, 4.5]).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, judge_preprint, preprint

TITLE = (
    "DOSE-LDN trial of low-dose naltrexone in treatment-resistant depression: protocol "
    "amendment and statistical analysis plan"
)
RECORD = (
    "<h4>Background</h4>DOSE-LDN (NCT06684217) is a randomised, double-blind trial of low-dose "
    "naltrexone in treatment-resistant depression whose original protocol compared naltrexone "
    "1 mg, 2.5 mg and 4.5 mg nightly with placebo in 92 participants.<h4>Changes to the "
    "protocol</h4>Following a blinded review of recruitment and heterogeneity in concomitant "
    "treatment, amendment 2 (approved 12 May 2025) removes the 1 mg arm, increases the target "
    "sample size to 120 (40 per arm: naltrexone 2.5 mg, naltrexone 4.5 mg or placebo) and "
    "restricts eligibility to patients whose current antidepressant is an SSRI or an SNRI, "
    "continued at a stable dose throughout.<h4>Statistical analysis plan</h4>The primary "
    "estimand is the difference in HAM-D17 change at week 8 between each naltrexone dose and "
    "placebo, with a trend test across doses.<h4>Trial status</h4>As of 30 June 2025, 37 "
    "participants had been randomised. Recruitment is expected to finish in 2026."
)


def test_the_record() -> None:
    f, gaps = judge_preprint(preprint(TITLE, RECORD))
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]
    assert f.n == 120
    assert f.ldn_doses_mg == [2.5, 4.5]
    assert gaps["serotonergic-combination"] == "in_progress"


T = "Naltrexone 3 mg nightly for treatment-resistant depression: protocol of a randomised trial"
ARMS = "Adults with treatment-resistant depression will be randomised to naltrexone 3 mg or placebo"
SIZE = "A total of 110 participants will be randomised."

# the decisive words in a dated sentence, in every place a record can carry them
DATED_SSRI = [
    # title
    (
        "Low-dose naltrexone for depression on an SSRI: protocol amended in May 2025 to "
        "enrol only patients whose current antidepressant is an SSRI",
        f"Methods: {ARMS}. {SIZE}",
    ),
    # an eligibility section
    (
        T,
        f"Objective: {ARMS}. {SIZE}\nEligibility: As amended on 3 May 2026, only adults whose "
        "current antidepressant is escitalopram, kept at a stable dose, are enrolled.",
    ),
    # methods, under a heading the labels do not know
    (
        T,
        f"Background: {ARMS}.\nProtocol changes: On May 14, 2025 the steering committee limited "
        f"entry to patients taking sertraline at a steady dose. {SIZE}",
    ),
    # methods
    (
        T,
        f"Methods: {ARMS}. Version 4 (May 2026) admits only people on a stable dose of "
        f"fluoxetine, continued throughout. {SIZE}",
    ),
]

DATED_SNRI = [
    (
        T,
        f"Methods: {ARMS}; from May 2025 eligibility is restricted to patients whose "
        f"antidepressant is an SNRI, continued unchanged. {SIZE}",
    ),
    # an unlabelled abstract
    (
        T,
        f"{ARMS}. {SIZE} As amended in May 2026, participants must be taking duloxetine at a "
        "stable dose throughout.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), DATED_SSRI)
def test_dated_restriction_to_an_ssri(title: str, abstract: str) -> None:
    assert facts(title, abstract, PROTOCOL).concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(("title", "abstract"), DATED_SNRI)
def test_dated_restriction_to_an_snri(title: str, abstract: str) -> None:
    assert sorted(facts(title, abstract, PROTOCOL).concomitant_classes) == [
        "noradrenergic",
        "serotonergic",
    ]


def test_a_results_paper_dated_in_may() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: a randomised trial",
        "Methods: Between May 2022 and May 2024, 84 adults with major depression taking "
        "sertraline at a stable dose were randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


# near misses: the modal "may" is still a hedge, and what may happen is no co-medication
@pytest.mark.parametrize(
    "sentence",
    [
        "Low-dose naltrexone may also help patients who take an SSRI, which future trials "
        "should test.",
        "It may be combined with venlafaxine in later studies.",
    ],
)
def test_the_modal_may_is_still_a_hedge(sentence: str) -> None:
    f = facts(T, f"Methods: {ARMS}. {SIZE}\nConclusions: {sentence}", PROTOCOL)
    assert f.concomitant_classes == []
