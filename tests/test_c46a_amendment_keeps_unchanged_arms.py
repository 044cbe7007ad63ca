"""An amendment that replaces or drops one dose arm restates only the arm it changes ("the
4 mg arm has been replaced by 3 mg"): the arms it leaves alone are still assigned, so
within its study it keeps the other arms of the plan it revises, and a plan that compared
doses still does (round 46, c46a; shown by holdout150 16500016, the NAP-D amendment whose
unchanged 2 mg arm is named only in the protocol it updates, read as one dose and so a
missed dose-finding "in progress"). Near misses: an amendment that leaves one dose, a plan
that compared no doses (a titration), an amendment with no link to its plan, a comment."""

from __future__ import annotations

from dataclasses import replace

import pytest
from written import LEX, PROTOCOL, RULES, article

from ldn_watch.assess import assess
from ldn_watch.studies import Member, judge_study, keep_arms, keep_population

GAPS = [r.id for r in RULES if r.enabled]
AMENDMENT = ("Journal Article", "Clinical Trial Protocol")


def member(
    pmid: str,
    title: str,
    abstract: str,
    corr: tuple[tuple[str, str], ...] = (),
    types: tuple[str, ...] = PROTOCOL,
) -> Member:
    """A stored record with its own assessment, as the store hands it to the studies layer."""
    record = replace(article(title, abstract, types, corr), id=pmid)
    a = assess(record, LEX, RULES)
    return Member(record, a.facts, dict(a.gaps), dict(a.reasons))


def study_of(*members: Member) -> tuple[dict[str, str], list[float], dict[str, dict[str, str]]]:
    kept = keep_arms(keep_population(members, RULES), RULES)
    study, verdicts = judge_study(members[0].key, kept, GAPS)
    return dict(study.gaps), list(study.ldn_doses_mg), {v.key: dict(v.gaps) for v in verdicts}


UPDATES = (("UpdateOf", "10"),)

CASES = [
    # the record's wording (holdout150 16500015 and its amendment 16500016)
    (
        "Naltrexone 2 mg versus 4 mg for postpartum depression in women continuing an SSRI "
        "(NAP-D): study protocol for a randomised dose-comparison trial",
        "Methods and analysis: Sixty women with postpartum-onset major depressive episode "
        "(EPDS >= 13) who are taking a stable SSRI will be randomised to naltrexone 2 mg or "
        "4 mg nightly for 8 weeks. Primary outcome: EPDS change.",
        "Amendment to the NAP-D protocol: revised dose arms and sample size for a trial of "
        "naltrexone in postpartum depression",
        "This update describes protocol version 2.0 of NAP-D (NCT07650155). Because of slow "
        "recruitment and infant-exposure concerns raised by the data monitoring committee, the "
        "4 mg arm has been replaced by 3 mg (1.5 mg twice daily), and the planned sample has "
        "been reduced from 60 to 48 women. Participants continue their SSRI (sertraline or "
        "escitalopram). All other procedures are unchanged.",
        [2.0, 3.0],
    ),
    # probes: three arms, another verb, another order, a lower dose in place of a higher
    (
        "Three doses of low-dose naltrexone added to sertraline in major depression: protocol "
        "of a randomised trial",
        "Methods: 150 adults with major depressive disorder taking sertraline will be "
        "randomised to naltrexone 1 mg, 2 mg or 4.5 mg nightly for 12 weeks.",
        "Protocol amendment 1 to a trial of three naltrexone doses in depression",
        "On the advice of the safety committee the 4.5 mg group was replaced with a 3 mg "
        "group. Recruitment and outcomes are unchanged.",
        [1.0, 2.0, 3.0],
    ),
    (
        "Naltrexone 1.5 mg or 4.5 mg or placebo with escitalopram in treatment-resistant "
        "depression: a randomised trial protocol",
        "Methods: 180 adults with treatment-resistant depression on escitalopram will be "
        "randomised 1:1:1 to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 10 weeks.",
        "Update to the protocol: a change of dose",
        "In version 3.0 of the protocol, the naltrexone 1.5 mg arm was substituted with 0.5 mg, "
        "because of tolerability data from a pilot. Other arms and procedures are unchanged.",
        [0.5, 4.5],
    ),
]


@pytest.mark.parametrize(("plan_title", "plan", "title", "abstract", "doses"), CASES)
def test_an_amendment_keeps_the_arms_it_does_not_change(
    plan_title: str, plan: str, title: str, abstract: str, doses: list[float]
) -> None:
    first = member("10", plan_title, plan)
    amendment = member("11", title, abstract, UPDATES, AMENDMENT)
    assert first.facts is not None and first.facts.compares_doses
    assert amendment.facts is not None and amendment.facts.dropped_doses_mg
    gaps, study_doses, records = study_of(first, amendment)
    assert study_doses == doses
    assert gaps["dose-finding"] == "in_progress"
    assert records["pubmed:11"]["dose-finding"] == "in_progress"
    # the larger-trials verdict stays the amendment's own: 48 of the record is under 50
    if "48 women" in abstract:
        assert gaps["larger-trials"] == "no"


def test_an_amendment_alone_names_one_dose() -> None:
    """Without the link to its plan, the amendment is read as its own words."""
    _, _, title, abstract, _ = CASES[0]
    gaps, doses, _ = study_of(member("11", title, abstract, (), AMENDMENT))
    assert doses == [3.0]
    assert gaps["dose-finding"] == "no"


@pytest.mark.parametrize(
    ("plan_title", "plan", "title", "abstract"),
    [
        # near miss: every other dose arm dropped, one dose left against placebo
        (
            "Three doses of low-dose naltrexone in major depression: protocol",
            "Methods: 150 adults with major depressive disorder taking sertraline will be "
            "randomised to naltrexone 1 mg, 2 mg, 4.5 mg or placebo for 12 weeks.",
            "Protocol amendment: two arms closed",
            "After an interim review the 1 mg and 2 mg arms were dropped; the trial continues "
            "with naltrexone 4.5 mg against placebo added to sertraline.",
        ),
        # near miss: the plan compared no doses (a fixed titration against placebo)
        (
            "Low-dose naltrexone added to an SSRI in postpartum depression: protocol",
            "Methods: 90 women with postpartum major depression taking an SSRI will be "
            "randomised to naltrexone (1.5 mg for one week, then 4.5 mg nightly) or placebo.",
            "Amendment to the protocol: a lower target dose",
            "Because of infant-exposure concerns, the 4.5 mg arm has been replaced by 3 mg. "
            "All other procedures are unchanged.",
        ),
    ],
)
def test_no_comparison_is_made_up(plan_title: str, plan: str, title: str, abstract: str) -> None:
    gaps, _, records = study_of(
        member("10", plan_title, plan), member("11", title, abstract, UPDATES, AMENDMENT)
    )
    assert gaps["dose-finding"] == "no"
    assert records["pubmed:11"]["dose-finding"] == "no"


def test_a_comment_gains_no_arms() -> None:
    """Only a version of the plan keeps its arms; a comment on it is a notice."""
    plan_title, plan, _, _, _ = CASES[0]
    comment = member(
        "12",
        "Comment on the NAP-D protocol",
        "The 4 mg arm should have been replaced by 3 mg from the start.",
        (("CommentOn", "10"),),
        ("Comment",),
    )
    _, _, records = study_of(member("10", plan_title, plan), comment)
    assert records["pubmed:12"]["dose-finding"] == "no"
