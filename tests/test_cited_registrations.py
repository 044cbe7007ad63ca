"""A registry id the text names only for another trial links the record to no study.

A PubMed record's NCT ids come from its DataBankList and from its text. One named only in
a clause about another trial ("a 150-patient trial (NCT...) began recruiting") is not the
record's registration: linked by it, an 18-patient pilot would join that larger trial's
study and lend it results it does not have.
"""

from __future__ import annotations

import pytest
from written import LEX, RULES, article

from ldn_watch.assess import assess
from ldn_watch.studies import edges

PILOT = "Sequential dose escalation of naltrexone in major depressive disorder: an open-label study"
METHODS = (
    "Methods: Eighteen adults with major depressive disorder on stable bupropion received "
    "open-label naltrexone in four consecutive steps of 0.5, 1.5, 3 and 4.5 mg.\n"
    "Results: Sixteen completed; MADRS fell by 8.3 points at 4.5 mg.\n"
)


def _links(title: str, abstract: str, ncts: list[str]) -> list[str]:
    record = article(title, abstract, nct_ids=ncts)
    return edges(record, assess(record, LEX, RULES).facts)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Conclusion: A 150-patient multicentre randomised trial (NCT06788231) began "
        "recruiting in 2026.",
        "Conclusion: Another trial of naltrexone in depression (NCT06788231) is now "
        "recruiting 150 patients.",
        "Conclusion: A larger randomised trial (NCT06788231) will test 1.5 and 4.5 mg.",
    ],
)
def test_an_id_named_only_for_another_trial_links_nothing(conclusion: str) -> None:
    assert "ctgov:NCT06788231" not in _links(PILOT, METHODS + conclusion, ["NCT06788231"])


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (PILOT, METHODS + "Trial registration: NCT05550001."),
        (
            PILOT,
            METHODS + "Conclusions: Doses near 3 mg may suffice. ClinicalTrials.gov NCT05550001",
        ),
        # a secondary analysis names its parent trial's id in its own methods
        (
            "Baseline inflammation and response to low-dose naltrexone in postpartum "
            "depression: a secondary analysis of the LUNA-PPD randomised trial",
            "Methods: In LUNA-PPD (NCT05550001), women with postpartum depression taking an "
            "SSRI were randomised to naltrexone 1.5 mg/day, 4.5 mg/day or placebo; 118 had "
            "a baseline CRP.\nResults: The effect was larger with CRP of 3 mg/L or more.",
        ),
    ],
)
def test_the_records_own_id_still_links_it(title: str, abstract: str) -> None:
    assert "ctgov:NCT05550001" in _links(title, abstract, ["NCT05550001"])
