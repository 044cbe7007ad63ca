"""A case report of one person who is introduced without "a": an age written without an
article ("The patient is 41-year-old man"), the clinician's shorthand age-and-sex ("62M,
bipolar II depression ...") or a title saying "A case of ..." / ": case report". n is 1.
Shown by holdout243 27200005 and 27200035 (n None for 1). Session 25, round 68, c68b."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Addition of low-dose naltrexone in treatment-resistant depression",
            "The patient is 41-year-old man with recurrent major depression who had not "
            "responded to sertraline 200 mg. Naltrexone 3 mg at night was added. After six "
            "weeks his HAM-D fell from 22 to 10.",
        ),
        (
            "LDN add-on for bipolar II depression: case report",
            "62M, bipolar II depression, lithium + lamotrigine. HAMD 23. Added NTX 2 mg qd. "
            "Wk 6 HAMD 11. No switch to hypomania.",
        ),
        (
            "A case of chronic depression with fatigue that responded to low-dose naltrexone",
            "Depressed mood and fatigue had persisted for years despite escitalopram. "
            "Naltrexone 4.5 mg daily was added, and within two months her PHQ-9 fell "
            "from 18 to 7.",
        ),
    ],
)
def test_one_person(title: str, abstract: str) -> None:
    assert facts(title, abstract, CASE).n == 1


def test_series_keeps_its_count() -> None:
    # near miss: a case series states how many it describes
    abstract = (
        "We describe three patients with treatment-resistant depression, aged 38 to 60, "
        "who received naltrexone 4.5 mg daily added to their antidepressant. All improved."
    )
    assert facts("Low-dose naltrexone in depression: case series", abstract, CASE).n == 3
