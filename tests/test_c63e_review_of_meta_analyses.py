"""A review whose meta-analyses are the works it takes in ("an umbrella review of
systematic reviews and meta-analyses", "we appraised 14 published meta-analyses", "nine
meta-analyses were included", "one pooled analysis of 236 participants" among what the
reviews covered) pools nothing itself: its design is `review`, not `meta_analysis`
(CONTRACT.md: the design is the study itself; a review of trials is `review`). A record
that also pools data in a meta-analysis of its own stays `meta_analysis`.

Round 63, c63e; the record that showed it: holdout26 79100040, "Opioid-system modulators
for depression: an umbrella review of systematic reviews and meta-analyses".
"""

from __future__ import annotations

import pytest
from written import facts

SR = ("Journal Article", "Review", "Systematic Review")
RECORD_TITLE = (
    "Opioid-system modulators for depression: an umbrella review of systematic reviews and "
    "meta-analyses"
)
RECORD = (
    "Opioid-system modulators are increasingly proposed for depressive disorders, but the "
    "evidence base is spread across many overlapping reviews. We conducted an umbrella review "
    "of systematic reviews and meta-analyses published up to January 2027 on buprenorphine, "
    "buprenorphine-samidorphan, tramadol, kappa-opioid receptor antagonists (aticaprant, "
    "navacaprant) and low-dose naltrexone (LDN) in people with depressive disorders. "
    "Twenty-three reviews met inclusion criteria; their primary studies overlapped "
    "considerably (corrected covered area 18%). Methodological quality (AMSTAR 2) was "
    "critically low in nine. For LDN, four reviews covering one pilot trial of 12 patients, "
    "one trial of 164 and one pooled analysis of 236 participants found moderate-certainty "
    "evidence of benefit as augmentation of antidepressants; no review identified an "
    "adequately powered comparison of LDN doses. Evidence for buprenorphine-samidorphan was of "
    "high certainty but showed small and inconsistent effects, and kappa antagonists remain "
    "investigational. Future reviews should register protocols and address overlap explicitly."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, SR)
    assert f.on_topic
    assert f.design == "review"
    assert f.n is None


TAKEN_IN = [
    # the title names them
    (
        "Overview of meta-analyses: naltrexone at low doses and other opioid agents for depression",
        "We appraised 14 published meta-analyses of opioid agents in depression, two of them "
        "on low-dose naltrexone 4.5 mg. Certainty was low for most agents.",
    ),
    # the results count them
    (
        "Opioid modulation in major depression: a systematic overview",
        "Methods: We searched MEDLINE and Embase up to 2026.\nResults: Nine meta-analyses were "
        "included; two covered low-dose naltrexone added to antidepressants in depression.\n"
        "Conclusions: The evidence for LDN is thin.",
    ),
    # the methods search for them
    (
        "Low-dose naltrexone for depression: what do the reviews say?",
        "Methods: We searched for systematic reviews and meta-analyses of low-dose naltrexone "
        "in depression and rated them with AMSTAR 2.\nResults: Five reviews were found; "
        "quality was low.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), TAKEN_IN)
def test_review_of_meta_analyses(title: str, abstract: str) -> None:
    assert facts(title, abstract, SR).design == "review"


OWN_POOLING = [
    (
        "Low-dose naltrexone for depression: a systematic review and meta-analysis",
        "We pooled five randomised trials of low-dose naltrexone in depression (n = 412) in a "
        "random-effects meta-analysis. MADRS change favoured LDN.",
    ),
    (
        "Opioid agents in depression: an umbrella review with a new meta-analysis",
        "We identified six meta-analyses of opioid agents in depression and re-pooled their "
        "nine primary trials of low-dose naltrexone in a random-effects meta-analysis.",
    ),
    (
        "Low-dose naltrexone augmentation in depression: an updated synthesis",
        "Updating previous meta-analyses, we performed a meta-analysis of seven trials of "
        "low-dose naltrexone added to antidepressants in major depression.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), OWN_POOLING)
def test_own_meta_analysis_stays(title: str, abstract: str) -> None:
    assert facts(title, abstract, SR).design == "meta_analysis"
