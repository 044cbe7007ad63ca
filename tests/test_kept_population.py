"""A later version of a plan that names no population keeps the one of the plan it revises.

An amendment restates only what changed ("recruitment to the 1 mg arm was stopped ... the
planned sample is now 140"): read alone it selects nobody for depression, and since it
replaces its protocol within the study (CONTRACT.md "Protocols and versions"), the study
lost its "in progress" on every gap. Shown by holdout140 15400037 (a LOTUS-3 amendment) and
holdout119 13200039 (a protocol update), both read "participants not selected for
depression". The records are assessed by the real classifier; only the study is built here.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from written import LEX, PROTOCOL, RULES, article

from ldn_watch.assess import assess
from ldn_watch.studies import Member, judge_study, keep_population

GAPS = [r.id for r in RULES if r.enabled]

PLAN_TITLE = (
    "Low-dose naltrexone at two doses or placebo added to serotonin-noradrenaline reuptake "
    "inhibitors in treatment-resistant depression: study protocol"
)
PLAN = (
    "Methods: Adults with treatment-resistant depression currently taking venlafaxine or "
    "duloxetine will be randomised 1:1:1 to naltrexone 1 mg, naltrexone 4.5 mg or placebo "
    "for 10 weeks. We plan to recruit 210 participants (70 per arm)."
)


def member(pmid: str, title: str, abstract: str, corr: tuple[tuple[str, str], ...] = ()) -> Member:
    """A stored record with its own assessment, as the store hands it to the studies layer."""
    record = replace(article(title, abstract, PROTOCOL, corr), id=pmid)
    a = assess(record, LEX, RULES)
    return Member(record, a.facts, dict(a.gaps), dict(a.reasons))


def study_of(*members: Member) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    study, verdicts = judge_study(members[0].key, keep_population(members, RULES), GAPS)
    return dict(study.gaps), {v.key: dict(v.gaps) for v in verdicts}


AMENDMENTS = [
    # the record's wording
    (
        "LOTUS-3 protocol amendment: removal of the 1 mg arm and revised sample size",
        "Following a planned futility review, recruitment to the naltrexone 1 mg arm was "
        "stopped and the trial continues as a two-arm comparison of naltrexone 4.5 mg against "
        "placebo added to venlafaxine or duloxetine. The planned sample is now 140 (70 per arm).",
    ),
    # probes: another change, another word for the revision, numbers written out
    (
        "Protocol update: the 1 mg arm is discontinued",
        "The data monitoring committee recommended closing the naltrexone 1 mg arm. The trial "
        "now compares naltrexone 4.5 mg with placebo added to "
        "venlafaxine or duloxetine, in a planned 140 participants.",
    ),
    (
        "Amendment 2 to the trial protocol",
        "After an interim review the 1 mg group was dropped; naltrexone 4.5 mg or placebo is "
        "added to venlafaxine or duloxetine, and 140 participants will now be randomised.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), AMENDMENTS)
def test_an_amendment_keeps_the_population_of_the_protocol_it_updates(
    title: str, abstract: str
) -> None:
    plan = member("10", PLAN_TITLE, PLAN)
    amendment = member("11", title, abstract, (("UpdateOf", "10"),))
    assert amendment.facts is not None and amendment.facts.selected_for is None
    study, records = study_of(plan, amendment)
    # the amendment replaces the plan: two arms now, still larger and with an SNRI
    assert study["larger-trials"] == "in_progress"
    assert study["serotonergic-combination"] == "in_progress"
    assert study["dose-finding"] == "no"
    assert records["pubmed:11"]["larger-trials"] == "in_progress"


def test_an_amendment_alone_selects_nobody() -> None:
    """Without the link the amendment is read as its own words: no population, no gap."""
    title, abstract = AMENDMENTS[0]
    study, _ = study_of(member("11", title, abstract))
    assert set(study.values()) == {"no"}


def test_an_amendment_naming_another_condition_keeps_its_own_reading() -> None:
    plan = member("10", PLAN_TITLE, PLAN)
    amendment = member(
        "11",
        "Protocol amendment: a fibromyalgia cohort",
        "The trial now enrols adults with fibromyalgia taking duloxetine; 140 participants "
        "will be randomised to naltrexone 4.5 mg or placebo.",
        (("UpdateOf", "10"),),
    )
    study, records = study_of(plan, amendment)
    assert set(records["pubmed:11"].values()) == {"no"}
    assert study["larger-trials"] == "no"  # the plan it replaced no longer counts


def test_a_comment_on_the_protocol_gains_nothing() -> None:
    """Only versions of a record keep its population; a comment is a notice, not a plan."""
    plan = member("10", PLAN_TITLE, PLAN)
    comment = member(
        "12",
        "Comment on the LOTUS-3 protocol",
        "The planned sample of 140 seems small for a two-arm trial of naltrexone 4.5 mg.",
        (("CommentOn", "10"),),
    )
    _, records = study_of(plan, comment)
    assert set(records["pubmed:12"].values()) == {"no"}


def test_only_the_version_is_judged_again() -> None:
    """The plan it revises keeps its own facts and verdicts; the version's reason says
    where its population came from."""
    plan = member("10", PLAN_TITLE, PLAN)
    title, abstract = AMENDMENTS[0]
    amendment = member("11", title, abstract, (("UpdateOf", "10"),))
    kept = keep_population([plan, amendment], RULES)
    assert kept[0] is plan
    assert kept[1].facts is not None and kept[1].facts.depression_population
    assert "PMID 10" in kept[1].facts.notes["depression_population"]
    assert amendment.facts is not None and not amendment.facts.depression_population
