"""What the terminal shows: tables, one-line summaries and the backfill progress bar.

Kept apart from cli.py so the commands stay thin and the wording lives in one place.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table

from ldn_watch.model import Assessment, Facts, GapState, Record, RunRecord
from ldn_watch.net import redact
from ldn_watch.studies import Study

if TYPE_CHECKING:
    from ldn_watch.app import CycleSummary
    from ldn_watch.config import Config

DESIGN_LABELS = {
    "rct": "RCT",
    "nonrandomized_trial": "non-randomised trial",
    "observational": "observational",
    "case_report": "case report",
    "review": "review",
    "meta_analysis": "meta-analysis",
    "protocol": "protocol",
    "preclinical": "preclinical",
    "other": "other",
}
GAP_SHORT = {
    "larger-trials": "larger",
    "serotonergic-combination": "sero/NA",
    "dose-finding": "dose",
}
STATUS_STYLE = {"open": "red", "in_progress": "yellow", "addressed": "green"}


def _console() -> Console:
    return Console(soft_wrap=False)


def doses_text(facts: Facts | None) -> str:
    if not facts or not facts.ldn_doses_mg:
        return "–"
    return ", ".join(f"{d:g}" for d in sorted(facts.ldn_doses_mg)) + " mg/day"


def gaps_text(assessment: Assessment | None) -> str:
    """'larger, dose (in progress)' — the gaps an article touches, or '–'."""
    if assessment is None:
        return "not assessed"
    parts = []
    for gap, value in assessment.gaps.items():
        if value == "no":
            continue
        name = GAP_SHORT.get(gap, gap)
        parts.append(name if value == "addressed" else f"{name} (in progress)")
    return ", ".join(parts) or "–"


SEARCH_DESIGNS = {
    "rct": "RCT",
    "nonrandomized_trial": "non-rand.",
    "observational": "observ.",
    "case_report": "case rep.",
    "review": "review",
    "meta_analysis": "meta-anal.",
    "protocol": "protocol",
    "preclinical": "preclin.",
    "other": "other",
}
SEARCH_GAPS = {
    "larger-trials": "larger",
    "serotonergic-combination": "sero",
    "dose-finding": "dose",
}
SEARCH_WIDTHS = (8, 4, 10, 5, 8, 13)  # PMID, year, design, n, mg/day, gaps; then the title


def search_row(article: Record, assessment: Assessment | None) -> list[str]:
    """One search hit in compact cells: the row fits 80 columns with a readable title."""
    f = assessment.facts if assessment else None
    if assessment is None:
        touched = "?"
    elif not assessment.facts.on_topic:
        touched = "off-topic"
    else:
        touched = ",".join(
            SEARCH_GAPS.get(g, g) + ("" if v == "addressed" else "*")
            for g, v in assessment.gaps.items()
            if v != "no"
        )
    doses = ",".join(f"{d:g}" for d in sorted(f.ldn_doses_mg)) if f and f.ldn_doses_mg else "–"
    return [
        article.id,
        str(article.year or "–"),
        SEARCH_DESIGNS.get(f.design, f.design) if f else "–",
        str(f.n) if f and f.n is not None else "–",
        doses,
        touched or "–",
        ("RETRACTED " if article.retracted else "") + article.title,
    ]


def output_width() -> int | None:
    """The terminal's width when stdout is one (or COLUMNS is set); None for a pipe,
    where lines stay whole for grep and cut."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit():
        return shutil.get_terminal_size((80, 24)).columns
    return None


def print_search(
    rows: Sequence[tuple[Record, Assessment | None]],
    *,
    total: int | None = None,
    local: bool = False,
    drug_label: str = "dose",
    source: str = "PubMed",
) -> None:
    """One line per record, title last; on a terminal each line fits its width (the
    title is shortened with "…"), in a pipe it is whole. Ends with "20 of N"."""
    what = "stored records" if local else f"{source} records"
    if not rows:
        print(f"no {what} found" if not total else f"0 of {total} {what} shown")
        return
    width = output_width()
    header = ("id", "year", "design", "n", f"{drug_label} mg/d", "gaps")
    print(_fit(_fixed([*header, "title"], SEARCH_WIDTHS).rstrip(), width))
    for article, assessment in rows:
        print(_fit(_fixed(search_row(article, assessment), SEARCH_WIDTHS), width))
    total = len(rows) if total is None else total
    footer = f"{len(rows)} of {total} {what}"
    if total > len(rows):
        footer += f"; --max {min(total, 9999)} for all"
    if any(a and any(v == "in_progress" for v in a.gaps.values()) for _, a in rows):
        footer += "; gaps marked * are in progress"
    print(footer)


