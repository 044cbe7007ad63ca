"""`ldn-watch export`: RIS, BibTeX, CSV and JSON read back by their own parsers, every field."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser import middlewares

from ldn_watch.app import make_watcher
from ldn_watch.cli import main
from ldn_watch.config import load_config
from ldn_watch.digest.sample import sample_inputs
from ldn_watch.export import (
    CSV_FIELDS,
    ExportRow,
    bibtex_fields,
    bibtex_key,
    csv_row,
    ris_entry,
    select,
    to_bibtex,
    to_csv,
    to_json,
    to_ris,
)
from ldn_watch.model import AbstractSection

FAMILY = Path(__file__).parent / "data" / "studies"
NOW = datetime(2026, 11, 30, 7, tzinfo=UTC)
HOSTILE = 'LDN & {SSRIs}: 50% "better" at ≥ 4.5 mg_day — Müller\'s #1 trial $5 ~ ^ \\ end'


def sample_rows() -> list[ExportRow]:
    """The sample digest's records, plus one with every character BibTeX and RIS dislike."""
    rows = [ExportRow(s, i.study) for i in sample_inputs()["studies"] for s in i.records]
    first = rows[0]
    tricky = replace(
        first.stored.record,
        id="99000099",
        title=HOSTILE,
        authors=["Müller D", "O'Brien AB", "Writing Group for the LDN Trial"],
        journal="J Psychopharmacol (Oxf)",
        doi="10.5555/ldn_{x}%1",
        pmc="PMC9900099",
        abstract=[
            AbstractSection("Background with a % sign & braces {x}.", "BACKGROUND"),
            AbstractSection("Results: ≥ 50% responded; α = 0.05.", "RESULTS"),
        ],
        keywords=["low-dose naltrexone", "depression"],
    )
    rows.append(ExportRow(replace(first.stored, record=tricky), first.study))
    return rows


def test_ris_reads_back_with_every_field() -> None:
    rows = sample_rows()
    text = to_ris(rows)
    assert text.startswith("TY  - ")  # no "1." counter line before a reference
    back = rispy.loads(text)
    assert len(back) == len(rows)
    for row, got in zip(rows, back, strict=True):
        assert got == ris_entry(row), row.key
    by_id = {r["id"]: r for r in back}
    tricky = by_id["pubmed:99000099"]
    assert tricky["title"] == HOSTILE
    assert tricky["authors"] == ["Müller D", "O'Brien AB", "Writing Group for the LDN Trial"]
    assert "https://pmc.ncbi.nlm.nih.gov/articles/PMC9900099/" in tricky["urls"]
    assert by_id["ctgov:NCT09000001"]["type_of_reference"] == "ELEC"
    assert by_id["europepmc:PPR99000001"]["type_of_reference"] == "UNPB"
    assert "preprint: not peer-reviewed" in by_id["europepmc:PPR99000001"]["notes"]
    assert "RETRACTED" in by_id["pubmed:99000005"]["notes"]
    assert (
        "ldn-watch study: ctgov:NCT09000001 (registration)" in by_id["ctgov:NCT09000001"]["notes"]
    )


def latex_reading(text: str) -> str:
    """What LaTeX makes of plain text: straight double quotes become typographic ones and
    a caret is an accent; everything else reads back as written."""
    out = []
    for ch in text:
        if ch == '"':
            out.append("”")  # the encoder writes two apostrophes for each
        else:
            out.append("ˆ" if ch == "^" else ch)
    return "".join(out)


def test_bibtex_reads_back_with_every_field() -> None:
    rows = sample_rows()
    text = to_bibtex(rows)
    library = bibtexparser.parse_string(
        text, append_middleware=[middlewares.LatexDecodingMiddleware()]
    )
    assert library.failed_blocks == []
    entries = {e.key: e for e in library.entries}
    assert len(entries) == len(rows)
    for row in rows:
        kind, fields = bibtex_fields(row)
        entry = entries[bibtex_key(row)]
        assert entry.entry_type == kind
        got = {f.key: f.value for f in entry.fields}
        assert set(got) == set(fields), row.key
        for key, value in fields.items():
            if key == "abstract":  # LaTeX folds line breaks into spaces
                assert got[key].split() == value.split(), row.key
            else:
                assert got[key] == latex_reading(value), (row.key, key)
    tricky = {f.key: f.value for f in entries["pmid99000099"].fields}
    assert tricky["title"] == latex_reading(HOSTILE)
    assert tricky["author"].split(" and ") == [
        "Müller, D",
        "O'Brien, AB",
        "Writing Group for the LDN Trial",
    ]
    assert tricky["url"] == "https://pubmed.ncbi.nlm.nih.gov/99000099/"


