"""Round 22 (c22b): doses as written, what a record is, withdrawn preprints; from
holdout66-67, registry15 and preprints13 once they were opened. Each case is written in
words of its own as well as in those of the record that showed it."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

TRIAL_TITLE = "Low-dose naltrexone in major depressive disorder: a randomised trial"


# -- a non-response that got people enrolled is not a raise for some (holdout67 38100025:
# "adults with ... an inadequate response (MADRS >= 20) to at least 6 weeks of an SSRI or
# SNRI were randomly assigned to naltrexone titrated from 1.5 mg to 4.5 mg" read the
# fixed titration as a raise for non-responders and kept its first step)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Adults with an inadequate response (MADRS >= 20) to at least 6 weeks of an SSRI or "
            "SNRI were randomly assigned (1:1) to naltrexone titrated from 1.5 mg to 4.5 mg at "
            "night, or placebo, for 12 weeks.",
            [4.5],
        ),
        (
            "Patients who had not responded to two antidepressant trials were randomised to "
            "naltrexone, up-titrated from 1 mg to 4.5 mg over 2 weeks, or to placebo.",
            [4.5],
        ),
        (
            "Women with partial response to escitalopram received add-on naltrexone, started at "
            "1 mg and raised to 4.5 mg by day 10.",
            [4.5],
        ),
        # a raise for those not responding to the watched drug itself keeps both levels
        (
            "Participants received naltrexone 1.5 mg nightly; those who did not respond to "
            "naltrexone by week 4 were increased to 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Adults with MDD received naltrexone titrated from 1.5 to 4.5 mg in those with an "
            "inadequate response to the lower dose.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_non_response_to_an_earlier_treatment_is_not_a_raise_for_some(
    methods: str, doses: list[float]
) -> None:
    assert facts(TRIAL_TITLE, f"Methods: {methods}", RCT).ldn_doses_mg == doses


# -- a flexible maintenance range after a start is the doses; the start is not (holdout67
# 38100032: "LDN was started at 0.5 to 1.5 mg nightly and titrated at the clinician's
# discretion; maintenance doses ranged from 1.5 to 4.5 mg/day" read the start range as a
# ramp to 1.5 mg and the maintenance range's "from" as a start)

CHART = "Low-dose naltrexone for depression: a retrospective chart review"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "We reviewed the records of 214 adults with depression prescribed LDN. LDN was "
            "started at 0.5 to 1.5 mg nightly and titrated at the clinician's discretion; "
            "maintenance doses ranged from 1.5 to 4.5 mg/day.",
            [1.5, 4.5],
        ),
        (
            "We reviewed charts of 80 adults with major depression given low-dose naltrexone. "
            "Starting doses were 0.5-1 mg; patients were maintained on 3 to 4.5 mg daily.",
            [3.0, 4.5],
        ),
        (
            "Eighty outpatients with depression received low-dose naltrexone, begun at 1 mg at "
            "bedtime and then adjusted within 1.5-4.5 mg according to response.",
            [1.5, 4.5],
        ),
        # a fixed titration from a start keeps only its target; a range of doses taken
        # with nothing after it keeps both ends
        (
            "We reviewed records of 60 depressed patients. LDN was started at 1.5 mg and "
            "titrated to 4.5 mg over two weeks.",
            [4.5],
        ),
        (
            "We reviewed records of 60 depressed patients. LDN was started at doses of 1.5 to "
            "4.5 mg daily.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_maintenance_range_after_a_start_is_the_doses(methods: str, doses: list[float]) -> None:
    assert facts(CHART, f"Methods: {methods}", JOURNAL).ldn_doses_mg == doses
