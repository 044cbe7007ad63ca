"""Commands only: parse options, call the facade, print, map errors to exit codes.

Exit status (CONTRACT.md): 0 success; 1 the work failed; 2 bad usage, config or
input file; 75 another run holds the lock. Every failure is one line on stderr.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click

from ldn_watch import __version__
from ldn_watch.config import Config, load_config
from ldn_watch.errors import LdnWatchError
from ldn_watch.logs import configure_logging
from ldn_watch.net import redact

# -- global options, accepted before or after the command name -----------------


@dataclass
class Globals:
    config: str | None = None
    db: str | None = None
    verbose: int = 0
    quiet: bool = False
    log_file: Path | None = None
    log_json: bool = False
    jobs: int | None = None

    @property
    def verbosity(self) -> int:
        return -1 if self.quiet else self.verbose


def _merge(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Store a global option on the shared Globals, whichever level it was given at."""
    g = ctx.ensure_object(Globals)
    if param.name == "verbose":
        g.verbose += value
    elif value not in (None, False):
        setattr(g, param.name, value)
    return value


def global_options(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--config",
            metavar="PATH",
            expose_value=False,
            callback=_merge,
            help="Config file (else LDN_WATCH_CONFIG, ./config/ldn-watch.toml, the "
            "user config dir, the packaged default).",
        ),
        click.option(
            "--db",
            metavar="URL",
            expose_value=False,
            callback=_merge,
            help="SQLAlchemy database URL (else LDN_WATCH_DB, [database] url, a "
            "SQLite file in the user data dir).",
        ),
        click.option(
            "-v",
            "--verbose",
            count=True,
            expose_value=False,
            callback=_merge,
            help="More log output (-vv for debug).",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, expose_value=False, callback=_merge, help="Only errors."
        ),
        click.option(
            "--log-file",
            type=click.Path(path_type=Path),
            expose_value=False,
            callback=_merge,
            help="Write log lines to this file instead of stderr.",
        ),
        click.option(
            "--log-json",
            is_flag=True,
            expose_value=False,
            callback=_merge,
            help="Log one JSON object a line.",
        ),
        click.option(
            "--jobs",
            type=click.IntRange(1, 256),
            expose_value=False,
            callback=_merge,
            help="Processes for assessing large batches (backfills, re-assessment); "
            "default: the cores available.",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _globals() -> Globals:
    return click.get_current_context().ensure_object(Globals)


def _config() -> Config:
    g = _globals()
    configure_logging(g.verbosity, log_file=g.log_file, json_lines=g.log_json)
    return load_config(g.config, db_url=g.db)


@contextmanager
def _watcher() -> Iterator[Any]:
    from ldn_watch.app import make_watcher

    w = make_watcher(_config(), jobs=_globals().jobs)
    try:
        yield w
    finally:
        w.close()


def _echo(text: str = "") -> None:
    if not _globals().quiet:
        click.echo(text)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-01-31") from None


since_option = click.option(
    "--since",
    metavar="YYYY-MM-DD",
    callback=_parse_date,
    help="Start the window at this date instead of the last good run.",
)


# -- the commands ---------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="ldn-watch")
@global_options
def cli() -> None:
    """Watch PubMed for studies that close the gaps of the 2017 low-dose naltrexone
    depression pilot (PMID 27736689): larger trials, serotonergic or noradrenergic
    combinations, and dose-finding."""


@cli.command()
@since_option
@click.option("--no-email", is_flag=True, help="Write the digest but do not email it.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Digest folder (default: [digest] out_dir).",
)
@global_options
def run(since: date | None, no_email: bool, out_dir: Path | None) -> None:
    """One monitoring cycle: fetch new and changed records, assess them, write the digest."""
    from ldn_watch import present

    with _watcher() as w, present.progress_bar(enabled=not _globals().quiet) as progress:
        summary = w.run_cycle(
            since=since, progress=progress, send_email=not no_email, out_dir=out_dir
        )
        gaps = present.gap_block(w.gap_states(), w.config.digest.wording.reference.label)
    _echo(present.cycle_line(summary))
    _echo(gaps)
    failure = summary.failure()
    if failure is not None:
        raise failure


@cli.command()
@click.argument("terms", nargs=-1, required=True)
@click.option(
    "--max",
    "max_results",
    type=click.IntRange(1, 9999),
    default=20,
    show_default=True,
    help="At most this many hits.",
)
@since_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--save", is_flag=True, help="Store the hits (and assess and group them).")
@click.option("--local", is_flag=True, help="Search the stored records instead of a source.")
@click.option(
    "--source",
    type=click.Choice(["pubmed", "ctgov", "europepmc"]),
    default="pubmed",
    show_default=True,
    help="Which source to ask: PubMed (a PubMed query), ClinicalTrials.gov (an Essie "
    "expression or NCT ids) or Europe PMC's preprints (a Europe PMC query).",
)
@global_options
def search(
    terms: tuple[str, ...],
    max_results: int,
    since: date | None,
    as_json: bool,
    save: bool,
    local: bool,
    source: str,
) -> None:
    """Search a source ad hoc (or, with --local, the stored records); one line per record."""
    from ldn_watch import present
    from ldn_watch.app import SOURCE_NAMES

    if local and save:
        raise click.UsageError("--save stores a source's hits; it cannot be used with --local")
    with _watcher() as w:
        if local:
            found = w.search_local(terms, max_results=max_results, since=since)
        else:
            found = w.search_source(source, terms, max_results=max_results, since=since, save=save)
        if as_json:
            click.echo(json.dumps(present.search_json(found.rows), indent=2, ensure_ascii=False))
            return
        present.print_search(
            found.rows,
            total=found.total,
            local=local,
            drug_label=w.config.digest.wording.drug_label,
            source=SOURCE_NAMES[source],
        )


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@global_options
def import_(files: tuple[Path, ...]) -> None:
    """Import PubMed efetch XML files (.xml or .xml.gz, a PubmedArticleSet)."""
    from ldn_watch import present

    bar = present.progress_bar(enabled=not _globals().quiet, label="importing")
    with _watcher() as w, bar as progress:
        summary = w.import_files(list(files), progress=progress)
    _echo(
        f"imported {summary.records} records from {summary.files} file(s): "
        f"{summary.new} new, {summary.updated} updated, "
        f"{summary.deleted} deleted"
    )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report (ldn-watch/report/2).")
@global_options
def report(as_json: bool) -> None:
    """The evidence as it stands: every gap's status, every study and every stored record."""
    from ldn_watch import present
    from ldn_watch.report import write_report

    with _watcher() as w:
        if as_json:
            states, stored = w.evidence()
            out = sys.stdout
            write_report(out, states, stored, w.storage.iter_studies(), now=datetime.now(UTC))
            out.write("\n")
            return
        states = w.gap_states()
        on_topic = w.storage.studies(on_topic=True)
        off_topic = w.storage.count_records() - sum(len(s.members) for s in on_topic)
        present.print_report(states, on_topic, off_topic=off_topic, reference=w.reference)


@cli.command()
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    callback=_parse_date,
    help="Carry everything stored or changed since this date (default: what no "
    "digest has carried yet).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "text", "json"]),
    help="Output format (default: from --out's suffix, else text).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@click.option("--send", is_flag=True, help="Email it (needs [email] enabled) and log it as sent.")
@global_options
def digest(since: date | None, fmt: str | None, out: Path | None, send: bool) -> None:
    """Render a digest from what is stored, without fetching."""
    from ldn_watch.deliver import write_text_file

    if fmt is None:
        fmt = {".html": "html", ".htm": "html", ".json": "json"}.get(
            out.suffix.lower() if out else "", "text"
        )
    with _watcher() as w:
        text, sent = w.digest(since=since, fmt=fmt, send=send)
    if out is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_text_file(out, text)
        _echo(f"digest written to {out}")
    for subject in sent:
        _echo(f"email sent: {subject}")
    if send and not sent:
        _echo("nothing to send: no article is waiting for a digest")


_EXPORT_SUFFIXES = {".ris": "ris", ".bib": "bibtex", ".csv": "csv", ".json": "json"}


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ris", "bibtex", "csv", "json"]),
    help="ris (Zotero, EndNote), bibtex (JabRef, LaTeX), csv or json "
    "(default: from --out's suffix, else ris).",
)
@click.option("--on-topic", is_flag=True, help="Only the records of on-topic studies.")
@click.option(
    "--gap",
    metavar="ID",
    help="Only the records of studies that address this gap or have it in progress.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@global_options
def export_(fmt: str | None, on_topic: bool, gap: str | None, out: Path | None) -> None:
    """Export the stored studies' records for reference managers: one reference per
    record, noting its study, its role there and the study's gap verdicts."""
    from ldn_watch.deliver import write_text_file

    if fmt is None:
        fmt = _EXPORT_SUFFIXES.get(out.suffix.lower() if out else "", "ris")
    with _watcher() as w:
        if gap is not None and gap not in w.gap_ids:
            raise click.BadParameter(
                f"unknown gap {gap!r} (known: {', '.join(w.gap_ids)})", param_hint="--gap"
            )
        text = w.export(fmt, on_topic=on_topic, gap=gap)
    if out is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_text_file(out, text)
        _echo(f"exported to {out}")


@cli.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the digest (default: a new temporary folder).",
)
@global_options
def demo(out_dir: Path | None) -> None:
    """A full cycle with no network: bundled real PubMed records, a local stand-in for
    E-utilities, a fresh temporary database; prints where the digest is."""
    from ldn_watch import present
    from ldn_watch.demo import run_demo

    config = _config()
    result = run_demo(config, out_dir)
    _echo(present.cycle_line(result.summary))
    _echo(present.gap_block(result.gaps, config.digest.wording.reference.label))
    click.echo("(the demo's registrations and preprint are invented and marked so;")
    click.echo(" `ldn-watch run` reports the real state of the literature)")
    latest = result.out_dir / "latest.html"
    click.echo(f"digest written to {result.out_dir}")
    if latest.exists():
        click.echo(f"open {latest} in a browser; the database is {result.database}")


