"""Kind: an allocation told by the people sent to each dose ("120 were randomised: 14 to 1
mg, 19 to 2 mg, 31 to 3 mg ..."), no drug named among the arms: "14 to 1 mg" is a count
and a dose, not a range, and in a record titled with the watched drug the doses are its
arms. An arm named with its drug, LDN against a standard dose, a titration and a cited
trial's allocation stay as they were.

Round 44, c44b; the record that showed it: preprints40 PPR5900012 (a Bayesian
response-adaptive dose-ranging trial read off-topic: doses [1, 2, 3, 4.5] read [], three
gaps missed).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, judge_preprint, preprint

TITLE = "Bayesian response-adaptive dose-ranging of naltrexone in treatment-resistant depression"
RECORD = (
    "<h4>Background</h4>Pharmacology of opioid antagonists at sub-analgesic doses differs from "
    "full blockade, and the optimal antidepressant dose is unknown.<h4>Methods</h4>Adults with "
    "treatment-resistant depression continuing their current antidepressant (SSRIs, SNRIs, "
    "bupropion or combinations) were allocated by a response-adaptive algorithm among four "
    "daily naltrexone doses and placebo over 12 weeks.<h4>Results</h4>In total 120 "
    "participants were randomised: 14 to 1 mg, 19 to 2 mg, 31 to 3 mg, 34 to 4.5 mg and 22 to "
    "placebo. The posterior probability that 3 mg or 4.5 mg exceeded placebo by ≥ 2 MADRS "
    "points was 0.81 and 0.77.<h4>Conclusions</h4>Doses of 3–4.5 mg should be carried forward."
)


def test_the_record() -> None:
    f, g = judge_preprint(preprint(TITLE, RECORD))
    assert f.on_topic
    assert f.n == 120
    assert f.ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]
    assert f.compares_doses
    assert g == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


T = "Low-dose naltrexone for major depressive disorder: a randomised trial"
M = (
    "Methods: Adults with major depressive disorder on a stable SSRI were randomised in a "
    "double-blind trial.\nResults: "
)


@pytest.mark.parametrize(
    ("results", "doses"),
    [
        (
            "Of 90 randomised, 30 to 1.5 mg, 31 to 4.5 mg and 29 to placebo; 80 completed.",
            [1.5, 4.5],
        ),
        (
            "Participants were assigned as follows: 12 to 0.5 mg, 11 to 2 mg and 12 to 4 mg.",
            [0.5, 2.0, 4.0],
        ),
        (
            "In all, 64 patients were randomized: 21 to 1 mg, 22 to 3 mg and 21 to placebo.",
            [1.0, 3.0],
        ),
    ],
)
def test_counts_sent_to_doses(results: str, doses: list[float]) -> None:
    f = facts(T, M + results, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "results",
    [
        "Sixty patients were randomised: 30 to naltrexone 4.5 mg and 30 to placebo.",
        "Sixty patients were randomised: 30 to 4.5 mg naltrexone and 30 to 50 mg naltrexone.",
        "Sixty patients were randomised to naltrexone or placebo; naltrexone was started at 1.5 "
        "mg and titrated to 4.5 mg.",
    ],
)
def test_near_misses_stay_one_dose(results: str) -> None:
    f = facts(T, M + results, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_cited_allocation_is_not_ours() -> None:
    f = facts(
        T,
        "Background: In an earlier trial, 40 were randomised: 20 to 1 mg and 20 to 4.5 mg.\n"
        "Methods: Here, 30 adults with major depression received naltrexone 4.5 mg nightly in "
        "an open trial.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
