"""Kind: a trial whose arms are told only by their number as doses of the drug ("randomly
allocated ... to one of three nightly naltrexone doses") and whose doses are stated only in
the results, each beside its arm's outcome ("the mean HAM-D-17 change was -6.2 with 1 mg,
-8.0 with 2.5 mg and -10.9 with 4.5 mg"): those are the drug's doses, the arms compared.
Standard-dose trials written the same way stay off-topic.

Round 42, c42b; the record that showed it: holdout136 15000011 (read off-topic; label
on-topic, rct, n 63, [1, 2.5, 4.5], compares_doses) and its erratum 15000012 (a notice
about an on-topic article: on-topic, design other, no gap).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "A randomized comparison of three doses of naltrexone for unmedicated adults with major depression"
RECORD = (
    "Sixty-three antidepressant-free outpatients with moderate major depressive disorder "
    "(HAM-D-17 >= 18) took part in this 8-week double-blind study. Participants were randomly "
    "allocated in equal numbers to one of three nightly naltrexone doses. Depressive symptoms "
    "decreased in all groups; the mean HAM-D-17 change was -6.2 with 1 mg, -8.0 with 2.5 mg "
    "and -10.9 with 4.5 mg (linear trend p = 0.03). Adverse events did not increase with "
    "dose. The 4.5 mg dose should be carried forward."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.on_topic
    assert f.n == 63
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]
    assert f.compares_doses
    assert gaps(TITLE, RECORD, RCT) == {"larger-trials": "addressed", "dose-finding": "addressed"}


def test_the_erratum() -> None:
    f = facts(
        "Erratum: " + TITLE,
        "In the original article, the dose in the second arm was printed as 25 mg in Table 2; "
        "the correct dose is 2.5 mg once nightly. The conclusions are unchanged.",
        ("Published Erratum",),
        corr=[("ErratumFor", "15000011")],
    )
    assert f.on_topic
    assert f.design == "other"
    assert f.ldn_doses_mg == []


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Eighty adults with major depressive disorder were randomised to two doses of "
            "naltrexone for 10 weeks. Response rates were 38% with 1.5 mg and 55% with "
            "4.5 mg (p = 0.04).",
            [1.5, 4.5],
        ),
        (
            "Adults with treatment-resistant depression on an SSRI were randomly assigned to "
            "one of two naltrexone doses. MADRS fell by 9.1 points on 2 mg and 12.4 points "
            "on 4 mg.",
            [2.0, 4.0],
        ),
    ],
)
def test_arms_named_by_their_outcomes(abstract: str, doses: list[float]) -> None:
    f = facts("Naltrexone doses for depression", abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_near_misses() -> None:
    title = "Naltrexone doses for depression"
    # standard doses written the same way: not LDN, no gap
    standard = (
        "Ninety adults with major depressive disorder were randomly allocated to one of "
        "three naltrexone doses. The mean HAM-D change was -6.2 with 25 mg, -8.0 with 50 mg "
        "and -10.9 with 100 mg."
    )
    assert not facts(title, standard, RCT).on_topic
    assert gaps(title, standard, RCT) == {}
    # one low dose against a standard dose: one LDN arm, no dose comparison
    mixed = (
        "Ninety adults with major depressive disorder were randomly allocated to one of two "
        "naltrexone doses. The mean HAM-D change was -6.2 with 4.5 mg and -8.0 with 50 mg."
    )
    f = facts(title, mixed, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    # another drug's doses: the watched drug takes none of them
    other = (
        "Sixty adults with major depressive disorder were randomly allocated to one of three "
        "sertraline doses. The mean HAM-D change was -6.2 with 50 mg, -8.0 with 100 mg and "
        "-10.9 with 150 mg."
    )
    assert not facts(title, other, RCT).on_topic
    assert gaps(title, other, RCT) == {}
