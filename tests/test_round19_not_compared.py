"""Round 19 (c19c), dose-finding precision: a record "compares doses" only when two or
more LDN doses go to different arms, cohorts or periods that are each assessed. Probes
written for the near misses that gave false dose-finding verdicts on fresh batches: the
LDN arms of a parent trial pooled into one group in a derived report (said without
"arms were pooled"), and the doses of an earlier study described in a clause of the
record's own sentence."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

DERIVED = "Low-dose naltrexone and anhedonia in major depression: a post-hoc analysis"


@pytest.mark.parametrize(
    "methods",
    [
        "This post-hoc analysis combined participants given naltrexone 1.5 mg or 4.5 mg in "
        "the parent trial into one LDN group (n = 64), compared with placebo (n = 32).",
        "Data from both LDN dose groups (2 mg and 4.5 mg) of a randomised trial in 96 adults "
        "with MDD were merged and compared with placebo for inflammatory markers.",
        "In this secondary analysis of a randomised trial of naltrexone 1.5 mg, 4.5 mg or "
        "placebo, we pooled both naltrexone arms (n = 80) and compared them with placebo.",
    ],
)
def test_pooled_dose_arms_of_a_parent_trial_compare_no_doses(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: SHAPS improved more with naltrexone."
    assert not facts(DERIVED, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(DERIVED, abstract, RCT)


OPEN = "Low-dose naltrexone in major depression: an open-label trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Following an earlier dose-finding study that compared 1.5 and 4.5 mg, we gave 4.5 mg "
        "nightly to 30 adults with MDD for 8 weeks.",
        "Unlike the published dose-ranging trial, which compared 1.5 mg with 4.5 mg, we "
        "treated 30 adults with MDD with 4.5 mg nightly for 8 weeks.",
        "Earlier dose-ranging work using 1 mg and 4.5 mg guided this study: 30 adults with MDD "
        "took 4.5 mg nightly for 8 weeks.",
    ],
)
def test_doses_of_an_earlier_study_in_a_clause_are_not_the_studys(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell from 27 to 15."
    f = facts(OPEN, abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
