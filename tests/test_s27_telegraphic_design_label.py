"""A conference abstract written in note form names its design by a bare label: a sentence
opening "RCT, n=60" or "Multicentre RCT (n = 48):" is a randomised trial, and a dosing
clause closed by a lone ", open." is an open trial. Shown by holdout267
29800040 ("RCT, n=52 ..., LDN 3mg vs PBO") and 29800009 ("naltrexone 2 mg qd x6 wk, open."),
both read as design "other". Session 27, round 72, c72a."""

import pytest
from written import facts, gaps

CONGRESS = ("Journal Article", "Congress")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "LDN add-on in late-life depression",
            "RCT, n=64 (MDD, GDS>10), LDN 4.5mg vs PBO, 12wk, all on sertraline. GDS change "
            "-5,2 vs -2,9 (p=.01).",
        ),
        (
            "Low-dose naltrexone in perinatal depression",
            "Multicentre RCT (n = 56): postpartum MDD on escitalopram, LDN 1.5 mg vs PBO x "
            "8 wk. EPDS fell more with LDN (p = .03).",
        ),
        (
            "LDN for depression in MS",
            "Pilot RCT, 60 pts with MS and MDD on duloxetine; LDN 3 mg vs placebo, 10 wk. "
            "BDI -6.0 vs -3.1.",
        ),
    ],
)
def test_bare_rct_label_is_a_randomised_trial(title: str, abstract: str) -> None:
    f = facts(title, abstract, CONGRESS)
    assert f.design == "rct"
    assert gaps(title, abstract, CONGRESS).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    "abstract",
    [
        "14 pts w/ MDD on bupropion; naltrexone 1.5 mg qhs x8 wk, open. HAMD -8,1.",
        "Ten adolescents with MDD (CDRS>40); LDN 2 mg daily x 6 wk, open. CDRS fell by 12 points.",
        "Nine pts w/ dysthymia on sertraline; naltrexone 3 mg nightly for 4 wk, open; 1 "
        "dropout. MADRS -6.",
    ],
)
def test_bare_open_label_is_an_open_trial(abstract: str) -> None:
    assert facts("LDN in depression: pilot", abstract, CONGRESS).design == "nonrandomized_trial"


def test_rcts_needed_stays_no_trial() -> None:
    # near miss: a call for RCTs and a chart review whose clinic stays open
    f = facts(
        "LDN in depression: chart review",
        "Chart review of 30 outpatients prescribed LDN 4.5 mg by their psychiatrists; the "
        "clinic remained open. MADRS fell by 7. RCTs are needed.",
        CONGRESS,
    )
    assert f.design != "rct"
    assert f.design != "nonrandomized_trial"
