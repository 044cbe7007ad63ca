"""A review that names the drug's trials only to say it leaves them out ("...; we do not
review these here", "These trials are outside the scope of this review", "..., which this
review does not cover") does not review the drug: its participants (the studies it
reviews) receive no LDN, so it is off-topic (CONTRACT.md: LDN named only in the
background or in a cited earlier study is not on-topic). A review that names the drug in
its title, or says it took the drug's trials in, still reviews it.

Round 63, c63e; the record that showed it: holdout222 24800012, "Opioid receptor
modulators for depression: kappa antagonists, buprenorphine and beyond" ("Low-dose
naltrexone was studied in a 12-patient pilot ... and a trial of 96 patients ...; we do not
review these here").
"""

from __future__ import annotations

import pytest
from written import REVIEW, facts

RECORD_TITLE = (
    "Opioid receptor modulators for depression: kappa antagonists, buprenorphine and beyond"
)
RECORD = (
    "The opioid system is a promising target for treatment-resistant depression. We review "
    "kappa-opioid receptor antagonists (aticaprant, navacaprant), buprenorphine with or without "
    "samidorphan, and tianeptine. Low-dose naltrexone was studied in a 12-patient pilot with "
    "dopaminergic antidepressants, and a trial of 96 patients taking SSRIs has since been "
    "published; we do not review these here. Kappa antagonism added to SSRIs or SNRIs had mixed "
    "phase 3 results."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, ("Journal Article", *REVIEW))
    assert not f.on_topic
    assert f.design == "review"


SET_ASIDE = [
    # a relative clause in the same sentence
    (
        "Rapid-acting treatments for treatment-resistant depression: a narrative review",
        "We review esketamine, psilocybin and zuranolone for treatment-resistant depression. "
        "Small trials of low-dose naltrexone (n = 12 and n = 96) have also been reported, which "
        "this review does not cover. Esketamine has the strongest evidence.",
    ),
    # the next sentence, by a pronoun
    (
        "Anti-inflammatory augmentation in major depression: a review",
        "This review summarises trials of celecoxib, minocycline and infliximab added to "
        "antidepressants. Two randomised trials have tested low-dose naltrexone 4.5 mg with "
        "SSRIs. These trials are outside the scope of this review. Minocycline had the most "
        "consistent benefit.",
    ),
    # labelled, in the results, joined by "but"
    (
        "Buprenorphine for depression in older adults: a systematic review",
        "Methods: We searched MEDLINE and Embase for trials of buprenorphine in late-life "
        "depression.\nResults: Seven trials were included. Trials of low-dose naltrexone in "
        "depression were also found but we did not review them.\nConclusions: Buprenorphine "
        "may help older adults with depression.",
    ),
    # a short clause with "it"
    (
        "Kappa-opioid antagonists for anhedonia: where are we now?",
        "We review aticaprant and navacaprant for anhedonia in depression. Low-dose naltrexone "
        "has also been tried in depression; it is not reviewed here. Both antagonists reduced "
        "anhedonia in phase 2 trials.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), SET_ASIDE)
def test_review_sets_drug_aside(title: str, abstract: str) -> None:
    assert not facts(title, abstract, ("Journal Article", *REVIEW)).on_topic


REVIEWED = [
    # the title names the drug: it reviews it
    (
        "Low-dose naltrexone and other opioid modulators for depression: a review",
        "We review low-dose naltrexone, kappa antagonists and buprenorphine for depression. "
        "Low-dose naltrexone was studied in two trials; we summarise these here.",
    ),
    # something else set aside, the drug reviewed
    (
        "Opioid modulators in depression: a systematic review",
        "We reviewed trials of low-dose naltrexone in depression. Standard-dose naltrexone "
        "trials in alcohol use disorder were identified; we do not review these here.",
    ),
    # the drug's trials taken in by the next sentence
    (
        "Augmentation strategies in treatment-resistant depression: a review",
        "We review augmentation strategies for treatment-resistant depression. Two trials "
        "tested low-dose naltrexone in major depression. These trials were included in our "
        "synthesis.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), REVIEWED)
def test_review_of_the_drug_stays(title: str, abstract: str) -> None:
    assert facts(title, abstract, ("Journal Article", *REVIEW)).on_topic
