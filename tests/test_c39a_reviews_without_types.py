"""A record that names itself a review is a review, whatever trials and cohorts it goes
on to list, also where no publication type says so (a preprint, a PubMed record typed only
Journal Article); the antidepressants it "discusses combining with" LDN are nobody's
co-medication. From preprints34 PPR6500009 ("Beyond Monoamines ...: A Narrative Review"),
read as the pilot RCT with SSRIs and SNRIs: a false serotonergic-combination "addressed"."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps, judge_preprint, preprint

NARRATIVE = (
    "Beyond Monoamines: Low-Dose Naltrexone in the Treatment of Depression - A Narrative Review",
    "Depression remains inadequately treated in up to a third of patients. Low-dose naltrexone "
    "(LDN), typically 1-4.5 mg daily, blocks opioid receptors transiently. This review "
    "summarises the pharmacology of LDN, the pilot randomised trial in patients on dopaminergic "
    "antidepressant regimens, case series in treatment-resistant depression, and observational "
    "data. We discuss the possible value of combining LDN with SSRIs or SNRIs, and dosing "
    "questions. We conclude that larger randomised trials, dose-finding studies and trials with "
    "serotonergic antidepressants are required.",
)
# the same kind said differently (probes)
SCOPING = (
    "Low-dose naltrexone and the opioid system in depressive disorders: a scoping review",
    "This scoping review maps the randomised pilot of naltrexone 1 mg twice daily in patients "
    "taking bupropion or stimulants, two retrospective cohorts and registry data on LDN "
    "prescriptions. Pairing LDN with escitalopram or venlafaxine is considered. Trials of "
    "serotonergic combinations are lacking.",
)
OVERVIEW = (
    "Low-dose naltrexone for depression: where do we stand?",
    "In this narrative overview we summarise the single randomised trial in 12 outpatients on "
    "dopaminergic regimens, real-world prescription data and retrospective chart series, "
    "and we consider whether SNRIs or tricyclics could be paired with naltrexone "
    "4.5 mg. Adequately powered trials with serotonergic antidepressants are needed.",
)
JOURNAL_ONLY = (
    "Naltrexone at low doses in mood disorders: what the evidence shows",
    "We review the randomised pilot in 12 patients on dopaminergic antidepressants, open-label "
    "reports of LDN added to sertraline and retrospective chart data. Combining LDN with "
    "SSRIs or SNRIs is discussed. Larger randomised trials are required.",
)


def test_a_preprint_calling_itself_a_narrative_review_is_a_review() -> None:
    f, g = judge_preprint(preprint(*NARRATIVE))
    assert f.design == "review"
    assert f.concomitant_classes == []
    assert g == {}


@pytest.mark.parametrize("record", [SCOPING, OVERVIEW])
def test_other_preprints_that_declare_a_review_are_reviews(record: tuple[str, str]) -> None:
    f, g = judge_preprint(preprint(*record))
    assert f.design == "review"
    assert f.concomitant_classes == []
    assert g == {}


def test_a_journal_article_that_reviews_trials_is_a_review() -> None:
    assert facts(*JOURNAL_ONLY, JOURNAL).design == "review"
    assert gaps(*JOURNAL_ONLY, JOURNAL) == {}


TRIAL_TITLE = "Low-dose naltrexone added to sertraline in major depression"
TRIAL = (
    "Background: A recent review concluded that low-dose naltrexone is promising but that "
    "larger trials are needed.\nMethods: 64 adults with major depressive disorder taking "
    "sertraline were randomised to naltrexone 1 mg twice daily or placebo for eight weeks.\n"
    "Results: Depression scores fell more with naltrexone (p = 0.03)."
)


@pytest.mark.parametrize("types", [RCT, JOURNAL])
def test_a_trial_citing_a_review_stays_a_trial(types: tuple[str, ...]) -> None:
    assert facts(TRIAL_TITLE, TRIAL, types).design == "rct"
    assert gaps(TRIAL_TITLE, TRIAL, types).get("serotonergic-combination") == "addressed"


def test_a_chart_review_of_its_own_records_stays_observational() -> None:
    title = "Low-dose naltrexone in depressed outpatients: a review of 46 cases"
    abstract = (
        "We reviewed the medical records of 46 outpatients with depression who took "
        "naltrexone 4.5 mg; 28 improved. Larger trials are needed."
    )
    assert facts(title, abstract, JOURNAL).design == "observational"
