"""Kind: the dose an amendment puts in an arm's place ("the 4 mg arm has been replaced by
3 mg (1.5 mg twice daily)", "the 1 mg group was replaced with a 2 mg arm") is the new
arm's dose, of the titled drug, with no drug named beside it; the replaced arm's dose is
no longer assigned.

Round 44, c44c. Shown by holdout150 16500016 ("Amendment to the NAP-D protocol: revised
dose arms and sample size ..."), read with no doses. (Its label's other arm, 2 mg, is
not written in this record: only the earlier protocol 16500015 names it.)
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts, gaps

RECORD = (
    "Amendment to the NAP-D protocol: revised dose arms and sample size for a trial of "
    "naltrexone in postpartum depression",
    "This update describes protocol version 2.0 of NAP-D (NCT07650155). Because of slow "
    "recruitment and infant-exposure concerns raised by the data monitoring committee, the "
    "4 mg arm has been replaced by 3 mg (1.5 mg twice daily), and the planned sample has "
    "been reduced from 60 to 48 women. Participants continue their SSRI (sertraline or "
    "escitalopram). All other procedures are unchanged.",
    PROTOCOL,
)


def test_the_amendment_reads_the_new_arms_dose() -> None:
    f = facts(*RECORD)
    assert (f.design, f.n, f.ldn_doses_mg) == ("protocol", 48, [3.0])
    assert gaps(*RECORD) == {"serotonergic-combination": "in_progress"}


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "LOWMOOD protocol update: naltrexone arms revised",
            "After a safety review, the 1 mg group was replaced with a 2 mg arm; adults with "
            "major depressive disorder will be randomised to naltrexone 4.5 mg, 2 mg or "
            "placebo added to escitalopram.",
            [2.0, 4.5],
        ),
        (
            "Amended protocol of a naltrexone trial in bipolar depression",
            "The 6 mg arm has been substituted with 4.5 mg because of insomnia; the trial "
            "will randomise 80 adults with bipolar depression to the new dose or placebo.",
            [4.5],
        ),
    ],
)
def test_the_dose_in_an_arms_place_is_the_drugs(
    title: str, abstract: str, doses: list[float]
) -> None:
    assert facts(title, abstract, PROTOCOL).ldn_doses_mg == doses


def test_an_arm_replaced_by_another_drug_gives_no_dose() -> None:
    title = "Protocol amendment for a naltrexone trial in major depression"
    abstract = (
        "The placebo arm has been replaced by sertraline 50 mg; adults with major depressive "
        "disorder will be randomised to naltrexone 4.5 mg or sertraline 50 mg."
    )
    assert facts(title, abstract, PROTOCOL).ldn_doses_mg == [4.5]
