"""A study that draws its people from a trial and says so in its title ("...: an interview
study nested in the X trial") may tell how those people were allocated in that trial
("they had been randomised to X or placebo in the parent trial"): that allocation is the
host trial's, where the people came from, not the record's own design, so the record stays
the observational study its title declares and closes no gap (CONTRACT.md, "design"; the
brief's precision first). A record that allocates people itself keeps its trial design.
Shown by holdout345 38700020 (a qualitative interview study inside a trial of LDN added to
SSRIs or SNRIs read as an rct that addressed the serotonergic combination). Session 32,
round 84, c84b."""

from __future__ import annotations

import pytest
from written import facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Participants' accounts of low-dose naltrexone with escitalopram: a qualitative "
            "study embedded in the REMOOD trial",
            "Methods: Focus groups were held with 21 adults with major depression taking "
            "escitalopram, who were randomised to naltrexone 1.5 mg or placebo in the host "
            "trial.\nResults: Participants spoke of hope, dreams and guessing their allocation.",
        ),
        (
            "Living with depression during a placebo-controlled trial: an interview study "
            "nested in the NALTREX-MOOD trial",
            "Methods: Semi-structured interviews with 28 adults with treatment-resistant "
            "depression on an SNRI, who were randomly allocated to naltrexone 3 mg or placebo "
            "within the main trial. Transcripts were coded by two researchers.\nResults: Four "
            "themes emerged about taking part.",
        ),
        (
            "Patients' views of adding low-dose naltrexone to citalopram: a qualitative "
            "study alongside a randomised trial",
            "Methods: Thirty participants with major depression taking citalopram, who were "
            "assigned to naltrexone 2 mg or placebo by the host trial, took part in focus "
            "groups after the trial ended.\nResults: Participants valued the weekly contact.",
        ),
    ],
)
def test_the_host_trials_allocation_is_not_the_records(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "observational"
    assert "serotonergic-combination" not in gaps(title, abstract)


def test_an_allocation_of_its_own_keeps_the_trial() -> None:
    # near miss: the record itself randomises, the parent named only as where a dose came from
    title = "Low-dose naltrexone added to sertraline: a qualitative and quantitative study"
    abstract = (
        "Methods: We randomised 60 adults with major depression taking sertraline to "
        "naltrexone 4.5 mg or placebo, the dose chosen in the parent trial, and interviewed "
        "them after eight weeks.\nResults: MADRS fell more with naltrexone."
    )
    assert facts(title, abstract).design == "rct"