def _fixed(cells: Sequence[str], widths: Sequence[int]) -> str:
    """Pad each cell to its width (longer cells push the line on, never truncate)."""
    padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
    return " ".join([*padded, *cells[len(widths) :]])


def _fit(line: str, width: int | None) -> str:
    if width is None or len(line) <= width:
        return line
    return line[: max(width - 1, 0)].rstrip() + "…"


def search_json(rows: Sequence[tuple[Record, Assessment | None]]) -> list[dict[str, Any]]:
    """Search hits in the same shape as the report's articles."""
    from ldn_watch.report import article_json

    return [article_json(article, assessment) for article, assessment in rows]


def gap_board(states: Sequence[GapState], reference: str | None = None) -> Table:
    """Each gap's status and the studies behind it (``reference``: whose gaps they are)."""
    title = f"Gaps left by {reference}" if reference else "Gaps"
    table = Table(title=title, title_justify="left")
    table.add_column("gap")
    table.add_column("status")
    table.add_column("addressed by")
    table.add_column("in progress")
    for g in states:
        style = STATUS_STYLE.get(g.status, "")
        table.add_row(
            g.title,
            f"[{style}]{g.status.replace('_', ' ')}[/]",
            _some(g.studies_addressing),
            _some(g.studies_in_progress),
        )
    return table


def _some(ids: Sequence[str], most: int = 3) -> str:
    """A few ids and how many more: a board, not a listing (`report --json` lists them all)."""
    if not ids:
        return "–"
    more = f" and {len(ids) - most} more" if len(ids) > most else ""
    return ", ".join(ids[:most]) + more


def print_report(
    states: Sequence[GapState],
    studies: Sequence[Study],
    *,
    off_topic: int,
    reference: str | None = None,
) -> None:
    """The gap board, then each on-topic study as two lines: facts and verdicts, then title.

    Two lines rather than a wide table: the facts stay aligned and readable in an
    80-column terminal, and titles are never folded into slivers. A near miss says why
    it missed ("n 37 < 50").
    """
    console = _console()
    console.print(gap_board(states, reference))
    shown = sorted(studies, key=lambda s: (-(s.year or 0), s.id))
    console.print(
        f"\n[bold]On-topic studies[/] ({len(shown)}; {off_topic} off-topic records stored)"
    )
    for s in shown:
        facts = [
            f"[bold]{s.id}[/]",
            str(s.year or "–"),
            STUDY_STATUS.get(s.status, s.status),
            DESIGN_LABELS.get(s.design, s.design),
            f"n={s.n}" if s.n is not None else "n not stated",
        ]
        if s.ldn_doses_mg:
            facts.append(", ".join(f"{d:g}" for d in s.ldn_doses_mg) + " mg/day")
        if s.concomitant_classes:
            facts.append("with " + ", ".join(s.concomitant_classes))
        console.print(" · ".join(facts), highlight=False)
        verdicts = [
            f"{gap} {value.replace('_', ' ')}: {s.why.get(gap, '')}"
            if value != "no"
            else f"{gap} no: {s.why.get(gap, '')}"
            for gap, value in s.gaps.items()
        ]
        flags = "".join(
            f"[red bold]{f.upper()}[/] " for f in (["retracted"] if s.retracted else [])
        )
        console.print(Padding(f"{flags}{escape(s.title)}", (0, 0, 0, 4)), highlight=False)
        console.print(Padding("; ".join(verdicts), (0, 0, 0, 4)), highlight=False, style="dim")


STUDY_STATUS = {
    "results": "results",
    "preprint_results": "preprint (not peer-reviewed)",
    "registry_results": "registry results",
    "in_progress": "in progress",
    "stopped": "stopped",
    "retracted": "retracted",
    "notices_only": "notices only",
}


