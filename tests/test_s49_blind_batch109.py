"""Kinds met in blind batch 109 (session 49, measured on d88bd46c), each written again in
other words.

- holdout443 50200015: a low-dose naloxone infusion trial added to SSRIs ending "Oral LDN
  trials, which this study did not test, remain the more practical route" read on-topic:
  "this study" was read as the study giving the drug (a false serotonergic verdict).
- holdout443 50200012: an MS registry cohort titled "Fatigue, pain and antidepressant
  co-prescription in people with multiple sclerosis using low-dose naltrexone" read the
  co-prescription as the drug added to the antidepressants people take for depression.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

NALOXONE_TITLE = "Low-dose naloxone infusions as an adjunct to SSRIs in resistant depression"
NALOXONE_TEXT = (
    "Background: Low-dose naltrexone (LDN) is an oral option, but an intravenous antagonist "
    "allows rapid dose control.\n"
    "Methods: Adults with treatment-resistant depression on a stable SSRI were randomized to "
    "six naloxone infusions or saline while continuing the SSRI.\n"
    "Results: Thirty-four patients were randomized; MADRS change did not differ.\n"
    "Conclusions: {last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "Oral LDN trials, which this study did not test, remain the more practical route.",
        "Low-dose naltrexone, which the present trial never examined, may act otherwise.",
    ],
)
def test_the_drug_the_study_says_it_did_not_test_is_given_to_nobody(last: str) -> None:
    text = NALOXONE_TEXT.format(last=last)
    assert facts(NALOXONE_TITLE, text, RCT).on_topic is False
    assert gaps(NALOXONE_TITLE, text, RCT) == {}


def test_the_drug_this_study_tested_is_given() -> None:
    title = "Low-dose naltrexone as an adjunct to SSRIs in resistant depression"
    text = (
        "Methods: Adults with treatment-resistant depression on a stable SSRI took low-dose "
        "naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: Thirty-four patients were treated; MADRS fell by 8 points.\n"
        "Conclusions: LDN, which this study tested in an open design, needs a controlled trial."
    )
    assert facts(title, text, JOURNAL).on_topic is True


@pytest.mark.parametrize(
    "title",
    [
        "Fatigue, pain and antidepressant co-prescription in people with multiple sclerosis "
        "using low-dose naltrexone: a registry cohort",
        "Antidepressant co-prescriptions among psoriasis patients starting low-dose naltrexone",
    ],
)
def test_antidepressants_co_prescribed_in_another_disease_are_no_depression(title: str) -> None:
    text = (
        "Methods: Using a national registry, we identified adults who started low-dose "
        "naltrexone (3-4.5 mg/day) and had fatigue and pain recorded before and 6 months after "
        "initiation. Antidepressant co-prescription at the start was taken from pharmacy claims.\n"
        "Results: We included 540 patients, of whom 150 were taking an antidepressant. Fatigue "
        "and pain improved slightly, whatever the co-prescription."
    )
    assert facts(title, text, JOURNAL).on_topic is False
