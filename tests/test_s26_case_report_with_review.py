"""A case report that also reviews something ("case report and review of the
literature", "we review the pharmacology of this combination", "we discuss the published
cases"): the record typed Case Reports that tells a patient of its own is that case
report, its review the discussion around the case. Shown by holdout257 28700037 (an LDN
added to an MAOI case read as a review with no facts). Session 26, round 71, c71e."""

import pytest
from written import CASE, REVIEW, facts

CASE_TYPES = (*CASE, "Journal Article")


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone with tranylcypromine in refractory depression: a case and "
            "a review of the pharmacology",
            "A 47-year-old woman with recurrent major depression had taken tranylcypromine "
            "40 mg daily for a year with partial benefit. Naltrexone 2 mg nightly was "
            "started and her HAM-D fell from 22 to 9 over ten weeks. We review the "
            "pharmacology of combining opioid antagonists with MAOIs.",
            1,
        ),
        (
            "Augmenting bupropion with low-dose naltrexone: case report and review of the "
            "literature",
            "We describe a 35-year-old man with persistent depressive disorder taking "
            "bupropion 300 mg/day who received naltrexone 4.5 mg at bedtime; his PHQ-9 "
            "dropped from 18 to 7 in eight weeks. We review the published cases of LDN in "
            "mood disorders.",
            1,
        ),
        (
            "Two patients with depression helped by low-dose naltrexone added to sertraline",
            "We report two women with major depression on sertraline 100 mg/day in whom "
            "naltrexone 3 mg/day was added; both remitted within two months. This article "
            "also reviews the evidence on opioid modulation in depression.",
            2,
        ),
    ],
)
def test_case_report_that_reviews_is_a_case_report(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, CASE_TYPES)
    assert f.design == "case_report"
    assert f.n == n
    assert f.ldn_doses_mg


def test_a_review_typed_review_stays_a_review() -> None:
    # near miss: a review (typed Review) that retells a published case is a review
    f = facts(
        "Low-dose naltrexone and monoamine oxidase inhibitors: a narrative review",
        "We review the pharmacology of combining naltrexone with MAOIs. One published "
        "report described a 60-year-old man on phenelzine who took naltrexone 3 mg.",
        (*REVIEW, "Journal Article"),
    )
    assert f.design == "review"