def test_csv_reads_back_with_every_field() -> None:
    rows = sample_rows()
    back = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert len(back) == len(rows)
    for row, got in zip(rows, back, strict=True):
        assert tuple(got) == CSV_FIELDS
        assert got == csv_row(row)
    by_key = {r["key"]: r for r in back}
    assert by_key["pubmed:99000099"]["title"] == HOSTILE
    assert by_key["pubmed:99000005"]["retracted"] == "true"
    assert by_key["pubmed:99000001"]["gaps"] == (
        "larger-trials=no; serotonergic-combination=addressed; dose-finding=addressed"
    )
    assert "larger-trials=n 36 < 50" in by_key["pubmed:99000001"]["gap_reasons"]


def test_json_groups_records_by_study() -> None:
    rows = sample_rows()
    studies = list({r.study.id: r.study for r in rows if r.study}.values())
    data = json.loads(to_json(select([r.stored for r in rows], studies), now=NOW))
    assert data["schema"] == "ldn-watch/export/1"
    assert data["generated_at"] == "2026-11-30T07:00:00Z"
    studies = {s["id"]: s for s in data["studies"]}
    dose = studies["ctgov:NCT09000001"]
    assert [m["id"] for m in dose["members"]] == ["99000001", "PPR99000001", "NCT09000001"]
    assert dose["gaps"]["dose-finding"] == "addressed"
    assert data["ungrouped"] == []


def test_select_filters_by_topic_and_gap() -> None:
    rows = sample_rows()
    stored = [r.stored for r in rows]
    studies = list({r.study.id: r.study for r in rows if r.study}.values())
    on_gap = select(stored, studies, gap="dose-finding")
    assert {r.study.id for r in on_gap if r.study} == {"ctgov:NCT09000001"}
    larger = select(stored, studies, gap="larger-trials")
    assert {r.study.id for r in larger if r.study} == {"ctgov:NCT09000002"}
    assert len(select(stored, studies, on_topic=True)) == len(rows)


# -- through the command ---------------------------------------------------------------


@pytest.fixture
def store(tmp_path, monkeypatch) -> str:
    cfg = load_config(None)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    config = replace(cfg, database_url=url, email=replace(cfg.email, enabled=False))
    with make_watcher(config) as w:
        w.import_files([FAMILY / "trial-family.xml"])
    monkeypatch.setenv("LDN_WATCH_DB", url)
    monkeypatch.delenv("LDN_WATCH_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return url


def test_export_command_writes_each_format(store, tmp_path, capsys) -> None:
    assert main(["export", "--format", "ris", "--on-topic"]) == 0
    refs = rispy.loads(capsys.readouterr().out)
    assert refs and all("ldn-watch study: ctgov:NCT05550001" in r["notes"][0] for r in refs)

    out = tmp_path / "family.bib"
    assert main(["export", "--gap", "larger-trials", "--out", str(out)]) == 0  # from suffix
    library = bibtexparser.parse_string(out.read_text(encoding="utf-8"))
    assert library.failed_blocks == [] and len(library.entries) == len(refs)

    assert main(["export", "--out", str(tmp_path / "all.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "all.csv").open(encoding="utf-8")))
    assert {r["study"] for r in rows} >= {"ctgov:NCT05550001"}
    capsys.readouterr()

    assert main(["export", "--format", "json", "--gap", "dose-finding"]) == 0
    assert json.loads(capsys.readouterr().out)["studies"] == []  # no study has it


def test_export_unknown_gap_is_a_usage_error(store, capsys) -> None:
    assert main(["export", "--gap", "no-such-gap"]) == 2
    err = capsys.readouterr().err
    assert "no-such-gap" in err and "larger-trials" in err
