"""A study that counts its people only as the pairs it took in ("Twelve mother-infant pairs
took part", "18 patient-caregiver dyads were enrolled") has the pairs' count as n: one of
each pair is the study's participant (as where the pairs' members are also given). Shown
by holdout291 32500012 (an observational lactation study of mothers on LDN). Session 29,
round 76, c76e."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone in perinatal depression: an observational study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Breastfeeding women with postpartum depression taking LDN 4.5 mg nightly "
            "gave paired plasma and milk samples over one dosing interval. Fifteen "
            "mother-infant pairs took part.\nResults: Milk levels were low.",
            15,
        ),
        (
            "Methods: Outpatients with major depression starting naltrexone 3 mg at bedtime "
            "were followed with a family member. 22 patient-caregiver dyads were enrolled.\n"
            "Results: Caregiver burden eased as depression scores fell.",
            22,
        ),
        (
            "Methods: Couples in which one partner had persistent depressive disorder and "
            "took LDN 1.5 mg daily were interviewed at 8 weeks; nine couples participated.\n"
            "Results: Partners described better mood at home.",
            9,
        ),
        (
            "Methods: Women with perinatal depression on LDN 3 mg at night and their infants "
            "were observed at home. Eleven mother-baby dyads took part in the visits.\n"
            "Results: No infant showed sedation.",
            11,
        ),
    ],
)
def test_pairs_taken_in_are_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract).n == n


def test_matched_pairs_keep_todays_answer() -> None:
    """Near miss: pairs matched for comparison are not a study's units."""
    f = facts(
        TITLE,
        "Methods: Adults with depression who started LDN 4.5 mg were propensity-matched to "
        "non-users; 140 matched pairs were included.\nResults: Relapse was less frequent "
        "with LDN.",
    )
    assert f.n != 140
