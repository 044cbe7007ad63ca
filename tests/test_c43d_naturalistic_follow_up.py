"""Kind: a later, naturalistic follow-up of the people of a trial ("follow-up of patients
from a pilot trial", nothing assigned after the trial ended) is an observational study, even
where it names the parent's randomised people; it closes no gap with the co-medication they
took up afterwards.

Round 43, c43d; shown by holdout151 16600014 ("What happened next? Naturalistic one-year
follow-up of patients from a pilot trial of low-dose naltrexone for depression", read as an
rct with a serotonergic gap "addressed").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

OBS = ("Journal Article", "Observational Study")
_RECORD_TITLE = (
    "What happened next? Naturalistic one-year follow-up of patients from a pilot trial of "
    "low-dose naltrexone for depression"
)
_RECORD = (
    "We contacted the participants of the 2017 placebo-controlled pilot of naltrexone 1 mg "
    "twice daily added to dopaminergic antidepressant regimens. Ten of the 12 randomised "
    "patients agreed to a chart review and interview one year after the trial ended. Seven "
    "had continued LDN from their own physicians at 1.5-4.5 mg/day; four had since added "
    "sertraline or escitalopram. Depressive symptoms (QIDS-SR) were lower in those who "
    "continued LDN, but no treatment was assigned and numbers are very small."
)


def test_the_record_is_observational_and_closes_no_gap() -> None:
    f = facts(_RECORD_TITLE, _RECORD, OBS)
    assert f.design == "observational"
    assert gaps(_RECORD_TITLE, _RECORD, OBS) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Two years on: follow-up of participants from a randomised trial of low-dose "
            "naltrexone in major depression",
            "All 64 randomised adults were invited; 41 returned questionnaires. Many had "
            "started venlafaxine or sertraline alongside naltrexone 4.5 mg prescribed by "
            "their doctors. No study drug was supplied after week 12.",
        ),
        (
            "Observational follow-up of patients from the LDN-MOOD trial",
            "Of the 90 randomised patients, 58 were reached six months after the trial; 20 "
            "were taking naltrexone 3 mg with an SSRI. No treatment was allocated during "
            "follow-up.",
        ),
        (
            "Long-term naturalistic follow-up of responders from an open-label pilot of "
            "naltrexone in dysthymia",
            "Eighteen of 24 responders were seen at 12 months; several had added duloxetine. "
            "Care after the pilot was naturalistic follow-up by their physicians.",
        ),
    ],
)
def test_probes_a_naturalistic_follow_up_of_trial_people_is_observational(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, ("Journal Article",))
    assert f.design == "observational"
    assert gaps(title, abstract, ("Journal Article",)) == {}


def test_near_miss_a_trial_with_a_follow_up_visit_stays_a_trial() -> None:
    """A trial's own report that plans a follow-up visit is the trial."""
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"
    abstract = (
        "Methods: We randomised 96 adults with major depressive disorder on sertraline to "
        "naltrexone 4.5 mg or placebo for 10 weeks, with a follow-up visit at week 16.\n"
        "Results: MADRS fell more with naltrexone (p = 0.01)."
    )
    f = facts(title, abstract, RCT)
    assert f.design == "rct"
    assert f.n == 96
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"


def test_near_miss_a_follow_up_typed_a_trial_keeps_the_indexers_type() -> None:
    """An extension-like follow-up the indexers typed a trial, still dosing by protocol."""
    title = "Follow-up of patients from a randomised trial of low-dose naltrexone in depression"
    abstract = (
        "Methods: The 70 randomised adults on escitalopram continued naltrexone 2 mg by "
        "protocol for 24 further weeks.\nResults: Response was maintained."
    )
    f = facts(title, abstract, RCT)
    assert f.design != "observational"
