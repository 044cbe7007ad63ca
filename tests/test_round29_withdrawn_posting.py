"""A preprint withdrawn by a later posting that shares its DOI exactly (round 29, from
preprints22 PPR7700012/PPR7700013 once opened). medRxiv's DOIs name no version and Europe
PMC gave neither record a versionNumber nor a versionList: the two looked like the same
version, so the withdrawal did not reach the results preprint, which addressed two gaps.
Each test failed before its fix."""

from __future__ import annotations

from typing import Any

import pytest
from written import judge_preprints

TITLE = (
    "Low-dose naltrexone added to escitalopram in major depressive disorder: an open-label "
    "randomised trial"
)
RESULTS = (
    "Methods: Adults with major depressive disorder (MADRS >= 20) on escitalopram 10-20 mg "
    "were randomly allocated to escitalopram plus naltrexone 4.5 mg nightly or escitalopram "
    "alone for 10 weeks. Results: Seventy-two patients were randomised (36 per group); MADRS "
    "fell further with naltrexone (p = 0.01)."
)
DOI = "10.1101/2026.02.11.26345678"


def _posting(rid: str, title: str, abstract: str, posted: str, **more: Any) -> dict[str, Any]:
    return {
        "id": rid,
        "source": "PPR",
        "doi": DOI,
        "title": title,
        "abstractText": abstract,
        "pubTypeList": {"pubType": ["Preprint"]},
        "bookOrReportDetails": {"publisher": "medRxiv"},
        "firstPublicationDate": posted,
    } | more


@pytest.mark.parametrize(
    ("prefix", "notice"),
    [
        # preprints22's form: title case "Withdrawn:", the authors withdrew it
        (
            "Withdrawn: ",
            "The authors have withdrawn this manuscript because an audit found that the "
            "allocation sequence was not concealed. Therefore, the authors do not wish this "
            "work to be cited as reference for the project.",
        ),
        # probes: the server's passive, no title prefix at all
        (
            "",
            "This preprint has been withdrawn by medRxiv at the request of the authors after "
            "errors were found in the outcome data.",
        ),
        # a statement heading, lower-case prefix
        (
            "withdrawn: ",
            "Withdrawal statement: the authors withdraw this work pending re-analysis of the "
            "randomisation records.",
        ),
        # "retracted by the authors", title prefix "RETRACTED:"
        (
            "RETRACTED: ",
            "This manuscript was retracted by the authors because consent could not be "
            "confirmed for part of the sample.",
        ),
    ],
)
def test_a_later_posting_with_the_same_doi_that_withdraws_it_voids_the_preprint(
    prefix: str, notice: str
) -> None:
    ids, verdicts = judge_preprints(
        [
            _posting("PPR1", TITLE, RESULTS, "2026-02-14"),
            _posting("PPR2", f"{prefix}{TITLE}", notice, "2026-06-02"),
        ]
    )
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    v1 = verdicts["europepmc:PPR1"]
    assert v1.retracted and set(v1.gaps.values()) == {"no"}


def test_a_withdrawal_linked_only_from_the_earlier_versions_list_voids_it() -> None:
    """The link the other way: version 1's versionList names the withdrawal, the notice
    names nothing (and has a DOI of its own)."""
    ids, verdicts = judge_preprints(
        [
            _posting(
                "PPR1",
                TITLE,
                RESULTS,
                "2026-02-14",
                versionList={"version": [{"id": "PPR2", "source": "PPR", "versionNumber": 2}]},
            ),
            _posting(
                "PPR2",
                f"Withdrawn: {TITLE}",
                "The authors have withdrawn this preprint; the data could not be verified.",
                "2026-06-02",
                doi="10.1101/2026.02.11.26345678x",
            ),
        ]
    )
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    assert verdicts["europepmc:PPR1"].retracted


def test_near_miss_a_later_posting_that_only_corrects_it_voids_nothing() -> None:
    ids, verdicts = judge_preprints(
        [
            _posting("PPR1", TITLE, RESULTS, "2026-02-14"),
            _posting(
                "PPR2",
                f"Correction: {TITLE}",
                "This version corrects the MADRS change reported in the first version (9.8, "
                "not 10.8 points); the conclusions are unchanged.",
                "2026-06-02",
            ),
        ]
    )
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    v1 = verdicts["europepmc:PPR1"]
    assert not v1.retracted
    assert v1.gaps["larger-trials"] == "addressed"
    assert v1.gaps["serotonergic-combination"] == "addressed"
