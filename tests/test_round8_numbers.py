"""Numbers, doses and what a record is: rules added in round 8 (the "numbers" part).

CONTRACT.md: ``n`` is the number of participants of the study itself (reviews and
meta-analyses: null); ``compares_doses`` is two or more doses compared or explicitly
dose-finding; ``ldn_doses_mg`` lists the maintenance doses participants were assigned to.
Every record here is written for this test, one kind per case, with a near miss where one
applies; none is taken from a labelled set.
"""

from __future__ import annotations

from written import RCT, facts, gaps

PREPRINT = ("Preprint",)


# ------------------------------------ a synthesis recognised from its own words
def test_a_synthesis_without_publication_types_is_known_by_its_search_and_inclusion() -> None:
    """A preprint has no "Systematic Review" type: "we comprehensively searched ...; nine
    studies met the eligibility criteria" says what it is, and a pooled total is no n."""
    title = "Naltrexone at low doses in mood disorders: systematic review and meta-analysis"
    text = (
        "Background: Naltrexone at 1-5 mg/day is used off-label for mood disorders.\n"
        "Methods: We comprehensively searched PubMed, Scopus and trial registers up to May "
        "2026 for studies of low-dose naltrexone in adults with depression.\n"
        "Results: Nine studies met the eligibility criteria (four randomised controlled trials "
        "and five cohort studies; 2,230 patients overall). Pooled HAM-D change favoured "
        "naltrexone (SMD -0.35).\nConclusions: Better trials are needed."
    )
    f = facts(title, text, PREPRINT)
    assert f.design == "meta_analysis"
    assert f.n is None
    assert gaps(title, text, PREPRINT) == {}


def test_near_miss_a_trial_that_searched_its_records_stays_a_trial() -> None:
    f = facts(
        "Low-dose naltrexone added to escitalopram in major depression: a randomised trial",
        "Methods: 96 adults with major depression on escitalopram were randomised to "
        "naltrexone 3 mg/day or placebo for 10 weeks.\nResults: MADRS fell more with "
        "naltrexone (p = 0.02).",
        RCT,
    )
    assert f.design == "rct"
    assert f.n == 96


# ------------------------------------------------- a comparison said not to exist
def test_a_dose_comparison_stated_as_missing_is_not_one() -> None:
    """ "The study did not compare doses" says what is missing, not what was done."""
    title = "Low-dose naltrexone for depression in primary care: an open-label study"
    text = (
        "Methods: Forty adults with major depression took low-dose naltrexone nightly for 12 "
        "weeks.\nResults: PHQ-9 fell by 6 points. The study did not compare doses."
    )
    assert not facts(title, text, ("Clinical Trial",)).compares_doses
    assert "dose-finding" not in gaps(title, text, ("Clinical Trial",))


def test_near_miss_a_trial_that_compares_two_doses_still_does() -> None:
    f = facts(
        "Two doses of low-dose naltrexone in depression: a randomised trial",
        "Methods: 80 adults with major depression were randomised to naltrexone 2 mg/day or "
        "4 mg/day, comparing the two doses over 8 weeks.\nResults: Both doses improved MADRS.",
        RCT,
    )
    assert f.compares_doses


# ------------------------------------------------ a simulation has no participants
def test_a_simulation_study_has_no_participants() -> None:
    f = facts(
        "Sample size for trials of low-dose naltrexone in depression: a simulation study",
        "Methods: We generated simulated trials of naltrexone 1 mg and 4 mg/day against "
        "placebo in depression. No patients were enrolled.\nResults: With 240 participants, "
        "power to detect a 3-point MADRS difference was 81%.",
        PREPRINT,
    )
    assert f.design == "other"
    assert f.n is None
