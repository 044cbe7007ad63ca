"""Kind: a count of people named as in- and outpatients together, or as out-patients with
a hyphen ("Fifty-two in- and outpatients ...", "61 out-patients", "78 in/outpatients"), is
the study's people however far the verb stands from the noun; the hyphenated or joined
noun names people just as "outpatients" does.

Round 57, c57b; the record that showed it: holdout198 21800021 ("Naltrexone 1.5 mg twice
daily added to nortriptyline in treatment-resistant depression: a randomised controlled
trial": n 52, read as none, so larger-trials was missed).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Naltrexone 1.5 mg twice daily added to nortriptyline in treatment-resistant depression: "
    "a randomised controlled trial"
)
RECORD = (
    "Background: Tricyclic antidepressants remain a mainstay for treatment-resistant depression "
    "(TRD), but many patients do not remit.\n"
    "Aims: To test low-dose naltrexone as augmentation of nortriptyline.\n"
    "Method: Fifty-two in- and outpatients with TRD who had not responded to at least 6 weeks "
    "of nortriptyline at therapeutic plasma levels (50-150 ng/mL) continued nortriptyline and "
    "were randomised to naltrexone 1.5 mg twice daily or placebo for 8 weeks.\n"
    "Results: Remission (MADRS of 10 or less) occurred in 27% vs 12% (p = 0.16); MADRS change "
    "favoured naltrexone (-4.1; 95% CI -7.9 to -0.3). Nortriptyline levels were unchanged.\n"
    "Conclusions: LDN augmentation of a tricyclic is feasible and may be effective."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.n == 52
    assert gaps(TITLE, RECORD, RCT)["larger-trials"] == "addressed"


T = "Low-dose naltrexone in depression: a randomised trial"
RESULTS = "Results: MADRS fell more with naltrexone than with placebo."


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # an unlabelled abstract, the count in its opening sentence, far from its verb
        (
            T,
            "Sixty-one out-patients with major depression who had failed two courses of "
            "escitalopram at adequate doses kept escitalopram and were randomly assigned to "
            "naltrexone 4.5 mg or placebo. MADRS fell more with naltrexone.",
            61,
        ),
        # the count in the title only
        (
            "Low-dose naltrexone for sixty-four in- and out-patients with bipolar depression: "
            "a randomised trial",
            "Methods: Patients with bipolar depression on lithium were randomised to naltrexone "
            "2 mg or placebo.\n" + RESULTS,
            64,
        ),
        # the count in the results, joined by a slash
        (
            T,
            "Methods: Depressed patients continuing sertraline were randomised to naltrexone "
            "3 mg or placebo for 12 weeks.\nResults: Of the seventy-eight in/outpatients "
            "randomised, 70 completed; HAM-D fell more with naltrexone.",
            78,
        ),
        # out- before in-, digits, a long aside before the verb
        (
            T,
            "Methods: 80 out- and inpatients with persistent depressive disorder, all of whom "
            "had stayed on venlafaxine throughout, were randomised to naltrexone 1 mg twice "
            "daily or placebo.\n" + RESULTS,
            80,
        ),
        # "or" joining the two
        (
            T,
            "Methods: Ninety in- or outpatients with major depression on duloxetine were "
            "randomised to naltrexone 4.5 mg or placebo.\n" + RESULTS,
            90,
        ),
    ],
)
def test_in_and_outpatients_are_people(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, RCT)
    assert f.n == n
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


def test_a_protocol_plans_them() -> None:
    abstract = (
        "Methods and analysis: Seventy-two in- and out-patients with major depression taking "
        "sertraline will be randomised to naltrexone 4.5 mg or placebo for 12 weeks."
    )
    assert facts("LDN-SERT: protocol of a randomised trial", abstract, PROTOCOL).n == 72


def test_near_misses() -> None:
    # a small trial stays small
    small = (
        "Methods: Twenty-two in- and outpatients with major depression on sertraline were "
        "randomised to naltrexone 4.5 mg or placebo.\n" + RESULTS
    )
    assert facts(T, small, RCT).n == 22
    assert "larger-trials" not in gaps(T, small, RCT)
    # an outpatient setting counts no people
    clinics = (
        "Methods: At sixty outpatient clinics, depressed adults on sertraline were randomised "
        "to naltrexone 4.5 mg or placebo.\n" + RESULTS
    )
    assert facts(T, clinics, RCT).n is None
    assert "larger-trials" not in gaps(T, clinics, RCT)
    # in- and outpatient visits are not people
    visits = (
        "Methods: Depressed adults on sertraline were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: Over 12 weeks there were ninety in- and outpatient visits; MADRS "
        "fell more with naltrexone."
    )
    assert facts(T, visits, RCT).n is None