@cli.command()
@global_options
def serve() -> None:
    """Run the schedule from the config in the foreground until SIGTERM/SIGINT
    (for systemd, a container or a terminal); SIGHUP reloads the config."""
    from ldn_watch.schedule import serve as run_service

    g = _globals()
    # A service's log is its only voice: cycles are logged at info unless -q.
    configure_logging(
        -1 if g.quiet else max(1, g.verbose), log_file=g.log_file, json_lines=g.log_json
    )
    code = run_service(lambda: load_config(g.config, db_url=g.db))
    if code:
        raise click.exceptions.Exit(code)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@global_options
def status(as_json: bool) -> None:
    """Last runs (when, window, counts, outcome), the next scheduled run and the gap statuses."""
    from ldn_watch import present
    from ldn_watch.schedule import status_json

    with _watcher() as w:
        if as_json:
            click.echo(json.dumps(status_json(w, w.config), indent=2, ensure_ascii=False))
            return
        states = w.gap_states()
        runs = w.storage.recent_runs(10)
        present.print_status(
            runs,
            states,
            w.config,
            next_run=w.storage.get_meta("next_run"),
            digests=w.storage.digest_log(5),
            reference=w.reference,
            unassessed=w.storage.count_unassessed(w.rules_version),
        )


# -- entry point ------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; the one place that turns errors into exit codes and one-line messages."""
    try:
        cli.main(args=argv, prog_name="ldn-watch", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("ldn-watch: interrupted", err=True)
        return 130
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.exceptions.Exit as e:
        return e.exit_code
    except LdnWatchError as e:
        click.echo(f"ldn-watch: {_one_line(redact(str(e)))}", err=True)
        return e.exit_code
    except KeyboardInterrupt:
        click.echo("ldn-watch: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: still one line, the traceback under -vv
        logging.getLogger("ldn_watch").debug("internal error", exc_info=True)
        what = _one_line(redact(f"{type(e).__name__}: {e}"))[:300]
        click.echo(
            f"ldn-watch: internal error ({what}); the database is left as the last "
            "committed step had it; rerun with -vv for the traceback and please report it",
            err=True,
        )
        return 1
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())
