"""What the stand-ins share: a loopback server, and for the JSON services a whole base.

``LoopbackServer`` runs a threaded ``http.server`` on 127.0.0.1 (a free port) for the
length of a ``with`` block; every stand-in (PubMed's E-utilities, ClinicalTrials.gov,
Europe PMC) is one. The ClinicalTrials.gov and Europe PMC stand-ins (``ctgov.standin``,
``europepmc.standin``) subclass ``JsonStandin`` and answer requests in ``_answer``;
``JsonStandin`` keeps a request log and plays scripted faults so that a client's
retries, timeouts and truncation handling can be tested without the network.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, Self
from urllib.parse import parse_qs, urlsplit

__all__ = ["Answer", "Fault", "JsonStandin", "LoggedRequest", "LoopbackServer", "QuietHandler"]

_HOST = "127.0.0.1"

Fault = int | Literal["ok", "truncate", "cut", "drop", "stall", "trickle"]
"""Scripted answers, one per request (``fail_next``):

* an HTTP status: 429 (with ``Retry-After``), 500, 502, 503, 400 ...;
* ``truncate``: Content-Length promised, half the body sent, connection closed;
* ``cut``: no Content-Length, half the body, then close (a short but "complete" body);
* ``drop``: close the connection without answering;
* ``stall``: answer only after ``stall_seconds`` (to trip a client's socket timeout);
* ``trickle``: answer in ten pieces ``trickle_seconds`` apart, each in time for a socket
  timeout but the whole too slow for an overall deadline;
* ``ok``: answer normally (to let the first requests of a script through).
"""


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the stand-in saw it (for counting requests and faults in tests)."""

    time: float  # time.monotonic() on arrival
    path: str  # below the prefix: "studies", "studies/NCT01874951", "search"
    params: dict[str, str]
    status: int  # 0 when the connection was dropped without an answer


@dataclass
class Answer:
    status: int
    body: Any  # JSON-serialisable, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up mid-answer (its deadline passed) is not news."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class QuietHandler(BaseHTTPRequestHandler):
    """One request per connection (as urllib uses it), no log lines, and ``_send``."""

    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: each stand-in keeps its own request log."""

    def _send(
        self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class LoopbackServer:
    """A server on 127.0.0.1 (a free port) from ``start`` (or ``with``) to ``stop``.

    ``handler`` answers the requests; it sees this object as ``self.standin``.
    """

    thread_name = "standin"

    def __init__(self, handler: type[QuietHandler]) -> None:
        self._handler = handler
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        handler = type("_BoundHandler", (self._handler,), {"standin": self})
        self._server = _Server((_HOST, 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # shutdown() waits up to one poll
            name=self.thread_name,
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def origin(self) -> str:
        if self._server is None:
            raise RuntimeError("stand-in not started")
        return f"http://{_HOST}:{self._server.server_port}"


class JsonStandin(LoopbackServer):
    """Base class: faults and the request log; subclasses answer requests."""

    prefix = "/"  # the path part of ``base_url``

    def __init__(
        self,
        *,
        stall_seconds: float = 2.0,
        retry_after: str | None = "1",
        trickle_seconds: float = 0.05,
    ) -> None:
        super().__init__(_Handler)
        self.stall_seconds = stall_seconds
        self.trickle_seconds = trickle_seconds
        self.retry_after = retry_after  # the Retry-After header sent with scripted 429s
        self._lock = threading.RLock()
        self._faults: deque[Fault] = deque()
        self._log: list[LoggedRequest] = []

    @property
    def base_url(self) -> str:
        """What the source's base-URL setting (or its environment variable) takes."""
        return self.origin + self.prefix

    # ---------------------------------------------------------- faults and the log
    def fail_next(self, *faults: Fault) -> None:
        """Answer the next ``len(faults)`` requests with these faults, in order."""
        with self._lock:
            self._faults.extend(faults)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log)

    def count(self, path: str | None = None, status: int | None = None) -> int:
        """How many logged requests match (all, by path prefix, by status, or both)."""
        return sum(
            1
            for r in self.requests
            if (path is None or r.path.startswith(path)) and (status is None or r.status == status)
        )

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    # ------------------------------------------------------------------- internals
    def _answer(self, path: str, params: dict[str, str]) -> Answer:
        raise NotImplementedError

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def _record(self, arrived: float, path: str, params: dict[str, str], status: int) -> None:
        with self._lock:
            self._log.append(LoggedRequest(arrived, path, params, status))


class _Handler(QuietHandler):
    standin: JsonStandin
    server_version = "ldn-watch-standin/1"

    def do_GET(self) -> None:
        arrived = time.monotonic()
        standin = self.standin
        split = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        if not split.path.startswith(standin.prefix):
            self._send(404, b'{"message": "not found"}', "application/json")
            standin._record(arrived, split.path, params, 404)
            return
        path = split.path[len(standin.prefix) :]
        fault = standin._next_fault()
        if fault == "stall":
            time.sleep(standin.stall_seconds)
            fault = None
        elif fault == "ok":
            fault = None
        if isinstance(fault, int):
            standin._record(arrived, path, params, fault)
            headers = {}
            if fault == 429 and standin.retry_after is not None:
                headers["Retry-After"] = standin.retry_after
            body = json.dumps({"message": f"scripted error {fault}"}).encode()
            self._send(fault, body, "application/json", headers)
            return
        if fault == "drop":
            standin._record(arrived, path, params, 0)
            self.close_connection = True
            return
        answer = standin._answer(path, params)
        standin._record(arrived, path, params, answer.status)
        body = answer.payload()
        if fault == "trickle":
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            step = max(1, len(body) // 10 + 1)
            for i in range(0, len(body), step):
                self.wfile.write(body[i : i + step])
                self.wfile.flush()
                time.sleep(standin.trickle_seconds)
            return
        if fault in ("truncate", "cut"):
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json")
            if fault == "truncate":
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self._send(answer.status, body, "application/json;charset=UTF-8", answer.headers)
