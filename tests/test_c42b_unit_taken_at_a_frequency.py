"""Kind: a capsule's or tablet's strength followed by how often the units are taken, with
no count of units ("compounded as 3 mg capsules and taken twice daily"): one unit each
time, so the daily dose is the strength times the frequency (3 mg twice daily is 6 mg/day,
still LDN under CONTRACT.md).

Round 42, c42b; the record that showed it: holdout140 15400011 (a single-arm postpartum
pilot read as [3.0], label [6.0]).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

RECORD = (
    "We conducted a 10-week open-label study in women within 12 months of delivery meeting "
    "DSM-5 criteria for a major depressive episode with peripartum onset and an EPDS score "
    "of 13 or more. Fifty-four women were enrolled; 31 continued a stable dose of sertraline "
    "throughout and the remainder were unmedicated. Naltrexone was compounded as 3 mg "
    "capsules and taken twice daily. EPDS fell from 18.6 to 9.4 (p < 0.001)."
)


def test_the_record() -> None:
    title = "Open-label naltrexone for postpartum depression: a single-arm pilot study"
    f = facts(title, RECORD, TRIAL)
    assert f.ldn_doses_mg == [6.0]
    assert f.on_topic
    assert gaps(title, RECORD, TRIAL) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Twenty adults with major depressive disorder received low-dose naltrexone as "
            "1 mg tablets, taken twice a day, for 8 weeks.",
            [2.0],
        ),
        (
            "Thirty outpatients with major depression took naltrexone 1.5 mg capsules given "
            "three times daily for 12 weeks.",
            [4.5],
        ),
        (
            "Adults with major depressive disorder received naltrexone 4.5 mg capsules "
            "taken once nightly for 12 weeks.",
            [4.5],
        ),
    ],
)
def test_strength_taken_at_a_frequency(abstract: str, doses: list[float]) -> None:
    assert facts("Low-dose naltrexone for depression", abstract, TRIAL).ldn_doses_mg == doses


def test_near_misses() -> None:
    # a strength taken twice daily above the band is no LDN: not on-topic, no gap
    high = (
        "Sixty adults with major depressive disorder received naltrexone 4.5 mg capsules "
        "taken twice daily, alongside sertraline, for 12 weeks."
    )
    f = facts("Naltrexone for depression", high, TRIAL)
    assert not f.on_topic
    assert gaps("Naltrexone for depression", high, TRIAL) == {}
    # a strength counted: the count wins, as before
    counted = (
        "Adults with major depressive disorder took low-dose naltrexone as two 2.25 mg "
        "capsules once daily for 8 weeks."
    )
    assert facts("Low-dose naltrexone for depression", counted, TRIAL).ldn_doses_mg == [4.5]
