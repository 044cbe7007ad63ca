"""Realistic sample digests, for previewing a template override and for the digest tests.

Every record is invented for illustration, with PMIDs in the 99000000 range that PubMed
has not issued, NCT ids in NCT09xxxxxx and preprint ids PPR99xxxxx; none of their
findings is evidence of anything. The watch's wording (its name, the reference study)
comes from the packaged config, as in a real digest.

Two scenarios: ``"addressed"`` (the default: a dose-ranging trial with SSRIs closes two
gaps, a registered trial has the third in progress, a case series is retracted) and
``"open"`` (every gap open: the one larger trial was retracted and reopened its gap).
Studies are judged by the real ``studies.judge_study`` from records and facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ldn_watch.digest.context import DigestContext, StudyInput, build_context
from ldn_watch.model import (
    AbstractSection,
    Assessment,
    Correction,
    Facts,
    GapState,
    GapStatus,
    GapValue,
    Preprint,
    Record,
    Registry,
    StoredRecord,
)
from ldn_watch.studies import Member, Study, judge_study

SAMPLE_NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
GAPS = ("larger-trials", "serotonergic-combination", "dose-finding")

GAP_TEXT: dict[str, tuple[str, str]] = {
    "larger-trials": (
        "Larger trials",
        "Needs a trial with at least 50 participants (the pilot had 12).",
    ),
    "serotonergic-combination": (
        "Serotonergic combination",
        "Needs a trial of the drug with a serotonergic or noradrenergic co-medication "
        "(the pilot enrolled dopaminergic regimens only).",
    ),
    "dose-finding": (
        "Dose-finding",
        "Needs a trial comparing two or more doses (the pilot tested 1 mg twice daily).",
    ),
}


def _gaps(larger: GapValue = "no", sero: GapValue = "no", dose: GapValue = "no") -> dict:
    return {"larger-trials": larger, "serotonergic-combination": sero, "dose-finding": dose}


def _why(**reasons: str) -> dict[str, str]:
    keys = {"larger": "larger-trials", "sero": "serotonergic-combination", "dose": "dose-finding"}
    return {g: "not met" for g in GAPS} | {keys[k]: v for k, v in reasons.items()}


def _when(seen: date) -> datetime:
    return datetime(seen.year, seen.month, seen.day, 7, 0, tzinfo=UTC)


class _Family:
    """Records of one study with their facts, judged together like the store does."""

    def __init__(self) -> None:
        self.members: list[Member] = []
        self.seen: dict[str, date] = {}

    def add(
        self,
        record: Record,
        facts: Facts | None,
        gaps: dict[str, GapValue] | None = None,
        reasons: dict[str, str] | None = None,
        seen: date = date(2026, 11, 26),
    ) -> _Family:
        self.members.append(
            Member(record=record, facts=facts, gaps=gaps or _gaps(), reasons=reasons or _why())
        )
        self.seen[record.key] = seen
        return self

    def judge(self, study_id: str) -> tuple[Study, list[StoredRecord]]:
        study, verdicts = judge_study(study_id, self.members, GAPS)
        by_key = {v.key: v for v in verdicts}
        stored = []
        for m in self.members:
            v = by_key[m.key]
            assessment = (
                Assessment(
                    pmid=m.record.id,
                    source=m.record.source,
                    facts=m.facts,
                    gaps=dict(m.gaps),
                    reasons=dict(m.reasons),
                    rules_version="sample",
                )
                if m.facts is not None
                else None
            )
            when = _when(self.seen[m.key])
            stored.append(
                StoredRecord(
                    record=m.record,
                    assessment=assessment,
                    first_seen=when,
                    last_changed=when,
                    in_study=v.in_study(),
                )
            )
        return study, stored


def _item(
    family: _Family,
    study_id: str,
    *,
    new: Sequence[str] | None = None,
    changes: dict[str, list[str]] | None = None,
) -> StudyInput:
    study, stored = family.judge(study_id)
    keys = [s.key for s in stored]
    fresh = set(keys if new is None else new)
    return StudyInput(
        study=study,
        records=stored,
        new=fresh,
        changes=changes or {},
        is_new=fresh == set(keys) and not changes,
    )


def _trial(**overrides: Any) -> Facts:
    base: dict[str, Any] = {
        "on_topic": True,
        "design": "rct",
        "depression_population": True,
        "has_results": True,
    }
    return Facts(**(base | overrides))


def _off_topic() -> list[StoredRecord]:
    rows = [
        ("99000011", "Naltrexone-bupropion and depressive symptoms in obesity", "naltrexone-bupropion"),
        ("99000012", "Naltrexone 50 mg for alcohol use disorder with depression", "standard-dose naltrexone"),
        ("99000013", "Samidorphan with olanzapine: weight and mood outcomes", "samidorphan, not naltrexone"),
        ("99000014", "Naltrexone-bupropion for binge eating: mood as a secondary outcome", "naltrexone-bupropion"),
    ]  # fmt: skip
    out = []
    for pmid, title, reason in rows:
        when = _when(date(2026, 11, 25))
        record = Record("pubmed", pmid, title, journal="Example Journal", year=2026)
        facts = Facts(on_topic=False, off_topic_reason=reason)
        out.append(
            StoredRecord(record, Assessment(pmid, facts, _gaps(), "sample"), when, when, None)
        )
    return out


def _state(gap: str, status: GapStatus, addressing: list[str], running: list[str]) -> GapState:
    title, description = GAP_TEXT[gap]
    return GapState(
        id=gap,
        title=title,
        description=description,
        status=status,
        studies_addressing=addressing,
        studies_in_progress=running,
    )


def _addressed() -> dict[str, Any]:
    dose_ranging = (
        _Family()
        .add(
            Record(
                "ctgov",
                "NCT09000001",
                "Low-Dose Naltrexone Added to SSRIs in Major Depressive Disorder: Three Doses",
                year=2024,
                registry=Registry(
                    status="COMPLETED", enrollment=36, sponsor="Example University (invented)"
                ),
            ),
            _trial(design="protocol", has_results=False, n=36, ldn_doses_mg=[1.5, 3.0, 4.5]),
            _gaps(sero="in_progress", dose="in_progress"),
            _why(larger="n 36 < 50", sero="completed", dose="completed"),
            seen=date(2024, 3, 1),
        )
        .add(
            Record(
                "europepmc",
                "PPR99000001",
                "Low-dose naltrexone added to SSRIs in major depressive disorder: a three-dose "
                "randomized trial",
                year=2026,
                authors=["Example A", "Sample B"],
                doi="10.5555/ldn.sample.1",
                preprint=Preprint(server="medRxiv", version=1, posted=date(2026, 6, 2)),
                links=[],
            ),
            _trial(n=36, ldn_doses_mg=[1.5, 3.0, 4.5], concomitant_classes=["serotonergic"]),
            _gaps(sero="addressed", dose="addressed"),
            seen=date(2026, 6, 3),
        )
        .add(
            Record(
                "pubmed",
                "99000001",
                "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomized, "
                "placebo-controlled, three-dose trial",
                journal="Journal of Clinical Psychopharmacology",
                year=2026,
                doi="10.5555/ldn.sample.2",
                pmc="PMC9900001",
                authors=["Example A", "Sample B", "Placeholder C", "Dummy D"],
                publication_types=["Journal Article", "Randomized Controlled Trial"],
                nct_ids=["NCT09000001"],
                abstract=[AbstractSection("...", "METHODS")],
            ),
            _trial(
                n=36,
                ldn_doses_mg=[1.5, 3.0, 4.5],
                concomitant_antidepressants=["escitalopram", "sertraline"],
                concomitant_classes=["serotonergic"],
                compares_doses=True,
                conclusion=(
                    "All three doses were well tolerated; 4.5 mg/day separated from placebo "
                    "on the MADRS at week 8."
                ),
            ),
            _gaps(sero="addressed", dose="addressed"),
            _why(larger="n 36 < 50"),
        )
    )
    lotus = (
        _Family()
        .add(
            Record(
                "pubmed",
                "99000002",
                "Adjunctive low-dose naltrexone for SNRI-treated depression (LOTUS): protocol "
                "for a multicentre randomized controlled trial",
                journal="BMJ Open",
                year=2026,
                authors=["Trialist T"],
                publication_types=["Journal Article", "Clinical Trial Protocol"],
                nct_ids=["NCT09000002"],
            ),
            _trial(
                design="protocol",
                has_results=False,
                n=120,
                ldn_doses_mg=[4.5],
                concomitant_antidepressants=["duloxetine", "venlafaxine"],
                concomitant_classes=["serotonergic", "noradrenergic"],
                conclusion=(
                    "The trial will show whether 4.5 mg/day improves response in patients "
                    "with an inadequate response to an SNRI."
                ),
            ),
            _gaps(larger="in_progress", sero="in_progress"),
            _why(larger="protocol, n 120 planned", sero="protocol", dose="one dose (4.5 mg)"),
            seen=date(2026, 11, 27),
        )
        .add(
            Record(
                "ctgov",
                "NCT09000002",
                "LOTUS: Low-Dose Naltrexone for SNRI-Treated Depression",
                year=2026,
                pmid="99000002",
                registry=Registry(
                    status="RECRUITING", enrollment=120, sponsor="Example Hospital (invented)"
                ),
            ),
            _trial(design="protocol", has_results=False, n=120, ldn_doses_mg=[4.5]),
            _gaps(larger="in_progress", sero="in_progress"),
            _why(larger="recruiting", sero="recruiting", dose="one dose (4.5 mg)"),
            seen=date(2026, 11, 27),
        )
    )
    near_miss = (
        _Family()
        .add(
            Record(
                "pubmed",
                "99000007",
                "Low-dose naltrexone monotherapy in major depression: an 8-week randomized trial",
                journal="Journal of Affective Disorders Reports",
                year=2026,
                authors=["Placeholder C"],
                publication_types=["Journal Article", "Randomized Controlled Trial"],
                corrections=[Correction("ErratumIn", "99000008")],
            ),
            _trial(n=37, ldn_doses_mg=[4.5], conclusion="No separation from placebo at week 8."),
            _gaps(),
            _why(
                larger="n 37 < 50", sero="no antidepressant taken with it", dose="one dose (4.5 mg)"
            ),
        )
        .add(
            Record(
                "pubmed",
                "99000008",
                "Erratum: Low-dose naltrexone monotherapy in major depression",
                journal="Journal of Affective Disorders Reports",
                year=2026,
                publication_types=["Published Erratum"],
                corrections=[Correction("ErratumFor", "99000007")],
            ),
            Facts(on_topic=True, design="other"),
        )
    )
    review = _Family().add(
        Record(
            "pubmed",
            "99000003",
            "Opioid modulation in depression: a narrative review of low-dose naltrexone",
            journal="CNS Drugs",
            year=2026,
            authors=["Reviewer R", "Author S"],
            publication_types=["Journal Article", "Review"],
        ),
        Facts(on_topic=True, design="review", depression_population=True),
    )
    case_series = (
        _Family()
        .add(
            Record(
                "pubmed",
                "99000005",
                "Low-dose naltrexone in postpartum depression: a case series",
                journal="Archives of Women's Mental Health",
                year=2024,
                publication_types=["Journal Article", "Retracted Publication"],
                corrections=[Correction("RetractionIn", "99000006")],
                history={"pubmed": date(2024, 6, 1)},
            ),
            _trial(design="case_report", n=6, ldn_doses_mg=[4.5]),
            seen=date(2024, 6, 3),
        )
        .add(
            Record(
                "pubmed",
                "99000006",
                "Retraction notice: Low-dose naltrexone in postpartum depression: a case series",
                journal="Archives of Women's Mental Health",
                year=2026,
                publication_types=["Retraction of Publication"],
                corrections=[Correction("RetractionOf", "99000005")],
                history={"pubmed": date(2026, 11, 20)},
            ),
            Facts(on_topic=True, design="other"),
        )
    )
    open_label = _Family().add(
        Record(
            "pubmed",
            "99000004",
            "Open-label comparison of 1.5 mg and 4.5 mg naltrexone in depressed outpatients",
            journal="Pain Medicine",
            year=2025,
            publication_types=["Journal Article", "Clinical Trial"],
        ),
        _trial(design="nonrandomized_trial", n=38, ldn_doses_mg=[1.5, 4.5], compares_doses=True),
        _gaps(dose="addressed"),
        seen=date(2025, 9, 1),
    )
    board_study, board_records = open_label.judge("pubmed:99000004")
    items = [
        _item(review, "pubmed:99000003"),
        _item(
            dose_ranging,
            "ctgov:NCT09000001",
            new=["pubmed:99000001"],
            changes={
                "ctgov:NCT09000001": ["registry status recruiting -> completed"],
                "europepmc:PPR99000001": ["journal version linked"],
            },
        ),
        _item(lotus, "ctgov:NCT09000002"),
        _item(near_miss, "pubmed:99000007"),
        _item(
            case_series,
            "pubmed:99000005",
            new=["pubmed:99000006"],
            changes={"pubmed:99000005": ["retracted"]},
        ),
    ]
    gaps = [
        _state("larger-trials", "in_progress", [], ["ctgov:NCT09000002"]),
        _state(
            "serotonergic-combination", "addressed", ["ctgov:NCT09000001"], ["ctgov:NCT09000002"]
        ),
        _state("dose-finding", "addressed", ["ctgov:NCT09000001", "pubmed:99000004"], []),
    ]
    return {
        "gaps": gaps,
        "studies": items,
        "board": {board_study.id: board_study},
        "leads": {board_study.id: board_records[0]},
        "previous_status": {
            "larger-trials": "in_progress",
            "serotonergic-combination": "open",
            "dose-finding": "in_progress",
        },
    }


def _open() -> dict[str, Any]:
    retracted_trial = (
        _Family()
        .add(
            Record(
                "pubmed",
                "99000020",
                "Low-dose naltrexone for treatment-resistant depression: a randomized trial in "
                "80 adults",
                journal="Example Psychiatry",
                year=2025,
                authors=["Example A", "Sample B", "Placeholder C", "Dummy D", "Other E"],
                doi="10.5555/ldn.sample.20",
                publication_types=["Journal Article", "Randomized Controlled Trial"],
                corrections=[Correction("RetractionIn", "99000021")],
                history={"pubmed": date(2025, 3, 1)},
            ),
            _trial(n=80, ldn_doses_mg=[4.5]),
            _gaps(larger="addressed"),
            seen=date(2025, 3, 2),
        )
        .add(
            Record(
                "pubmed",
                "99000021",
                "Retraction: Low-dose naltrexone for treatment-resistant depression",
                journal="Example Psychiatry",
                year=2026,
                publication_types=["Retraction of Publication"],
                corrections=[Correction("RetractionOf", "99000020")],
                history={"pubmed": date(2026, 11, 24)},
            ),
            Facts(on_topic=True, design="other"),
        )
    )
    near_miss = _Family().add(
        Record(
            "pubmed",
            "99000022",
            "Low-dose naltrexone augmentation in persistent depressive disorder: a pilot RCT",
            journal="Example Mood Journal",
            year=2026,
            authors=["Sample B", "Author S"],
            publication_types=["Journal Article", "Randomized Controlled Trial"],
        ),
        _trial(n=37, ldn_doses_mg=[4.5], concomitant_classes=["dopaminergic"]),
        _gaps(),
        _why(
            larger="n 37 < 50",
            sero="only dopaminergic co-medication",
            dose="one dose (4.5 mg)",
        ),
    )
    items = [
        _item(
            retracted_trial,
            "pubmed:99000020",
            new=["pubmed:99000021"],
            changes={
                "pubmed:99000020": ["retracted", "verdict changed: larger-trials addressed -> no"]
            },
        ),
        _item(near_miss, "pubmed:99000022"),
    ]
    gaps = [_state(g, "open", [], []) for g in GAPS]
    return {
        "gaps": gaps,
        "studies": items,
        "board": {},
        "leads": {},
        "previous_status": {
            "larger-trials": "addressed",
            "serotonergic-combination": "open",
            "dose-finding": "open",
        },
    }


def sample_inputs(scenario: str = "addressed") -> dict[str, Any]:
    """Keyword arguments for ``build_context`` in one of the two scenarios."""
    if scenario not in ("addressed", "open"):
        raise ValueError(f"unknown sample scenario {scenario!r}: use 'addressed' or 'open'")
    body = _addressed() if scenario == "addressed" else _open()
    return body | {
        "rules": {g.id: g for g in body["gaps"]},
        "off_topic": _off_topic(),
        "period_start": SAMPLE_NOW - timedelta(days=7),
        "period_end": SAMPLE_NOW,
        "now": SAMPLE_NOW,
    }


def sample_context(scenario: str = "addressed", **changes: Any) -> DigestContext:
    """The sample as a ready ``DigestContext``; ``changes`` override ``build_context``'s
    arguments (e.g. ``base_url``, ``max_items``)."""
    return build_context(**(sample_inputs(scenario) | changes))
