"""A titration's start told after the dose it leads to, with no later step of its own
("naltrexone 12 mg/day or placebo ..., after a 1-week titration from 6 mg") is a start,
not a dose anyone stays on: the dose named before it is the target (CONTRACT.md: a fixed
titration lists only its target; 6-25 mg/day is neither LDN nor standard dose, so not
on-topic). Round 43, c43a; shown by holdout143 15700033, "Intermediate-dose naltrexone
(12 mg/day) augmentation of escitalopram in treatment-resistant depression", read as LDN
(false larger-trials and serotonergic "addressed")."""

from __future__ import annotations

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        # the record's wording
        (
            "Intermediate-dose naltrexone (12 mg/day) augmentation of escitalopram in "
            "treatment-resistant depression: a randomized placebo-controlled trial",
            "We randomized 60 adults with treatment-resistant depression taking escitalopram "
            "to naltrexone 12 mg/day or placebo for 8 weeks, after a 1-week titration from 6 mg.",
        ),
        # probes: other doses, drugs and word orders
        (
            "Naltrexone augmentation of sertraline in major depression: a randomised trial",
            "Eighty outpatients with major depressive disorder on sertraline were randomised "
            "to naltrexone 10 mg daily or placebo, following a titration from 2 mg over one week.",
        ),
        (
            "Naltrexone added to venlafaxine for chronic depression: a randomised trial",
            "Seventy-two adults with persistent depressive disorder taking venlafaxine "
            "received naltrexone 16 mg/day or placebo for 12 weeks (titrated from 4 mg).",
        ),
        (
            "Mid-range naltrexone with fluoxetine in major depression",
            "We randomly assigned 90 adults with major depression on fluoxetine to naltrexone "
            "8 mg once daily or placebo, after a 10-day titration starting at 3 mg.",
        ),
    ],
)
def test_a_start_after_a_target_above_the_band_is_not_ldn(title: str, methods: str) -> None:
    f = facts(
        title,
        f"Background: Low-dose naltrexone may be underdosed for depression.\nMethods: {methods}\n"
        "Results: MADRS improved by 10.2 vs 7.9 points (p = 0.18).\n"
        "Conclusions: Naltrexone was not superior to placebo.",
        RCT,
    )
    assert not f.on_topic


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # near misses: the target itself in the band
        (
            "We randomized 60 adults with treatment-resistant depression taking escitalopram "
            "to naltrexone 4.5 mg/day or placebo for 8 weeks, after a 1-week titration from "
            "1.5 mg.",
            [4.5],
        ),
        # a start that leads on to a target above the band, and a low arm beside it
        (
            "We randomized 60 adults with treatment-resistant depression taking escitalopram "
            "to naltrexone 4.5 mg/day, naltrexone 12 mg/day or placebo for 8 weeks.",
            [4.5],
        ),
        # a start named before its target, in the band
        (
            "We randomized 60 adults with treatment-resistant depression taking escitalopram "
            "to naltrexone starting at 1 mg and titrated to 4.5 mg/day, or placebo.",
            [4.5],
        ),
    ],
)
def test_a_target_in_the_band_stays_ldn(methods: str, doses: list[float]) -> None:
    f = facts(
        "Low-dose naltrexone augmentation of escitalopram in treatment-resistant depression",
        f"Methods: {methods}\nResults: MADRS improved by 10.2 vs 7.9 points (p = 0.18).",
        RCT,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == doses
