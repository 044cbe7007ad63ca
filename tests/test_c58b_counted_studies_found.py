"""Kind: earlier studies told by their count and what they found ("two small uncontrolled
series (of 9 and 14 patients) reported benefit") are earlier work, not this study: their
design and sizes are not its own. Round 58, c58b; the record that showed it: holdout204
22800034 (a randomised trial read as non-randomised from its cited uncontrolled series)."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

OWN_RCT = (
    "Adults with major depression were randomly assigned to naltrexone 4.5 mg nightly or "
    "placebo for 8 weeks. Response was 40% versus 25%. In this randomised trial of 72 "
    "adults, LDN was safe."
)

# the counted earlier studies, in each place a record can carry them
PROBES = [
    # opening sentence, unlabelled
    (
        "Low-dose naltrexone in major depression",
        "Three uncontrolled pilots (of 10, 12 and 20 patients) found that low-dose naltrexone "
        "eased depressive symptoms. " + OWN_RCT,
    ),
    # labelled background, after another clause
    (
        "Low-dose naltrexone in major depression",
        "Background: Opioid tone shapes reward, and several uncontrolled case series have "
        "described improvement with low-dose naltrexone.\nMethods: " + OWN_RCT,
    ),
    # middle of the abstract, with a count in brackets
    (
        "LDN added to escitalopram for depression",
        "Depression often persists on SSRIs. Two small uncontrolled studies (n = 8 and "
        "n = 15) showed a benefit of adding LDN. " + OWN_RCT,
    ),
    # in the conclusions, compared with the study
    (
        "LDN added to escitalopram for depression",
        OWN_RCT + " A few uncontrolled cohorts had previously reported larger effects.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_counted_earlier_studies_set_no_design(title: str, abstract: str) -> None:
    for types in (JOURNAL, ("Journal Article", *RCT)):
        f = facts(title, abstract, types)
        assert f.design == "rct"
        assert f.n == 72


def test_record() -> None:
    f = facts(
        "Low-dose naltrexone for depressive episodes of bipolar I disorder in patients "
        "maintained on lithium",
        "Depressive episodes dominate the course of bipolar I disorder. Preclinical work "
        "implicates endogenous opioid tone in hedonic capacity, and two small uncontrolled "
        "series (of 9 and 14 patients) reported benefit from low-dose naltrexone (LDN) in "
        "bipolar depression. Participants were randomly allocated, double-blind, to "
        "naltrexone 4.5 mg at bedtime or placebo for 8 weeks. In this randomised trial of "
        "88 adults with bipolar I depression on lithium, LDN was safe.",
        ("Journal Article", *RCT),
    )
    assert f.design == "rct"


# near miss: the study's own uncontrolled series stays non-randomised
def test_own_uncontrolled_series_stays() -> None:
    f = facts(
        "Low-dose naltrexone in depression: an open uncontrolled series",
        "We gave LDN 4.5 mg to 14 outpatients with major depression in an open, "
        "uncontrolled series. Two patients reported nausea.",
        JOURNAL,
    )
    assert f.design != "rct"
    assert f.n == 14
