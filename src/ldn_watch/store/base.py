"""Opening the database, transactions, and the one place driver errors become messages.

SQLAlchemy stays inside this package: the per-domain parts of ``Storage`` (records,
assessments, studies, runs, deliveries) hand in and get back the plain dataclasses
of ``ldn_watch.model``. Driver errors are wrapped in ``StorageError`` here; programming
bugs are let through.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, overload

from sqlalchemy import Connection, CursorResult, Engine, create_engine, event, select
from sqlalchemy.exc import SQLAlchemyError

from ldn_watch.errors import BadDatabaseError, StorageError
from ldn_watch.store import schema
from ldn_watch.store.schema import meta
from ldn_watch.store.target import check_target, describe_driver_error

# Chunk size for IN (...) lists: well under SQLite's variable limit.
CHUNK = 500
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def aware(value: datetime) -> datetime: ...
@overload
def aware(value: None) -> None: ...
@overload
def aware(value: datetime | None) -> datetime | None: ...
def aware(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything stored is UTC. None (a NULL) stays None."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class PackedKeys:
    """Many strings (record keys, study ids) in the order added, a few bytes each: blocks
    of up to ``BLOCK`` strings joined by NUL, which no key holds. 200,000 keys take
    about 3 MB here, against some 15 MB as a list of str."""

    BLOCK = 4096
    _SEP = "\0"

    def __init__(self) -> None:
        self._blocks: list[str] = []
        self._count = 0

    def add(self, items: Sequence[str]) -> None:
        for i in range(0, len(items), self.BLOCK):
            block = items[i : i + self.BLOCK]
            self._blocks.append(self._SEP.join(block))
            self._count += len(block)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        for block in self._blocks:
            yield from block.split(self._SEP)

    def blocks(self) -> Iterator[list[str]]:
        """The strings a block at a time."""
        for block in self._blocks:
            yield block.split(self._SEP)


def split_key(key: str) -> tuple[str, str]:
    """``"pubmed:123"`` -> ``("pubmed", "123")``."""
    source, _, ident = key.partition(":")
    return source, ident


def inserted_id(result: CursorResult[Any]) -> int:
    """The integer primary key of a single-row INSERT (never None for one row)."""
    key = result.inserted_primary_key
    assert key is not None, "single-row INSERT without a primary key"
    return int(key[0])


class StorageBase:
    """The engine and its transactions; every domain part of ``Storage`` builds on it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._tx: Connection | None = None  # the open transaction of ``transaction()``

    @classmethod
    def open(cls: type[Any], url: str) -> Any:
        """Open (creating and migrating as needed) the database at ``url``.

        A URL or file ldn-watch cannot use (a plain path, an unknown scheme, a folder,
        a file that is not SQLite, a damaged one, another program's database) is a
        ``BadDatabaseError`` (exit 2) that says what is wrong, before anything is written.
        """
        parsed = check_target(url)
        try:
            engine = create_engine(parsed)
        except (SQLAlchemyError, ImportError) as e:
            raise StorageError(f"cannot open database {parsed!r}: {e}") from e
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        storage = cls(engine)
        with storage._write() as conn:
            try:
                schema.migrate(conn)
            except schema.ForeignDatabase as e:
                raise BadDatabaseError(f"database {parsed!r} {e}") from e
            except RuntimeError as e:
                raise StorageError(str(e)) from e
        return storage

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def database_lock(self) -> AdvisoryLock | None:
        """The run lock for a database server (PostgreSQL); None for a SQLite file."""
        return AdvisoryLock(self.engine) if self.dialect == "postgresql" else None

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite; used to place the run lock beside it."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database).expanduser().resolve()
        return None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside is one transaction: all of it lands, or none of it.

        ``import`` streams a file through here in batches, so a file is still refused
        whole without being held in memory. Reads inside see what was written so far.
        Nested calls join the outer transaction.
        """
        if self._tx is not None:
            yield
            return
        with self._wrapped("write"), self.engine.begin() as conn:
            self._tx = conn
            try:
                yield
            finally:
                self._tx = None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction (or a part of the caller's): committed on success, rolled back
        on any error."""
        if self._tx is not None:
            yield self._tx
            return
        with self._wrapped("write"), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        if self._tx is not None:
            yield self._tx
            return
        with self._wrapped("read"), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _wrapped(self, action: str) -> Iterator[None]:
        """Driver errors become one-line StorageErrors; the URL's password stays masked."""
        try:
            yield
        except SQLAlchemyError as e:
            wrong = describe_driver_error(e)  # not a database, or a damaged one: exit 2
            if wrong is not None:
                raise BadDatabaseError(f"database {self.engine.url!r} {wrong}") from e
            raise StorageError(
                f"database {action} failed ({self.engine.url!r}): {e.__class__.__name__}: "
                f"{str(e).splitlines()[0]}"
            ) from e

    # -- meta ------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self._read() as conn:
            return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as conn:
            set_meta(conn, key, value)


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(meta.delete().where(meta.c.key == key))
    conn.execute(meta.insert().values(key=key, value=value))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL lets `report` read while `run` writes; busy_timeout waits out short locks."""
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class AdvisoryLock:
    """The run lock held in the database itself: a PostgreSQL session-level advisory lock.

    For a database that is not a file (and may be shared by several machines) a lock
    file beside it cannot work; the server drops the lock when the holder's session
    ends, so a killed run never leaves it behind, as with ``flock``.
    """

    KEY = 0x6C646E77  # "ldnw": one lock for every cycle on this database

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    def acquire(self) -> None:
        from ldn_watch.errors import LockedError

        try:
            conn = self.engine.connect()
            got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({self.KEY})").scalar()
        except SQLAlchemyError as e:
            raise StorageError(f"cannot take the run lock in the database: {e}") from e
        if not got:
            conn.close()
            raise LockedError(
                "another ldn-watch cycle is running on this database (PostgreSQL advisory "
                f"lock {self.KEY}); try again later"
            )
        self._conn = conn

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.exec_driver_sql(f"SELECT pg_advisory_unlock({self.KEY})")
                self._conn.commit()
            finally:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> AdvisoryLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
