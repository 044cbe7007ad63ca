"""Two kinds from batch 92's ordinary stream (holdout396).

1. **"Response to <a dose or treatment>" opens a study's title, not a reply.** A reply's
   title names whom it answers ("Response to Brandt and Moretti", "Response: ..."); a
   study's names what people responded to ("Response to 1.5 mg versus 4.5 mg low-dose
   naltrexone as augmentation ...", "Response to adjunctive low-dose naltrexone in ...").
   And a record whose authors reviewed or compared the records or outcomes of their own
   patients reports data of its own, whatever its title. Shown by holdout396 44600014 (a
   chart review read as a comment: design, n, doses and classes all lost).
2. **The watched drug given in the passive, the verb after it** ("women taking sertraline
   ... to whom low-dose naltrexone was added"): the drug given is the sentence's last, so a
   following dose clause naming no drug ("patient A took 1.5 mg, patient B 3 mg") doses it,
   not the people's own antidepressant named before it. Shown by holdout396 44600019.

Session 40, lead.
"""

from __future__ import annotations

import pytest
from written import CASE, facts

CHART = (
    "We reviewed records of adults with treatment-resistant depression treated with LDN "
    "augmentation at two clinics between 2019 and 2024. The dose was chosen by the treating "
    "psychiatrist. Seventy-seven patients met inclusion criteria; 29 received 1.5 mg and 48 "
    "received 4.5 mg. Concurrent antidepressants were SSRIs (n = 31) and SNRIs (n = 22). "
    "Response occurred in 31% and 44%, respectively."
)

TITLES = [
    "Response to 1.5 mg versus 4.5 mg low-dose naltrexone as antidepressant augmentation: a "
    "retrospective chart review",
    "Response to low-dose naltrexone augmentation in treatment-resistant depression",
    "Response to adjunctive low-dose naltrexone in resistant depression: a chart review",
    "Response to two doses of low-dose naltrexone in resistant depression",
    "Response to treatment with low-dose naltrexone in resistant depression",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_study_titled_by_what_people_responded_to_is_a_study(title: str) -> None:
    got = facts(title, CHART)
    assert got.role == "publication"
    assert got.n == 77
    assert got.ldn_doses_mg == [1.5, 4.5]


@pytest.mark.parametrize(
    "own",
    [
        "We reviewed the medical records of 77 consecutive patients",
        "We compared outcomes of patients prescribed 1.5 mg or 4.5 mg",
    ],
)
def test_own_records_reviewed_are_data_of_its_own(own: str) -> None:
    got = facts(
        "Low-dose naltrexone in resistant depression: a commentary on dosing",
        f"{own} in routine care. In this commentary we argue that the dose question is open.",
    )
    assert got.role == "publication"


def test_a_reply_named_by_its_title_is_a_comment() -> None:
    """Near miss: "Response to <authors>" answers another article."""
    got = facts(
        "Response to Brandt and Moretti",
        "We thank Brandt and Moretti for their comments on our trial of low-dose naltrexone "
        "in depression. We agree that a larger trial is needed.",
        ("Letter",),
    )
    assert got.role == "comment"


PASSIVE = [
    "to whom low-dose naltrexone was added between 3 and 7 months postpartum",
    "in whom low-dose naltrexone was then started",
    "to whom LDN had been added",
    "and low-dose naltrexone was introduced",
    "for whom low-dose naltrexone was prescribed",
]


@pytest.mark.parametrize("given", PASSIVE)
def test_dose_after_a_drug_given_in_the_passive_is_its(given: str) -> None:
    got = facts(
        "Low-dose naltrexone in postpartum depression: a case series of three women",
        "We describe three women with postpartum major depressive disorder who were taking "
        f"sertraline 100-150 mg daily with partial response {given}. Doses were chosen "
        "individually: patient A took 1.5 mg, patient B 3 mg and patient C 4.5 mg, each at "
        "night. Depression scores fell in all three.",
        CASE,
    )
    assert got.ldn_doses_mg == [1.5, 3.0, 4.5]


def test_dose_after_the_peoples_own_drug_stays_its() -> None:
    """Near miss: the antidepressant named last, its dose is its own."""
    got = facts(
        "Low-dose naltrexone in postpartum depression: a case report",
        "We describe a woman with postpartum major depressive disorder who took low-dose "
        "naltrexone 4.5 mg at night and to whom sertraline was added. The sertraline dose "
        "was 50 mg, then 100 mg.",
        CASE,
    )
    assert got.ldn_doses_mg == [4.5]
