"""Derived reports and commentaries said in words round 22 had not met (batches 10-11):
a commentary read as the trial it discusses, an extension whose parent sits in its
Purpose sentence, a subgroup analysis whose own sample is a subset stated in Results."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

PREPRINT = ("Preprint",)

# -- a record that calls itself a commentary (critique, editorial, viewpoint, reply) on
# another report restates that report's trial but has no data of its own (preprints15
# PPR8400024: a false larger-trials and serotonergic 'addressed')

COMMENTARIES = [
    (
        "Is adjunctive low-dose naltrexone ready for depression care? A critical commentary "
        "on the LEAD-D preprint",
        "A recently posted preprint reports that LDN 4.5 mg added to SSRIs or SNRIs reduced "
        "depressive symptoms in 84 randomised outpatients with major depressive disorder. In "
        "this commentary we raise four concerns, among them the absence of a dose comparison "
        "(only 4.5 mg was tested, although 1-3 mg is widely used).",
    ),
    (
        "Low-dose naltrexone with escitalopram for depression: too good to be true?",
        "Smith and colleagues randomised 120 adults with major depressive disorder taking "
        "escitalopram to naltrexone 4.5 mg or placebo and report a large effect. This critique "
        "examines three weaknesses of their analysis.",
    ),
    (
        "Low-dose naltrexone for depression: a viewpoint on the recent DUAL trial",
        "The DUAL trial randomised 150 adults with MDD on SSRIs to LDN 4.5 mg or placebo. I "
        "argue that its blinding was inadequate.",
    ),
    (
        "Editorial: low-dose naltrexone and depression, where next?",
        "A trial of 200 outpatients with major depressive disorder taking sertraline "
        "randomised to naltrexone 4.5 mg or placebo was reported this month. This editorial "
        "discusses what it means for clinicians.",
    ),
    (
        "Naltrexone at two doses in treatment-resistant depression: questions remain",
        "The authors compared naltrexone 2 mg and 4.5 mg daily in 88 patients with "
        "treatment-resistant depression taking SNRIs. We comment on the dose comparison and "
        "on its statistical analysis.",
    ),
]


@pytest.mark.parametrize("types", [PREPRINT, JOURNAL])
@pytest.mark.parametrize(("title", "abstract"), COMMENTARIES)
def test_a_self_described_commentary_reports_no_trial(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    got = facts(title, abstract, types)
    assert (got.design, got.n, got.ldn_doses_mg, got.concomitant_classes) == ("other", None, [], [])
    assert gaps(title, abstract, types) == {}


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # a letter or short report with people of its own is that study
        (
            "Low-dose naltrexone added to SSRIs in major depression: a research letter",
            "In this letter we report a pilot: we randomised 60 adults with major depressive "
            "disorder taking SSRIs to naltrexone 4.5 mg or placebo for 8 weeks.",
            60,
        ),
        (
            "Low-dose naltrexone in depression: a short report",
            "In this short report we describe 52 adults with major depressive disorder on "
            "escitalopram whom we randomly assigned to naltrexone 4.5 mg or placebo.",
            52,
        ),
        # a trial citing someone's commentary in its background is still the trial
        (
            "Low-dose naltrexone augmentation of sertraline in depression: a randomised trial",
            "Background: A commentary on earlier work argued that LDN needed testing.\n"
            "Methods: We randomised 64 adults with major depressive disorder taking sertraline "
            "to naltrexone 4.5 mg or placebo.\nResults: Scores fell more with LDN.",
            64,
        ),
    ],
)
def test_a_letter_or_report_with_data_of_its_own_keeps_them(
    title: str, abstract: str, n: int
) -> None:
    got = facts(title, abstract, PREPRINT)
    assert (got.design, got.n) == ("rct", n)
    assert gaps(title, abstract, PREPRINT).get("larger-trials") == "addressed"