def print_status(
    runs: Sequence[RunRecord],
    states: Sequence[GapState],
    config: Config,
    *,
    next_run: str | None = None,
    digests: Sequence[dict[str, Any]] = (),
    reference: str | None = None,
    unassessed: int = 0,
) -> None:
    from ldn_watch.app import HISTORY_START
    from ldn_watch.schedule import describe_schedule

    console = _console()
    # Narrow cells and no outcome text in the table: it fits 80 columns; errors follow it.
    table = Table(title="Last runs", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("#", "kind", "started (UTC)", "since", "found", "new", "upd."):
        right = name in ("#", "found", "new", "upd.")
        table.add_column(name, no_wrap=True, justify="right" if right else "left")
    table.add_column("outcome", no_wrap=True, min_width=7)
    errors = []
    for r in runs:
        since = "–"
        if r.window_start is not None:
            start = r.window_start.date()
            since = "all" if start == HISTORY_START else f"{start:%Y-%m-%d}"
        table.add_row(
            str(r.id),
            r.kind,
            f"{r.started_at:%Y-%m-%d %H:%M}",
            since,
            str(r.found),
            str(r.new),
            str(r.updated),
            r.outcome,
        )
        if r.error:
            errors.append(f"[bold]#{r.id} {escape(r.outcome)}:[/] {escape(redact(r.error))}")
    if runs:
        console.print(table)
        for line in errors:
            console.print(line, highlight=False)
    else:
        console.print("no runs yet: `ldn-watch run` starts the first one")
    if next_run:
        console.print(f"next scheduled run (service): {next_run}")
    console.print(f"schedule: {describe_schedule(config.schedule)}")
    if digests:
        log = Table(title="Last digests", title_justify="left")
        for name in ("#", "written (UTC)", "new", "updated", "email", "subject"):
            log.add_column(name, overflow="fold")
        for d in digests:
            email = d["email_status"]
            if email == "sent":
                email = f"sent to {len(d['recipients'])}"
            elif email == "pending" and d["last_error"]:
                email = f"pending: {redact(d['last_error'])}"
            log.add_row(
                str(d["id"]),
                f"{d['created_at']:%Y-%m-%d %H:%M}",
                str(len(d["new"])),
                str(len(d["updated"])),
                email,
                d["subject"],
            )
        console.print(log)
    if unassessed:
        console.print(
            f"{unassessed} stored record(s) have no verdict from the current rules and count "
            "toward no gap; the next run assesses them again (see the log for why)",
            highlight=False,
        )
    console.print(gap_board(states, reference))


def cycle_line(summary: CycleSummary) -> str:
    parts = [
        f"run {summary.run_id}: window {summary.window_start}..{summary.window_end}",
        f"{summary.found} found, {len(summary.new)} new, {len(summary.updated)} updated",
    ]
    if summary.deleted:
        parts.append(f"{len(summary.deleted)} deleted")
    if summary.reassessed:
        parts.append(f"{summary.reassessed} reassessed")
    parts.append(f"{summary.requests} requests in {summary.seconds:.1f}s")
    line = "; ".join(parts)
    if summary.unavailable:
        line += f"\nunavailable (PubMed would not deliver them; logged): {', '.join(summary.unavailable)}"
    if summary.digest_files:
        line += f"\ndigest: {summary.digest_files[0]}"
    elif summary.delivery_error is None:
        line += "\nnothing new; no digest written"
    for subject in summary.emails_sent:
        line += f"\nemail sent: {subject}"
    return line


@contextmanager
def progress_bar(*, enabled: bool, label: str = "fetching") -> Iterator[Any]:
    """A progress callback: a bar on a terminal, nothing otherwise (cron, pipes)."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("fetch", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        yield update


def gap_block(states: Sequence[GapState], reference_label: str) -> str:
    """What `run` and `demo` print last: the verdict, then each gap's status.

    ``reference_label`` names what the gaps were left by ("the 2017 pilot"), from
    ``[digest.reference]`` in the config.
    """
    closed = sum(g.status == "addressed" for g in states)
    width = max((len(g.id) for g in states), default=0)
    lines = [f"gaps left by {reference_label}: {closed} of {len(states)} closed"]
    for g in states:
        lines.append(f"  {g.id.ljust(width)}  {g.status.replace('_', ' ')}")
    return "\n".join(lines)
