"""The digest's template context: what a reader sees, already worded, and nothing else.

Templates get the fields of :class:`DigestContext` as top-level names and may use only
the fields documented here (``tests/test_digest_render.py`` checks this), so a user's
template override keeps working as long as this module keeps its promises. Every value
is display-ready (labels, "2 mg/day"); missing values are ``None``, lists are never ``None``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from ldn_watch.model import Assessment, GapState, GapStatus, Record, StoredArticle

DESIGN_LABELS: dict[str, str] = {
    "rct": "Randomized controlled trial",
    "nonrandomized_trial": "Non-randomized trial",
    "observational": "Observational study",
    "case_report": "Case report",
    "review": "Review",
    "meta_analysis": "Meta-analysis",
    "protocol": "Trial protocol or registration",
    "preclinical": "Preclinical (animal or in vitro)",
    "other": "Other",
}
STATUS_LABELS: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "addressed": "Addressed",
}
# Designs with participants of their own, where "who was enrolled" is worth a flag.
STUDY_DESIGNS = frozenset(
    {"rct", "nonrandomized_trial", "observational", "case_report", "protocol"}
)
VALUE_LABELS: dict[str, str] = {"addressed": "addressed", "in_progress": "in progress"}

DISCLAIMER = (
    "Low-dose naltrexone for depression is off-label and experimental: no regulator has "
    "approved it for any psychiatric indication. This digest tracks the literature; it is "
    "not treatment advice."
)


class GapRule(Protocol):
    """What the digest needs from a configured gap rule (``GapState`` itself qualifies)."""

    @property
    def title(self) -> str: ...

    @property
    def description(self) -> str: ...


@dataclass(frozen=True)
class Counts:
    """Header numbers.

    Attributes:
        new_on_topic: new articles that are on topic (LDN and depression).
        updated: articles seen before whose record or verdict changed.
        off_topic: new hits the classifier set aside.
        retracted: retracted articles in this digest (new, or updated to retracted).
    """

    new_on_topic: int
    updated: int
    off_topic: int
    retracted: int


@dataclass(frozen=True)
class GapTouch:
    """One gap an article touches.

    Attributes:
        id: the gap rule id, e.g. "dose-finding".
        title: the gap's human title.
        value: "addressed" or "in_progress".
        label: the value worded for readers: "addressed", "in progress".
    """

    id: str
    title: str
    value: str
    label: str


@dataclass(frozen=True)
class ArticleView:
    """One article as the digest shows it.

    Attributes:
        pmid: PubMed id.
        url: the PubMed page.
        title: the article title (plain text; templates escape it).
        journal: journal name, None if unknown.
        year: publication year, None if unknown.
        design: human label of the study design, e.g. "Randomized controlled trial".
        design_code: the contract's design code, e.g. "rct"; None if not assessed.
        n: participants, None if not stated.
        doses: total daily LDN doses, e.g. "1.5, 3, 4.5 mg/day"; None if not stated.
        co_medication: antidepressants taken with LDN, e.g. "sertraline (serotonergic)"; None.
        on_topic: the classifier's verdict (False also when not yet assessed).
        gaps: the gaps this article addresses or has in progress.
        conclusion: the abstract's conclusion sentence, None if not found.
        notices: post-publication notices: "retracted", "erratum", "expression of concern".
        retracted: True if the article is retracted; shown loudly.
        flags: caveats worth a glance, e.g. "no results yet", "not assessed yet".
        changes: for updated articles, what changed ("retracted", "verdict changed: ...").
    """

    pmid: str
    url: str
    title: str
    journal: str | None
    year: int | None
    design: str
    design_code: str | None
    n: int | None
    doses: str | None
    co_medication: str | None
    on_topic: bool
    gaps: list[GapTouch]
    conclusion: str | None
    notices: list[str]
    retracted: bool
    flags: list[str]
    changes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StudyView:
    """A study behind a gap, in one line.

    Attributes:
        pmid: PubMed id.
        url: the PubMed page.
        title: article title, None if the article was not handed to the digest.
        year: publication year, None if unknown.
        design: human design label, None if unknown.
        n: participants, None if not stated.
        doses: total daily LDN doses ("2 mg/day"), None if not stated.
        co_medication: antidepressants taken with LDN, None if none stated.
        value: "addressed" or "in_progress" for this gap.
        retracted: True if the study is retracted (the gap may need a second look).
        is_new: True if the study is new in this digest.
    """

    pmid: str
    url: str
    title: str | None
    year: int | None
    design: str | None
    n: int | None
    doses: str | None
    co_medication: str | None
    value: str
    retracted: bool
    is_new: bool


@dataclass(frozen=True)
class GapView:
    """One of the gaps left by the 2017 pilot, with its status and evidence.

    Attributes:
        id: the gap rule id.
        title: human title, e.g. "Dose-finding".
        description: what would close the gap, from the rule.
        status: "open", "in_progress" or "addressed".
        status_label: the status worded: "Open", "In progress", "Addressed".
        previous_status: the status in the previous digest, None if unknown.
        changed: True if the status differs from the previous digest.
        why: one sentence saying why the gap has this status.
        studies: the studies behind the status, addressing ones first.
    """

    id: str
    title: str
    description: str
    status: str
    status_label: str
    previous_status: str | None
    changed: bool
    why: str
    studies: list[StudyView]


@dataclass(frozen=True)
class ReasonCount:
    """Why some hits were off topic.

    Attributes:
        reason: the classifier's reason, e.g. "naltrexone-bupropion".
        count: how many hits had it.
    """

    reason: str
    count: int


@dataclass(frozen=True)
class OffTopicItem:
    """One off-topic hit.

    Attributes:
        pmid: PubMed id.
        url: the PubMed page.
        title: article title.
        reason: why it is off topic.
    """

    pmid: str
    url: str
    title: str
    reason: str


@dataclass(frozen=True)
class OffTopicSummary:
    """Hits the classifier set aside, summarised in one line.

    Attributes:
        count: number of off-topic hits.
        reasons: reasons with counts, most frequent first.
        articles: every off-topic hit.
    """

    count: int
    reasons: list[ReasonCount]
    articles: list[OffTopicItem]


@dataclass(frozen=True)
class Reference:
    """The 2017 pilot every gap is measured against.

    Attributes:
        pmid: "27736689".
        url: its PubMed page.
        citation: "Mischoulon et al., J Affect Disord, 2017".
        n: 12 patients.
        regimens: which antidepressant regimens it enrolled.
        dose: the single dose it tested.
        summary: one sentence combining the above.
    """

    pmid: str
    url: str
    citation: str
    n: int
    regimens: str
    dose: str
    summary: str


REFERENCE = Reference(
    pmid="27736689",
    url="https://pubmed.ncbi.nlm.nih.gov/27736689/",
    citation="Mischoulon et al., J Affect Disord, 2017",
    n=12,
    regimens="dopaminergic antidepressant regimens only",
    dose="one dose, 1 mg twice daily (2 mg/day)",
    summary=(
        "The 2017 pilot randomized 12 patients, all on dopaminergic antidepressant "
        "regimens, to one dose: 1 mg twice daily."
    ),
)


@dataclass(frozen=True)
class DigestContext:
    """Everything a digest template may use; its fields are the templates' top-level names.

    Attributes:
        generated_at: when the digest was made (timezone-aware).
        period_start: start of the covered window, None for "everything so far".
        period_end: end of the covered window, None if not bounded.
        counts: the header numbers.
        gaps: the gaps, in rule order.
        new_articles: new articles, on-topic ones first.
        updated_articles: articles seen before that changed; ``changes`` says how.
        retractions: retracted articles among new and updated, for the alert at the top.
        off_topic_summary: hits set aside, one line plus the titles.
        reference: the 2017 pilot.
        disclaimer: the off-label note.
        subject: the email subject and page title.
        summary: one line for previews, the index and the feed: counts and gap statuses.
    """

    generated_at: datetime
    period_start: datetime | None
    period_end: datetime | None
    counts: Counts
    gaps: list[GapView]
    new_articles: list[ArticleView]
    updated_articles: list[ArticleView]
    retractions: list[ArticleView]
    off_topic_summary: OffTopicSummary
    reference: Reference
    disclaimer: str
    subject: str
    summary: str


def format_doses(doses_mg: Iterable[float]) -> str | None:
    """``[1.5, 3.0]`` -> ``"1.5, 3 mg/day"``; None when no dose was stated."""
    values = sorted(set(doses_mg))
    if not values:
        return None
    return ", ".join(f"{d:g}" for d in values) + " mg/day"


def format_co_medication(drugs: Sequence[str], classes: Sequence[str]) -> str | None:
    """``"bupropion, sertraline (dopaminergic)"``; the class alone if no drug was named."""
    if drugs and classes:
        return f"{', '.join(drugs)} ({', '.join(classes)})"
    if drugs:
        return ", ".join(drugs)
    if classes:
        return f"{', '.join(classes)} antidepressants"
    return None


def word_change(change: str) -> str:
    """Store-speak to reader-speak: "in_progress -> addressed" reads "in progress → addressed"."""
    return change.replace("in_progress", "in progress").replace(" -> ", " → ")


def _flags(article: Record, assessment: Assessment | None) -> list[str]:
    if assessment is None:
        return ["not assessed yet"]
    facts = assessment.facts
    flags: list[str] = []
    if not article.abstract:
        flags.append("no abstract")
    if not facts.has_results or facts.design == "protocol":
        flags.append("no results yet")
    if facts.on_topic and facts.design in STUDY_DESIGNS and not facts.depression_population:
        flags.append("participants not selected for depression")
    return flags


def article_view(
    stored: StoredArticle, titles: Mapping[str, str], changes: Sequence[str] = ()
) -> ArticleView:
    """Word one stored article for readers; ``titles`` maps gap ids to gap titles."""
    article, assessment = stored.article, stored.assessment
    facts = assessment.facts if assessment else None
    touches = [
        GapTouch(id=g, title=titles.get(g, g), value=v, label=VALUE_LABELS[v])
        for g, v in stored.gaps.items()
        if v != "no"
    ]
    retracted = article.retracted or bool(stored.in_study and stored.in_study.retracted)
    return ArticleView(
        pmid=article.id,
        url=article.url,
        title=article.title,
        journal=article.journal,
        year=article.year,
        design=DESIGN_LABELS[facts.design] if facts else "Not assessed",
        design_code=facts.design if facts else None,
        n=facts.n if facts else None,
        doses=format_doses(facts.ldn_doses_mg) if facts else None,
        co_medication=(
            format_co_medication(facts.concomitant_antidepressants, facts.concomitant_classes)
            if facts
            else None
        ),
        on_topic=stored.on_topic,
        gaps=touches,
        conclusion=facts.conclusion if facts else None,
        notices=article.notices or (["retracted"] if retracted else []),
        retracted=retracted,
        flags=_flags(article, assessment),
        changes=[word_change(c) for c in changes],
    )


def _study_view(pmid: str, value: str, view: ArticleView | None, is_new: bool) -> StudyView:
    if view is None:
        return StudyView(
            pmid=pmid,
            url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/",
            title=None,
            year=None,
            design=None,
            n=None,
            doses=None,
            co_medication=None,
            value=value,
            retracted=False,
            is_new=is_new,
        )
    return StudyView(
        pmid=pmid,
        url=view.url,
        title=view.title,
        year=view.year,
        design=view.design,
        n=view.n,
        doses=view.doses,
        co_medication=view.co_medication,
        value=value,
        retracted=view.retracted,
        is_new=is_new,
    )


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def gap_why(gap: GapState) -> str:
    """One sentence: why this gap has its status (counts trials, not adjectives)."""
    done, running = len(gap.addressed_by), len(set(gap.in_progress_by) - set(gap.addressed_by))
    if gap.status == "addressed":
        more = f"; {_plural(running, 'more is', 'more are')} under way" if running else ""
        return f"Addressed by {_plural(done, 'trial', 'trials')} with results{more}."
    if gap.status == "in_progress":
        return (
            f"{_plural(running, 'trial is', 'trials are')} registered or under way; no results yet."
        )
    return "No trial found yet."


def _sort_key(view: ArticleView) -> tuple[int, int, int, str]:
    """On-topic first, gap-touching first, newest year first, then PMID for stability."""
    return (not view.on_topic, not view.gaps, -(view.year or 0), view.pmid)


def build_context(
    *,
    gaps: Sequence[GapState],
    rules: Mapping[str, GapRule],
    new: Sequence[StoredArticle],
    updated: Sequence[tuple[StoredArticle, list[str]]],
    off_topic: Sequence[StoredArticle],
    period_start: datetime | None,
    period_end: datetime | None,
    now: datetime,
    evidence: Sequence[StoredArticle] = (),
    previous_status: Mapping[str, GapStatus] | None = None,
) -> DigestContext:
    """Assemble the digest context from plain objects.

    ``evidence`` holds the stored articles behind the gaps (the board shows their design,
    n and doses; a PMID not found anywhere is shown by number only). ``previous_status``
    maps gap id to its status in the last sent digest, so the digest can say what changed.
    """
    if now.tzinfo is None:
        raise ValueError("build_context needs an aware datetime for now")
    titles = {g.id: rules[g.id].title if g.id in rules else g.title for g in gaps}
    new_views = sorted((article_view(s, titles) for s in new), key=_sort_key)
    updated_views = sorted(
        (article_view(s, titles, changes) for s, changes in updated), key=_sort_key
    )
    retractions = [v for v in new_views if v.retracted] + [
        v for v in updated_views if "retracted" in v.changes or (v.retracted and not v.changes)
    ]

    known: dict[str, ArticleView] = {
        s.article.id: article_view(s, titles) for s in [*evidence, *off_topic]
    }
    known.update({v.pmid: v for v in [*new_views, *updated_views]})
    new_pmids = {v.pmid for v in new_views}
    previous = previous_status or {}
    gap_views = []
    for gap in gaps:
        description = rules[gap.id].description if gap.id in rules else gap.description
        studies = [
            _study_view(
                p,
                "addressed" if p in gap.addressed_by else "in_progress",
                known.get(p),
                p in new_pmids,
            )
            for p in gap.articles
        ]
        before = previous.get(gap.id)
        gap_views.append(
            GapView(
                id=gap.id,
                title=titles[gap.id],
                description=description,
                status=gap.status,
                status_label=STATUS_LABELS[gap.status],
                previous_status=before,
                changed=before is not None and before != gap.status,
                why=gap_why(gap),
                studies=studies,
            )
        )

    off_items = [
        OffTopicItem(
            pmid=s.article.id,
            url=s.article.url,
            title=s.article.title,
            reason=(s.assessment and s.assessment.facts.off_topic_reason)
            or "not LDN and depression",
        )
        for s in off_topic
    ]
    reasons = Counter(item.reason for item in off_items)
    summary = OffTopicSummary(
        count=len(off_items),
        reasons=[
            ReasonCount(reason=r, count=c)
            for r, c in sorted(reasons.items(), key=lambda rc: (-rc[1], rc[0]))
        ],
        articles=off_items,
    )
    counts = Counts(
        new_on_topic=sum(v.on_topic for v in new_views),
        updated=len(updated_views),
        off_topic=len(off_items),
        retracted=len(retractions),
    )
    ctx = DigestContext(
        generated_at=now,
        period_start=period_start,
        period_end=period_end,
        counts=counts,
        gaps=gap_views,
        new_articles=new_views,
        updated_articles=updated_views,
        retractions=retractions,
        off_topic_summary=summary,
        reference=REFERENCE,
        disclaimer=DISCLAIMER,
        subject="",
        summary="",
    )
    return replace(ctx, subject=subject_line(ctx), summary=summary_line(ctx))


def subject_line(ctx: DigestContext) -> str:
    """The subject: "ldn-watch: 2 new LDN–depression studies; dose-finding now in progress"."""
    parts: list[str] = []
    if ctx.counts.retracted:
        parts.append(_plural(ctx.counts.retracted, "retraction", "retractions"))
    n = ctx.counts.new_on_topic
    parts.append(
        _plural(n, "new LDN–depression study", "new LDN–depression studies")
        if n
        else "no new studies"
    )
    changed: dict[str, list[str]] = {}
    for gap in ctx.gaps:
        if gap.changed:
            changed.setdefault(gap.status_label.lower(), []).append(gap.id)
    parts.extend(f"{', '.join(ids)} now {status}" for status, ids in changed.items())
    return "ldn-watch: " + "; ".join(parts)


def summary_line(ctx: DigestContext) -> str:
    """ "3 new on topic, 2 updated, 3 off topic. Dose-finding: addressed (was in progress); ..."."""
    c = ctx.counts
    head = f"{c.new_on_topic} new on topic, {c.updated} updated, {c.off_topic} off topic"
    if c.retracted:
        head += f", {_plural(c.retracted, 'retraction', 'retractions')}"
    gaps = "; ".join(
        f"{g.title}: {g.status_label.lower()}"
        + (
            f" (was {STATUS_LABELS[g.previous_status].lower()})"
            if g.changed and g.previous_status
            else ""
        )
        for g in ctx.gaps
    )
    return f"{head}. {gaps}." if gaps else f"{head}."
