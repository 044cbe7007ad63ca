"""Bad database targets (issue 11, item 13): each says what is wrong, exits 2, writes
nothing; a missing folder is created and said; a zero-length file is a new database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ldn_watch.cli import main

COMMANDS = [["status"], ["report", "--json"]]  # read-only commands too


@pytest.fixture(autouse=True)
def _no_user_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("LDN_WATCH_DB", "LDN_WATCH_CONFIG", "NCBI_API_KEY", "NCBI_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def run(url: str, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", url, *args])
    err = capsys.readouterr().err
    return code, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("args", COMMANDS)
def test_an_unknown_scheme_shows_a_url_that_works(args, capsys):
    code, err = run("notadb://x", args, capsys)
    assert code == 2
    assert "sqlite:////" in one_line(err)


@pytest.mark.parametrize("args", COMMANDS)
def test_a_plain_path_is_answered_with_its_url(tmp_path, args, capsys):
    path = tmp_path / "watch.db"
    code, err = run(str(path), args, capsys)
    assert code == 2
    assert f"sqlite:///{path}" in one_line(err)  # four slashes: sqlite:////tmp/...
    assert not path.exists()


@pytest.mark.parametrize("args", COMMANDS)
def test_a_folder_is_not_a_database(tmp_path, args, capsys):
    code, err = run(f"sqlite:///{tmp_path}", args, capsys)
    assert code == 2
    assert "is a folder" in one_line(err)


@pytest.mark.parametrize("args", COMMANDS)
def test_a_file_that_is_not_sqlite_is_left_alone(tmp_path, args, capsys):
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n", encoding="utf-8")
    code, err = run(f"sqlite:///{path}", args, capsys)
    assert code == 2
    assert "not a SQLite database" in one_line(err)
    assert path.read_text(encoding="utf-8") == "my shopping list\n"


@pytest.mark.parametrize("args", COMMANDS)
def test_a_damaged_file_is_said_to_be_damaged(tmp_path, args, capsys):
    path = tmp_path / "watch.db"
    assert main(["--db", f"sqlite:///{path}", "status"]) == 0  # a real ldn-watch database
    capsys.readouterr()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)  # the header survives, the pages do not
    path.write_bytes(bytes(data))
    for name in ("watch.db-wal", "watch.db-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    code, err = run(f"sqlite:///{path}", args, capsys)
    assert code == 2
    line = one_line(err)
    assert "damaged" in line or "not a usable SQLite database" in line
    assert "write failed" not in line


def test_another_programs_database_is_refused_untouched(tmp_path, capsys):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
        conn.execute("insert into notes (body) values ('keep me')")
    conn.close()
    for args in COMMANDS:
        code, err = run(f"sqlite:///{path}", args, capsys)
        assert code == 2
        assert "another program's" in one_line(err) and "notes" in err
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
    conn.close()
    assert tables == ["notes"]


def test_a_missing_folder_is_created_and_said(tmp_path, capsys):
    path = tmp_path / "new" / "sub" / "watch.db"
    code, err = run(f"sqlite:///{path}", ["status"], capsys)
    assert code == 0, err
    assert path.exists()
    assert f"created the folder {path.parent}" in err


def test_a_zero_length_file_is_a_new_database(tmp_path, capsys):
    path = tmp_path / "empty.db"
    path.touch()
    code, err = run(f"sqlite:///{path}", ["status"], capsys)
    assert code == 0, err
    with sqlite3.connect(path) as conn:
        assert conn.execute("select value from meta where key='schema_version'").fetchone()
    conn.close()
