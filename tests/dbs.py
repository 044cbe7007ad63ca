"""Database targets for the storage, migration and run tests: SQLite always, and
PostgreSQL when ``LDN_WATCH_TEST_PG`` names a server (``.ci/run`` starts one).

``LDN_WATCH_TEST_PG`` is a SQLAlchemy URL of a maintenance database the tests may
create databases from, e.g. ``postgresql+psycopg://ldnwatch@127.0.0.1:5433/postgres``;
each test gets a fresh database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ENV = "LDN_WATCH_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def backend_params() -> list[object]:
    """``sqlite`` always; ``postgresql`` skipped with a reason unless a server is configured."""
    pg = pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not os.environ.get(PG_ENV), reason=f"set {PG_ENV} to run against PostgreSQL"
        ),
    )
    return ["sqlite", pg]


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of ``backend``; yields its URL."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(os.environ[PG_ENV])
    name = f"ldnwatch_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
