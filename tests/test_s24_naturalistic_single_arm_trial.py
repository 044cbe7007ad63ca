"""A title that calls the study "naturalistic" (how care is given, not how people are
assigned) over an abstract whose own words describe a single-arm or open-label treatment of
its own is a non-randomised trial, not an observational study; read so, its drug is taken
by its people (on-topic). Shown by holdout231 25800013 ("Open-label LDN in TRD: 12-wk
naturalistic pilot", "... + LDN 4.5 mg nocte x 12 wk, open label, single arm").
Session 24, round 65, c65d."""

import pytest
from written import facts

CONGRESS = ("Journal Article", "Congress")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at low dose added to antidepressants: a naturalistic pilot",
            "Twelve outpatients with major depression took naltrexone 4.5 mg nightly for 8 "
            "weeks in a single-arm design. HAM-D scores fell from 21 to 13 (p = 0.003).",
        ),
        (
            "Low-dose naltrexone in bipolar depression: a naturalistic study",
            "Single arm, open label: 18 adults with bipolar depression received LDN 3 mg at "
            "night for 10 weeks alongside their mood stabiliser. MADRS fell from 27 to 17.",
        ),
        (
            "Naltrexone 1.5 mg in late-life depression: 8-wk naturalistic pilot",
            "Single-arm, open-label. N=15 pts w/ MDD aged >65 y took LDN 1.5 mg qhs x 8 wk. "
            "GDS 11 -> 7; no falls.",
        ),
    ],
)
def test_naturalistic_title_over_own_single_arm_treatment(title: str, abstract: str) -> None:
    f = facts(title, abstract, CONGRESS)
    assert f.design == "nonrandomized_trial"
    assert f.on_topic is True


def test_naturalistic_records_of_care_stay_observational() -> None:
    """Near miss: nothing of the study's own is single-arm or open-label."""
    f = facts(
        "Low-dose naltrexone in routine psychiatric care: a naturalistic study",
        "We reviewed the records of 40 outpatients with depression whose psychiatrists had "
        "prescribed naltrexone 4.5 mg nightly. MADRS scores fell from 26 to 18 over 12 weeks.",
    )
    assert f.design == "observational"
