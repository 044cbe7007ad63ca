"""A case report whose one patient is aged by a decade, not in years ("A woman in her
30s", "a man in his late fifties"): one person, n 1. Shown by holdout318 35700017 (n not
stated). Session 31, round 80, c80c."""

import pytest
from written import CASE, facts

CASES = [
    (
        "Low-dose naltrexone for chronic depression after bereavement",
        "A man in his late fifties with persistent depressive disorder had not responded "
        "to two antidepressants. He started naltrexone 1.5 mg nightly and rose to 4.5 mg; "
        "his mood lifted within two months.",
    ),
    (
        "Naltrexone at 3 mg for postpartum depression: a case",
        "A mother in her 20s developed depression after delivery and declined SSRIs while "
        "breastfeeding. Naltrexone 3 mg at night was started, and her EPDS fell from 18 to "
        "7 by week 10.",
    ),
    (
        "Remission on low-dose naltrexone in late-life depression",
        "We describe a retired teacher in her seventies with recurrent major depression who "
        "took naltrexone 4.5 mg each evening. Her GDS score halved over twelve weeks.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_patient_aged_by_decade_is_one(title: str, abstract: str) -> None:
    assert facts(title, abstract, CASE).n == 1


def test_series_of_patients_in_their_decade_keeps_its_count() -> None:
    # near miss: a series counts its patients, whatever their decade
    title = "Low-dose naltrexone in three women with depression: a case series"
    abstract = (
        "We report three women in their forties with major depression who took naltrexone "
        "4.5 mg nightly. All three improved."
    )
    assert facts(title, abstract, CASE).n == 3
