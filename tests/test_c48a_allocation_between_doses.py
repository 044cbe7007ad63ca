"""Kind: an allocation to a number of the drug's doses told with "between", "among" or
"either of" ("randomised between two doses", "randomly allocated among three fixed
doses", "assigned at random to either of two nightly doses"), the arms then named only
by their dose in the results ("41% in those on 1 mg/day, 62% in those on 4 mg/day"):
each is an arm's dose of the titled drug, compared, as with "randomised to one of two
doses". An allocation between the drug and placebo, between another drug's doses, or
between schedules of one daily dose, and a titration's steps read in the results, stay
as they were.

Round 48, c48a; no record showed it: written probes of the dose-finding recall brief
(parallel arms told only in the results; doses read [] ).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

T = "Low-dose naltrexone in major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Adults with major depressive disorder (n=58) were randomised between two doses. "
            "Response: 41% in those on 1 mg/day, 62% in those on 4 mg/day.",
            [1.0, 4.0],
        ),
        (
            "Seventy adults with major depression were randomly allocated among three fixed "
            "doses for 8 weeks. MADRS fell by 6.1 points with 1 mg, 8.0 points with 2 mg and "
            "10.2 points with 4 mg.",
            [1.0, 2.0, 4.0],
        ),
        (
            "Sixty-two adults with treatment-resistant depression were assigned at random to "
            "either of two nightly doses. Remission was 21% on 1.5 mg and 35% on 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Eighty outpatients with major depression were randomised between placebo and "
            "three doses of LDN. HAM-D change was -4.0 with placebo, -6.2 (1 mg), -7.9 (2 mg) "
            "and -9.8 (3 mg).",
            [1.0, 2.0, 3.0],
        ),
    ],
)
def test_arms_allocated_between_doses(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "types", "doses"),
    [
        (
            "Sixty adults with major depression on sertraline were randomised between two "
            "sertraline doses. Response: 40% on 50 mg and 52% on 100 mg; all took LDN 4.5 mg.",
            RCT,
            [4.5],
        ),
        (
            "Sixty adults with major depression were randomised between two dosing schedules "
            "of the same daily dose. Response: 40% on 4.5 mg once daily, 45% on 2.25 mg twice "
            "daily.",
            RCT,
            None,
        ),
        (
            "Forty adults with major depression received LDN titrated from 1.5 mg to 4.5 mg. "
            "MADRS fell by 3 points on 1.5 mg and by 8 points on 4.5 mg.",
            TRIAL,
            [4.5],
        ),
    ],
)
def test_near_misses_compare_nothing(
    abstract: str, types: tuple[str, ...], doses: list[float] | None
) -> None:
    f = facts(T, abstract, types)
    if doses is not None:
        assert f.ldn_doses_mg == doses
    assert not f.compares_doses
