"""Is the database URL something ldn-watch can use? Said before SQLAlchemy touches it.

Without these checks a plain path or an unknown scheme ends in a driver error, a
folder or a text file in "database write failed" (even for `report`), and another
program's SQLite file quietly gets ldn-watch's tables. Each wrong target is a
``BadDatabaseError`` (exit 2) that says what is wrong and shows a URL that works.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from ldn_watch.errors import BadDatabaseError

__all__ = ["EXAMPLE_URL", "check_target", "describe_driver_error"]

log = logging.getLogger("ldn_watch.store")

EXAMPLE_URL = "sqlite:////abs/path/ldn-watch.db"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_target(url: str) -> URL:
    """The parsed URL, once it is known to name a usable database (or a new one)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        hint = _as_sqlite_url(url)
        raise BadDatabaseError(
            f"{url!r} is not a database URL; write e.g. {hint or EXAMPLE_URL}"
            + (" (a SQLite file)" if hint else "")
        ) from None
    try:
        parsed.get_dialect()
    except (NoSuchModuleError, ImportError) as e:
        raise BadDatabaseError(
            f"{url!r}: unknown database kind {parsed.drivername!r} ({e}); "
            f"for a SQLite file write e.g. {EXAMPLE_URL}"
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _check_sqlite_file(Path(parsed.database).expanduser())
    return parsed


def _as_sqlite_url(text: str) -> str | None:
    """``sqlite:////abs/x.db`` for something that looks like a file path."""
    if "://" in text or not text.strip():
        return None
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path / 'ldn-watch.db' if path.is_dir() else path}"


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise BadDatabaseError(
            f"database {path} is a folder, not a file; point --db at a file in it, "
            f"e.g. sqlite:///{path.resolve() / 'ldn-watch.db'}"
        )
    if not path.exists():
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True)
            except OSError as e:
                raise BadDatabaseError(
                    f"cannot create the folder {path.parent} for database {path}: {e.strerror or e}"
                ) from e
            log.warning("created the folder %s for the new database %s", path.parent, path)
        return
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as e:
        raise BadDatabaseError(f"cannot read database {path}: {e.strerror or e}") from e
    if not head:
        return  # a zero-length file is a new, empty SQLite database
    if head != _SQLITE_MAGIC:
        raise BadDatabaseError(
            f"{path} is not a SQLite database (it holds something else); "
            f"point --db at a new file, e.g. {EXAMPLE_URL}"
        )
    conn = None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        tables = {r[0] for r in rows}
        ours = (
            "meta" in tables
            and conn.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone()
        )
    except sqlite3.DatabaseError as e:
        raise BadDatabaseError(f"database {path} {_damage(str(e))}") from e
    finally:
        if conn is not None:
            conn.close()
    if tables and not ours:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise BadDatabaseError(
            f"{path} is another program's SQLite database (tables {shown}); ldn-watch "
            "will not write into it: point --db at a new file"
        )


def _damage(message: str) -> str:
    if "not a database" in message:
        return f"is not a usable SQLite database ({message}); restore it from a backup or move it aside"
    return f"is damaged ({message}); restore it from a backup or move it aside"


def describe_driver_error(e: SQLAlchemyError) -> str | None:
    """What is wrong with the database itself, for a driver error that says so; else None."""
    message = str(getattr(e, "orig", None) or e).splitlines()[0]
    lowered = message.lower()
    if "malformed" in lowered or "not a database" in lowered or "file is encrypted" in lowered:
        return _damage(message)
    if "unable to open database file" in lowered:
        return f"cannot be opened ({message}); check the path and its permissions"
    return None
