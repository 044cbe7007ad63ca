"""Shared fixtures: real NCBI records on disk and a local E-utilities stand-in."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ldn_watch.pubmed.client import EntrezClient
from ldn_watch.pubmed.standin import StandinEutils

DATA_DIR = Path(__file__).parent / "data"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long tests first: with pytest-xdist the workers then finish together, instead of
    one worker starting the longest test when the others are nearly done."""
    long = {"slow", "faults"}
    items.sort(key=lambda item: not any(m.name in long for m in item.iter_markers()))


@pytest.fixture(autouse=True)
def _fresh_logging() -> Iterator[None]:
    """Each test starts with the ``ldn_watch`` logger as a fresh process has it.

    ``configure_logging`` (every in-process CLI call) gives the logger its own handler
    and stops propagation; left behind, that would hide records from ``caplog`` in
    whichever test a worker runs next.
    """
    yield
    root = logging.getLogger("ldn_watch")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for f in list(root.filters):
        root.removeFilter(f)
    root.setLevel(logging.NOTSET)
    root.propagate = True


@pytest.fixture
def data_dir() -> Path:
    """tests/data: recorded NCBI XML (see tests/data/SOURCES.md)."""
    return DATA_DIR


@pytest.fixture
def standin() -> Iterator[StandinEutils]:
    """A running E-utilities stand-in on 127.0.0.1 serving the 44 records of eval_dev.xml.

    Rate limiting is on (3 requests/s without api_key, 10 with), as at NCBI.
    """
    with StandinEutils() as server:
        server.load(DATA_DIR / "eval_dev.xml")
        yield server


@pytest.fixture
def make_client(standin: StandinEutils) -> Callable[..., EntrezClient]:
    """Build an ``EntrezClient`` aimed at the stand-in; tests pass overrides.

    The default carries an API key (10 requests/s) and a tiny backoff so the
    suite stays fast; pass ``api_key=None`` to test the 3/s pacing.
    """

    def make(**overrides: Any) -> EntrezClient:
        options: dict[str, Any] = {
            "base_url": standin.base_url,
            "email": "tests@example.org",
            "api_key": "test-key",
            "timeout": 5.0,
            "backoff": 0.01,
        }
        options.update(overrides)
        return EntrezClient(**options)

    return make


class _Inbox:
    """aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        from email import message_from_bytes, policy

        msg = message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 Message accepted"


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[int, _Inbox]]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1; yields (port, inbox)."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:  # a free port for the controller to bind
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()
