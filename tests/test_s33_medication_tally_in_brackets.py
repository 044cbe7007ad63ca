"""A chart review lists its patients' background antidepressants with a bracketed count
each ("SSRIs (n = 31), SNRIs (n = 22), bupropion (n = 12)"): those are users of each drug,
parts of the sample, not its size; and a count that met the inclusion criteria, listed
after a colon, is whom the review took in. Shown by holdout335 37600014 (read as the 31
on an SSRI). Session 33, round 87, c87c."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone augmentation in depression: a retrospective chart review"
TYPES = ("Journal Article", "Observational Study")
CASES = [
    (
        "Methods: We reviewed the records of outpatients prescribed naltrexone 1.5 to 4.5 mg "
        "daily. Of 120 patients identified, 84 met inclusion criteria: major depression and "
        "at least 8 weeks of follow-up.\nResults: Antidepressants taken alongside were SSRIs "
        "(n = 40), SNRIs (n = 25) and bupropion (n = 19). PHQ-9 scores fell.",
        84,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_tallies_of_drug_users_are_not_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, TYPES).n == n


def test_tally_alone_gives_no_sample() -> None:
    # precision first: the users of each drug are parts; without a count of the people,
    # no n rather than one part of it
    abstract = (
        "Methods: A retrospective review of adults with major depression given naltrexone "
        "4.5 mg.\nResults: Background antidepressants were continued: SSRIs (n = 33), "
        "SNRIs (n = 20) and mirtazapine (n = 5). QIDS scores improved."
    )
    assert facts(TITLE, abstract, TYPES).n != 33


def test_one_drug_with_its_count_stands() -> None:
    # near miss: a single drug with its count may be everyone
    abstract = (
        "Methods: Adults with major depression on sertraline (n = 64) were given "
        "naltrexone 4.5 mg for 8 weeks in an open-label study.\nResults: MADRS improved."
    )
    assert facts(TITLE, abstract, ("Journal Article", "Clinical Trial")).n == 64
