"""Kind: the sample given only site by site, each site the subject of the enrolment verb
and the later sites elliptic ("Leeds enrolled 22 patients, York 19 and Bristol 17"): the
sample is the sum, not the first site's count. Shown by holdout254 28300024 (n 41 for
107). Near misses keep today's answer: a single site's count with the total stated, and
time points or arms in the subject place. Session 26, round 70, c70c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression: a multicentre trial"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Adults with major depression were randomised to naltrexone 4.5 mg or placebo. "
            "Allocation was stratified by hospital: Aarhus randomised 33 patients, Odense 28 "
            "and Aalborg 21.",
            82,
        ),
        (
            "Patients taking an SSRI were randomly assigned to low-dose naltrexone or placebo "
            "for eight weeks; Graz enrolled 25 participants, Linz 19, Salzburg 14 and Vienna 30.",
            88,
        ),
        (
            "Adults with treatment-resistant depression were randomised 1:1 to naltrexone "
            "4.5 mg nightly or placebo. Recruitment was by clinic: the Utrecht clinic recruited "
            "40 adults and the Leiden clinic 36.",
            76,
        ),
    ],
)
def test_sites_as_subjects_are_summed(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text}", RCT).n == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the total stated: a site's count beside it stays a part
        (
            "In total, 90 adults with major depression were randomised to naltrexone 4.5 mg "
            "or placebo; Aarhus randomised 50 patients.",
            90,
        ),
        # arms in the subject place, not sites
        (
            "Adults with major depression were randomised to naltrexone 4.5 mg or placebo; "
            "60 completed the trial (naltrexone 31, placebo 29). A total of 64 were randomised.",
            64,
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text}", RCT).n == n
