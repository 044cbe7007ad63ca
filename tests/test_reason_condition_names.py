"""A reason names the other condition a trial selected for by its full name.

The name is found from its condition word, so an abbreviation defined as "multiple
sclerosis (MS)" was written out as "sclerosis", and the reason read "participants
selected for relapsing sclerosis". The abbreviation's initials ask for the words before it.
"""

from __future__ import annotations

import pytest
from written import LEX, RCT, RULES, article

from ldn_watch.assess import assess


@pytest.mark.parametrize(
    ("background", "people", "named"),
    [
        (
            "Fatigue is common in multiple sclerosis (MS).",
            "adults with relapsing MS",
            "multiple sclerosis",
        ),
        ("Chronic fatigue syndrome (CFS) is disabling.", "adults with CFS", "Chronic fatigue"),
        (
            "Inflammatory bowel disease (IBD) is common.",
            "adults with IBD",
            "Inflammatory bowel disease",
        ),
    ],
)
def test_the_reason_names_the_condition_in_full(background: str, people: str, named: str) -> None:
    record = article(
        "Low-dose naltrexone for fatigue: a randomised trial",
        f"Background: {background}\nMethods: Sixty {people} were randomised to naltrexone "
        "4.5 mg or placebo. Outcomes were fatigue and the BDI-II.\nResults: BDI-II improved.",
        RCT,
    )
    judged = assess(record, LEX, RULES)
    assert not judged.facts.depression_population
    assert named in judged.reasons["larger-trials"]
