"""Arms allocated as "one of N doses" of the drug and named in the results by their dose.

Kind: "randomly assigned to placebo or one of three naltrexone doses ... fell by 11.0 (0.5
mg/day), 13.9 (1.5 mg/day)", "to one of two naltrexone doses or placebo ... 41% of patients
given 1 mg/day, 48% of those given 3 mg/day": the allocation names the drug's arms only by
their number (a placebo arm may be named first), and the results name each arm by its dose,
in brackets after the value or as the people given it after a share. Those doses are the
drug's arms, never the placebo's (CONTRACT.md: ldn_doses_mg lists the dose of each arm;
compares_doses). Round 45, c45b; shown by preprints43 PPR5600028 ("Dose-response of
adjunctive naltrexone in adolescent depression") and holdout160 17600014 ("Adjunctive
low-dose naltrexone in depression with elevated C-reactive protein").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps, judge_preprint, preprint

PPR = preprint(
    "Dose\u2013response of adjunctive naltrexone in adolescent depression",
    "Adolescents (12\u201317 years) with major depressive disorder who had not responded to "
    "fluoxetine were enrolled in a double-blind trial at four sites and randomly assigned to "
    "placebo or one of three naltrexone doses for 8 weeks. Fifty-seven were randomised. The "
    "CDRS-R fell by 9.8 (placebo), 11.0 (0.5 mg/day), 13.9 (1.5 mg/day) and 16.4 points (4.5 "
    "mg/day); the linear dose trend was significant (p = 0.02). Fluoxetine was continued "
    "throughout. Headache was the commonest adverse event.",
)

CRP = (
    "Adjunctive low-dose naltrexone in depression with elevated C-reactive protein: a "
    "randomised trial",
    "Depression with raised inflammatory markers responds poorly to monoaminergic "
    "antidepressants. In this multicentre, double-blind trial, 120 adults with major "
    "depressive disorder, C-reactive protein >= 3 mg/L and insufficient response to a "
    "serotonin-noradrenaline reuptake inhibitor (duloxetine or venlafaxine) were allocated at "
    "random to one of two naltrexone doses or placebo in a 1:1:1 ratio, added to their SNRI "
    "for 10 weeks. Response (>= 50% MADRS reduction) occurred in 41% of patients given 1 "
    "mg/day, 48% of those given 3 mg/day and 22% of those given placebo. The 3 mg arm "
    "separated from placebo (p = 0.01); the 1 mg arm did not (p = 0.06). CRP fell only with "
    "3 mg. Higher doses within the low range may be needed in inflammatory depression.",
)


def test_preprint_record() -> None:
    f, g = judge_preprint(PPR)
    assert f.on_topic
    assert f.ldn_doses_mg == [0.5, 1.5, 4.5]
    assert f.compares_doses
    assert g == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


def test_crp_record() -> None:
    f = facts(*CRP, RCT)
    assert f.ldn_doses_mg == [1.0, 3.0]
    assert gaps(*CRP, RCT)["dose-finding"] == "addressed"


PROBES = [
    (
        "Naltrexone dose and mood in bipolar depression",
        "Adults with bipolar depression (MADRS >= 20) on lithium were randomised to a placebo "
        "or to one of two naltrexone doses for 6 weeks; 64 took part. MADRS fell by 7.1 (1 "
        "mg/day) and 10.4 (4 mg/day), against 5.0 with placebo.",
        [1.0, 4.0],
    ),
    (
        "Two doses of adjunctive naltrexone in treatment-resistant depression",
        "Outpatients with treatment-resistant depression were randomly allocated to one of two "
        "naltrexone doses or placebo (n = 90). Remission occurred in 30% of participants "
        "receiving 2 mg/day, 37% of those receiving 4.5 mg/day and 15% of those on placebo.",
        [2.0, 4.5],
    ),
    (
        "Naltrexone in late-life depression: a three-arm dose trial",
        "Older adults with major depressive disorder (GDS >= 10) were assigned to placebo or "
        "one of three nightly naltrexone doses; 75 were randomised. HAM-D scores improved by 4.2 "
        "(placebo), 5.9 (0.5 mg), 7.0 (2 mg) and 8.8 points (3 mg).",
        [0.5, 2.0, 3.0],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "want"), PROBES)
def test_dose_arms_read_in_results(title: str, abstract: str, want: list[float]) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == want
    assert f.compares_doses


NEAR_MISSES = [
    # standard doses in the same shape stay standard-dose naltrexone: off-topic
    (
        "Dose-response of naltrexone in depression with alcohol use",
        "Adults with major depressive disorder and heavy drinking were randomly assigned to "
        "placebo or one of three naltrexone doses for 12 weeks; 96 were randomised. HAM-D fell "
        "by 6.0 (placebo), 6.8 (25 mg/day), 7.5 (50 mg/day) and 7.9 points (100 mg/day).",
    ),
    # the doses belong to another drug the allocation names
    (
        "Dose-response of aticaprant in depression",
        "Adults with major depressive disorder were randomly assigned to placebo or one of "
        "three aticaprant doses; 80 were randomised. MADRS fell by 5.0 (placebo), 6.1 (1 "
        "mg/day), 7.4 (3 mg/day) and 8.0 points (6 mg/day). Naltrexone was not given.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NEAR_MISSES)
def test_not_low_dose_arms_stay_off(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert gaps(title, abstract, RCT) == {}
