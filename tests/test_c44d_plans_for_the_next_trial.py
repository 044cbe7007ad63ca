"""The authors' plan for their next study, told after their own results ("We now plan a
randomised comparison of 1, 3 and 4.5 mg in 90 patients taking SSRIs", "we intend to
compare ...", "... will be tested in a double-blind trial of 150 patients") is future
work: its design, size, doses and co-medication are not the study's. A protocol's own
plan ("We plan to randomise 120 adults", "will be randomised") and a results paper's
past plan ("We planned to randomise 80 ...") stay the study's own (round 44, c44d; shown
by holdout159 17500040, an open pilot in 15 adults on bupropion read as a randomised
trial of 90 on SSRIs)."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract", "n", "doses", "classes"),
    [
        # the record's wording
        (
            "Low-dose naltrexone plus bupropion in anhedonic depression: an open pilot, with "
            "plans for a three-dose trial",
            "Fifteen adults with major depressive disorder and marked anhedonia (SHAPS of 5 or "
            "more), all on bupropion XL 300 mg, received naltrexone 3 mg nightly for 8 weeks. "
            "SHAPS and MADRS improved (MADRS -9.3). We now plan a randomised comparison of 1, 3 "
            "and 4.5 mg in 90 patients taking SSRIs.",
            15,
            [3.0],
            ["dopaminergic"],
        ),
        # probes: other doses, drugs and word orders
        (
            "Open-label low-dose naltrexone for bipolar depression",
            "Twelve adults with bipolar depression on lamotrigine took naltrexone 2 mg daily for "
            "8 weeks. MADRS improved by 11 points. The combination with sertraline will be "
            "tested in a double-blind trial of 150 patients randomised to 2 or 4.5 mg.",
            12,
            [2.0],
            [],
        ),
        (
            "Low-dose naltrexone for persistent depressive disorder: an open pilot",
            "Eighteen adults with persistent depressive disorder who took no antidepressant "
            "received naltrexone 4.5 mg for 10 weeks. HAM-D improved. Next, we intend to compare "
            "1.5 mg and 4.5 mg in 80 participants on vortioxetine.",
            18,
            [4.5],
            [],
        ),
        (
            "Low-dose naltrexone with methylphenidate in depression: a case series",
            "Nine outpatients with major depression taking methylphenidate were given LDN 1.5 mg "
            "nightly for 6 weeks, and seven responded. Our group is preparing a randomised "
            "trial. We hope to randomise 140 patients on duloxetine to LDN or placebo.",
            9,
            [1.5],
            ["dopaminergic"],
        ),
    ],
)
def test_the_next_study_planned_is_not_this_one(
    title: str, abstract: str, n: int, doses: list[float], classes: list[str]
) -> None:
    f = facts(title, abstract, (*JOURNAL, *TRIAL))
    assert f.design != "rct"
    assert f.n == n
    assert f.ldn_doses_mg == doses
    assert f.concomitant_classes == classes
    assert not f.compares_doses
    assert gaps(title, abstract, (*JOURNAL, *TRIAL)) == {}


def test_a_protocol_plans_its_own_trial() -> None:
    title = (
        "Low-dose naltrexone added to SSRIs in major depression: protocol for a randomised trial"
    )
    abstract = (
        "Methods: We plan to randomise 120 adults with major depressive disorder taking an SSRI "
        "to naltrexone 1.5 mg or 4.5 mg or placebo. Participants will be randomised 1:1:1 and "
        "followed for 12 weeks. The primary outcome is MADRS."
    )
    f = facts(title, abstract, PROTOCOL)
    assert (f.design, f.n, f.ldn_doses_mg) == ("protocol", 120, [1.5, 4.5])
    assert gaps(title, abstract, PROTOCOL) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
        "dose-finding": "in_progress",
    }


def test_a_protocol_whose_drug_will_be_tested_in_its_design() -> None:
    title = "Low-dose naltrexone with SNRIs in depression: a trial protocol"
    abstract = (
        "Methods: Adults with major depressive disorder on duloxetine will be randomised to "
        "naltrexone 4.5 mg or placebo. We plan a sample of 96 participants. LDN will be tested "
        "in a double-blind design for 10 weeks."
    )
    f = facts(title, abstract, PROTOCOL)
    assert (f.design, f.n, f.ldn_doses_mg) == ("protocol", 96, [4.5])
    assert "serotonergic-combination" in gaps(title, abstract, PROTOCOL)


def test_a_plan_the_study_had_is_its_own_history() -> None:
    title = "Low-dose naltrexone added to escitalopram in depression: a randomised trial"
    abstract = (
        "We planned to randomise 80 patients but enrolled 64 adults with major depressive "
        "disorder on escitalopram, randomised to naltrexone 4.5 mg or placebo. MADRS improved "
        "more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert (f.design, f.n) == ("rct", 64)
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def test_a_record_titled_as_a_protocol_plans_its_own_people() -> None:
    f = facts(
        "Low-dose naltrexone in depressed outpatients on SSRIs: protocol of an open study",
        "Methods: Adults with major depressive disorder on an SSRI take naltrexone 4.5 mg "
        "nightly for 8 weeks. We plan to recruit 64 participants. MADRS is the outcome.",
    )
    assert f.n == 64


def test_a_trial_in_progress_plans_its_own_people() -> None:
    f = facts(
        "Trial in progress: low-dose naltrexone added to sertraline in major depression",
        "Methods: In this double-blind trial we plan to randomise 120 adults with major "
        "depressive disorder taking sertraline to naltrexone 4.5 mg or placebo. Recruitment "
        "began in 2025.",
        ("Congress",),
    )
    assert f.n == 120
