"""Kind: in a record whose title says it compares a number of doses of its drug ("a
randomised comparison of two doses"), the results name each arm by the dose its people
were given, no drug named in that sentence ("fell by 4.1 points more in the group given
2 mg nightly", "12% higher in the arm given 4.5 mg than in the arm given 1.5 mg"): each is
an arm's dose of the titled drug, even where the record names other drugs elsewhere (the
mood stabilisers or the antidepressant everyone takes). A sentence naming another drug's
dose, and a title comparing another drug's doses, give the watched drug no dose.

Round 46, c46b; the record that showed it: holdout164 18000008 (doses [2, 4] only in the
results, read []).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Opioid signalling has been implicated in anhedonia in bipolar disorder, but adjunctive "
    "opioid modulators have not been tested in bipolar depression. Adults with bipolar I or "
    "II disorder in a current major depressive episode (MADRS >= 20) on a stable mood "
    "stabiliser (lithium, lamotrigine or valproate) were randomised to one of three arms for "
    "8 weeks. Sixty-six participants were randomised. Compared with placebo, MADRS scores "
    "fell by 4.1 points more in the group given 2 mg nightly and by 5.6 points more in the "
    "group given 4 mg nightly; the difference between the active doses was not significant. "
    "No switches to mania occurred. These findings support further study of adjunctive LDN "
    "in bipolar depression."
)


def test_the_record() -> None:
    f = facts(
        "Adjunctive low-dose naltrexone in bipolar depression: a randomised, double-blind, "
        "placebo-controlled comparison of two doses",
        RECORD,
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.compares_doses
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Comparing two doses of low-dose naltrexone added to sertraline in depression",
            "Eighty patients with major depression taking sertraline were randomised to one of "
            "two arms for 12 weeks. Response was 12% higher in the arm given 4.5 mg than in "
            "the arm given 1.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Naltrexone in persistent depressive disorder on lithium: a comparison of three "
            "low doses",
            "Ninety adults with persistent depressive disorder on lithium were randomised "
            "between three blinded arms. MADRS improved by 5.0 points among those taking "
            "1 mg, 6.5 points among those taking 2 mg and 9.1 points among those taking 4 mg.",
            [1.0, 2.0, 4.0],
        ),
        (
            "Low-dose naltrexone for bipolar depression on quetiapine: a two-dose trial",
            "Forty-four adults with bipolar depression on quetiapine were randomised to two "
            "arms. HAM-D fell by 7.2 points in the group given 1.5 mg and by 9.9 points in "
            "the group given 3 mg.",
            [1.5, 3.0],
        ),
    ],
)
def test_arms_named_by_dose_given(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_no_comparison_of_doses_in_the_title_gives_no_dose() -> None:
    title = "Low-dose naltrexone in depression: a randomised placebo-controlled trial"
    abstract = (
        "Sixty adults with major depression on lithium were randomised to one of two arms; "
        "MADRS fell by 4.0 points more in the group given 4.5 mg nightly than with placebo."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == []
    assert "dose-finding" not in gaps(title, abstract, RCT)


def test_another_drugs_doses_compared_stay_its_own() -> None:
    title = (
        "Two doses of escitalopram with low-dose naltrexone: a randomised comparison of two doses"
    )
    abstract = (
        "Adults with major depression took naltrexone 4.5 mg and were randomised to one of "
        "two arms. MADRS fell by 3.1 points more in the group given 20 mg than in the group "
        "given 10 mg."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, abstract, RCT)


def test_a_sentence_naming_another_drugs_dose_gives_none() -> None:
    title = (
        "Low-dose naltrexone added to an SSRI in depression: a randomised comparison of two doses"
    )
    abstract = (
        "Adults with major depression were randomised to one of three arms. MADRS fell by "
        "3.1 points more in the group given sertraline 100 mg and naltrexone, and by 2.0 "
        "points more in the group given sertraline 50 mg."
    )
    assert facts(title, abstract, RCT).ldn_doses_mg == []
