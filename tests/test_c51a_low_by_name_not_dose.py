"""A study that calls its naltrexone dose above 6 mg/day "low-dose" ("naltrexone 12
mg/day, which we term low-dose relative to the 50 mg used in addiction") is not an LDN
study: the authors' label does not make the dose LDN, and a low dose it names as one it
did not give ("Lower doses such as 4.5 mg were not tested", "we did not test 1.5 mg") is
no arm's dose (CONTRACT.md: "6-25 mg/day is neither LDN nor standard dose: not
on-topic"). Round 51, c51a; shown by holdout175 19300027 (false larger-trials and
serotonergic "addressed"). An LDN study that names another low dose as untested keeps its
own dose, and a dose people did not respond to was still given."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Low-dose naltrexone (12 mg/day) augmentation of SSRIs in treatment-resistant "
            "depression: a randomized pilot trial",
            "We randomized 56 outpatients with major depression and partial response to an "
            "SSRI to naltrexone 12 mg/day, which we term low-dose relative to the 50 mg used "
            "in addiction, or placebo for 8 weeks. Response: 39% vs 21%. Lower doses such as "
            "4.5 mg were not tested.",
        ),
        # probes: other doses, drugs and word orders
        (
            "Low-dose naltrexone added to escitalopram in major depression: a randomised trial",
            "Methods: Sixty adults with major depressive disorder on escitalopram were "
            "randomised to naltrexone 10 mg daily, a dose we call low compared with the usual "
            "50 mg, or placebo.\nResults: MADRS fell by 4 points more with naltrexone. A "
            "4.5 mg dose was not tested.",
        ),
        (
            "Naltrexone at a low dose of 8 mg for depression on venlafaxine",
            "Methods: We randomised 72 adults with major depression taking venlafaxine to "
            "naltrexone 8 mg nightly or placebo for 10 weeks. We did not test 1.5 mg or 3 mg.\n"
            "Results: HAM-D fell by 3.5 points more with naltrexone.",
        ),
        (
            "Low-dose naltrexone 16 mg/day with sertraline in treatment-resistant depression",
            "Methods: Adults with treatment-resistant depression on sertraline (n = 90) were "
            "randomised to naltrexone 16 mg/day or placebo. Doses of 4.5 mg and 3 mg were not "
            "examined in this trial.\nResults: MADRS response was 41% vs 24%.",
        ),
    ],
)
def test_a_dose_called_low_is_not_ldn(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == []
    assert f.on_topic is False
    assert gaps(title, abstract, RCT) == {}


def test_an_ldn_study_keeps_its_dose_beside_an_untested_one() -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"
    abstract = (
        "Methods: Eighty adults with major depressive disorder on sertraline were randomised "
        "to naltrexone 4.5 mg nightly or placebo; 3 mg was not tested.\n"
        "Results: MADRS fell by 5 points more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # near misses: a dose not responded to, or with something else not given, was given
        (
            "Methods: Twenty adults with major depressive disorder on escitalopram took "
            "naltrexone 1.5 mg nightly, raised to 4.5 mg in those who did not respond to "
            "1.5 mg by week 4.\nResults: HAM-D fell from 22 to 13.",
            [1.5, 4.5],
        ),
        (
            "Methods: Twenty adults with major depressive disorder on escitalopram received "
            "naltrexone 4.5 mg nightly; 4.5 mg was not tolerated by two.\n"
            "Results: HAM-D fell from 22 to 13.",
            [4.5],
        ),
        (
            "Methods: Twenty-four adults with major depressive disorder on escitalopram "
            "received naltrexone 3 mg nightly. Patients on 3 mg were not given any other "
            "new medication.\nResults: HAM-D fell from 21 to 14.",
            [3.0],
        ),
    ],
)
def test_a_dose_given_stays(abstract: str, doses: list[float]) -> None:
    title = "Low-dose naltrexone with escitalopram in depression: an open-label trial"
    assert facts(title, abstract, TRIAL).ldn_doses_mg == doses
