"""HTTP for every source: one request paced, retried with backoff, bounded, cancellable.

Every source (PubMed through Bio.Entrez, ClinicalTrials.gov, Europe PMC) needs the
same discipline from its client, so it lives here once:

* ``Pacer`` keeps a minimum interval between request starts (retries included),
  across threads, as each service's rate etiquette asks;
* ``call_with_retries`` retries ``Transient`` failures (429, 5xx, network errors,
  truncated or garbled bodies) with exponential backoff and jitter, honouring a
  server's Retry-After, and says "retrying (2/6)" so a stall is never silent;
* ``bounded`` runs one attempt (connect, headers, body) in a worker thread and waits
  for it at most ``RetryPolicy.deadline`` seconds, so a server that trickles bytes
  cannot hold an attempt longer than that (a socket timeout alone bounds each read,
  not the answer); ``read_body`` reads in chunks and gives up between them once the
  deadline has passed or the waiting side has left;
* every wait (pacing, backoff, an attempt in flight) ends at once when the ``cancel``
  event is set (SIGTERM), raising ``CancelledError``; an abandoned attempt's thread
  ends by itself within the socket timeout;
* ``redact`` removes credentials (API keys, e-mail addresses sent as parameters,
  passwords, and every value registered with ``add_secret``) from any text before it
  reaches a message, a log or the database.
"""

from __future__ import annotations

import http.client
import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import IO, Any, TypeVar
from urllib.error import HTTPError, URLError
from urllib.parse import quote, quote_plus, urlencode
from urllib.request import Request, urlopen

from ldn_watch.errors import CancelledError, FetchError

__all__ = [
    "Pacer",
    "RetryPolicy",
    "Transient",
    "add_secret",
    "bounded",
    "call_with_retries",
    "get_json",
    "read_body",
    "redact",
    "sleep",
]

log = logging.getLogger("ldn_watch.net")
T = TypeVar("T")

USER_AGENT = "ldn-watch (+https://pypi.org/project/ldn-watch/)"


@dataclass(frozen=True)
class RetryPolicy:
    """How hard one request tries. Tests use milliseconds; the shipped config, seconds."""

    max_tries: int = 6
    backoff: float = 1.0  # first retry delay; doubled per attempt, jittered x0.5-1.5
    max_delay: float = 60.0  # no single wait longer than this
    timeout: float = 30.0  # socket timeout: connect, and each read
    deadline: float = 120.0  # one whole attempt: connect + every read of the answer

    def __post_init__(self) -> None:
        if self.max_tries < 1:
            raise ValueError("max_tries must be at least 1")
        if min(self.backoff, self.max_delay) < 0:
            raise ValueError("backoff and max_delay cannot be negative")
        if min(self.timeout, self.deadline) <= 0:
            raise ValueError("timeout and deadline must be positive")

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Exponential backoff with jitter after failed ``attempt`` (1-based)."""
        delay = self.backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.max_delay)


class Transient(Exception):
    """A failure worth another try (429, 5xx, network, truncated or garbled body)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


def sleep(seconds: float, cancel: threading.Event | None = None) -> None:
    """Wait, but stop at once with ``CancelledError`` when ``cancel`` is set."""
    if seconds <= 0:
        if cancel is not None and cancel.is_set():
            raise CancelledError("stopped by a signal")
        return
    if cancel is None:
        time.sleep(seconds)
    elif cancel.wait(seconds):
        raise CancelledError("stopped by a signal")


class Pacer:
    """At most one request start per ``interval`` seconds across all threads.

    Slots are reserved under the lock and waited for outside it, so waiting threads
    queue in order without holding the lock.
    """

    def __init__(
        self,
        interval: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float, threading.Event | None], None] | None = None,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep  # None: ``net.sleep``; tests pass a fake with a fake clock
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self, cancel: threading.Event | None = None) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        (self._sleep or sleep)(start - now, cancel)


# The attempt a worker thread of ``bounded`` is running: ``stop`` is set once the
# waiting side has given up on it (deadline or cancel), so ``read_body`` stops reading.
_attempt = threading.local()


def bounded(
    fn: Callable[[], T],
    *,
    deadline: float,
    cancel: threading.Event | None = None,
    poll: float = 0.05,
) -> T:
    """``fn()`` run in a worker thread: its result, or its exception re-raised here.

    Waits at most ``deadline`` seconds (then ``Transient``) and stops waiting within
    ``poll`` seconds of ``cancel`` being set (then ``CancelledError``). The worker is
    then abandoned: it is told to stop (``read_body`` checks between reads) and ends by
    itself when its socket read returns or times out; it is a daemon thread, so it never
    keeps the process alive.
    """
    done = threading.Event()
    stop = threading.Event()
    box: dict[str, Any] = {}

    def work() -> None:
        _attempt.stop = stop
        try:
            box["value"] = fn()
        except BaseException as e:
            box["error"] = e
        finally:
            _attempt.stop = None
            done.set()

    end = time.monotonic() + deadline
    threading.Thread(target=work, name="ldn-watch-request", daemon=True).start()
    while True:
        remaining = end - time.monotonic()
        step = max(0.0, remaining if cancel is None else min(poll, remaining))
        if done.wait(step):
            break
        if cancel is not None and cancel.is_set():
            stop.set()
            raise CancelledError("stopped by a signal")
        if time.monotonic() >= end:
            stop.set()
            raise Transient(f"no complete answer within {deadline:g} s")
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


def read_body(response: IO[Any], deadline_at: float, *, chunk: int = 1 << 16) -> bytes:
    """The whole answer, or ``Transient`` once ``deadline_at`` (monotonic) has passed.

    Reads with ``read1`` where the response has it: one socket read per call, so the
    deadline is checked after every arrival, not after 64 KB have trickled in.
    """
    read = getattr(response, "read1", None) or response.read
    parts: list[bytes] = []
    while True:
        got = sum(len(p) for p in parts)
        stop = getattr(_attempt, "stop", None)
        if stop is not None and stop.is_set():
            raise Transient(f"attempt abandoned ({got} bytes read)")
        if time.monotonic() > deadline_at:
            raise Transient(f"no complete answer within the deadline ({got} bytes so far)")
        try:
            part = read(chunk)
        except (OSError, http.client.HTTPException) as e:
            raise Transient(f"reading the answer failed: {type(e).__name__}: {e}") from e
        if not part:
            return b"".join(parts)
        parts.append(part.encode("utf-8") if isinstance(part, str) else part)


def call_with_retries(
    attempt: Callable[[], T],
    *,
    policy: RetryPolicy,
    what: str,
    pacer: Pacer | None = None,
    cancel: threading.Event | None = None,
    on_attempt: Callable[[int], None] | None = None,
) -> T:
    """Run ``attempt`` until it returns, retrying ``Transient`` failures per ``policy``.

    ``what`` names the service for messages ("NCBI E-utilities at https://..."). The
    last failure becomes a one-line ``FetchError``; anything else ``attempt`` raises
    (a ``FetchError`` for a refused request, a bug) passes through untouched.
    """
    last = "no attempt made"
    for number in range(1, policy.max_tries + 1):
        if pacer is not None:
            pacer.wait(cancel)
        elif cancel is not None and cancel.is_set():
            raise CancelledError("stopped by a signal")
        if on_attempt is not None:
            on_attempt(number)
        try:
            return attempt()
        except Transient as e:
            last = redact(str(e))
            if number == policy.max_tries:
                break
            delay = policy.delay(number, e.retry_after)
            log.warning(
                "%s: %s; retrying (%d/%d) in %.1f s",
                what,
                last,
                number + 1,
                policy.max_tries,
                delay,
            )
            sleep(delay, cancel)
    raise FetchError(f"{what} unreachable after {policy.max_tries} tries: {last}; try again later")


def get_json(
    url: str,
    params: Mapping[str, Any] | None = None,
    *,
    policy: RetryPolicy,
    what: str,
    pacer: Pacer | None = None,
    cancel: threading.Event | None = None,
    on_attempt: Callable[[int], None] | None = None,
) -> Any:
    """GET ``url?params`` and decode JSON, with the retries and bounds above.

    429 and 5xx are retried (after Retry-After if the server gives one); another 4xx
    is a ``FetchError`` at once (the request itself is wrong); a body that is not
    complete JSON is retried (a proxy cut it short).
    """
    full = url + ("?" + urlencode(params, doseq=True) if params else "")

    def attempt() -> Any:
        body = open_and_read(
            Request(full, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}),
            policy=policy,
            what=what,
            cancel=cancel,
        )
        try:
            return json.loads(body)
        except ValueError as e:
            raise Transient(f"answer of {len(body)} bytes is not complete JSON ({e})") from e

    return call_with_retries(
        attempt, policy=policy, what=what, pacer=pacer, cancel=cancel, on_attempt=on_attempt
    )


def open_and_read(
    request: Request,
    *,
    policy: RetryPolicy,
    what: str,
    cancel: threading.Event | None = None,
) -> bytes:
    """One attempt: open with the socket timeout, read within the deadline; classify errors.

    The whole attempt runs under ``bounded``: it ends after ``policy.deadline`` seconds
    however the server behaves, and at once when ``cancel`` is set.
    """
    deadline_at = time.monotonic() + policy.deadline

    def once() -> bytes:
        try:
            with urlopen(request, timeout=policy.timeout) as response:
                return read_body(response, deadline_at)
        except HTTPError as e:
            raise classify_http_error(e, what) from e
        except (URLError, OSError, http.client.HTTPException) as e:
            raise transient_network_error(e) from e

    return bounded(once, deadline=policy.deadline, cancel=cancel)


def transient_network_error(e: BaseException) -> Transient:
    """A refused connection, a timeout or a broken answer, as one short retryable reason."""
    reason = e.reason if isinstance(e, URLError) else e
    return Transient(f"{type(reason).__name__}: {reason}".rstrip(": "))


def classify_http_error(e: HTTPError, what: str) -> Exception:
    """``Transient`` for 429/5xx, else a ``FetchError`` that says the request was refused."""
    detail = error_detail(e)
    if e.code == 429:
        return Transient(f"HTTP 429 rate limited{detail}", retry_after(e))
    if e.code >= 500:
        return Transient(f"HTTP {e.code}{detail}", retry_after(e))
    return FetchError(redact(f"{what} refused the request (HTTP {e.code}{detail})"))


def error_detail(e: HTTPError) -> str:
    """The server's own words from an error body, kept to one short redacted line."""
    if "html" in (e.headers.get("Content-Type", "") if e.headers else ""):
        return ""  # an error page: its markup says nothing the status does not
    try:
        text = e.read(300).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    text = redact(" ".join(text.split()))
    return f": {text[:200]}" if text else ""


def retry_after(e: HTTPError) -> float | None:
    raw = e.headers.get("Retry-After") if e.headers else None
    try:
        return float(raw) if raw else None
    except ValueError:
        return None


# Credentials as URL/form parameters (api_key=..., email=..., password=...), as JSON
# members ("api_key": "..."), and as "key: value" in free text. NCBI echoes the API
# key in its 429 body; an exception from urllib may carry the full request URL.
_SECRET_NAMES = r"api[_-]?key|apikey|email|e-mail|password|passwd|pwd|token|secret"
_SECRET_PARAM = re.compile(rf"(?i)\b({_SECRET_NAMES})=([^&\s\"'<>]+)")
_SECRET_JSON = re.compile(rf"(?i)([\"']({_SECRET_NAMES})[\"']\s*:\s*)([\"'])(.*?)\3")
_SECRET_TEXT = re.compile(rf"(?i)\b({_SECRET_NAMES})(\s*:\s*)(?![\"'\[])([^\s&\"',;]+)")
REDACTED = "[redacted]"

# Literal secret values known to this process (the NCBI API key, the SMTP password):
# redacted wherever they appear, whatever surrounds them.
_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def add_secret(*values: str | None) -> None:
    """Register credential values that ``redact`` must always remove (4+ characters)."""
    with _secrets_lock:
        for value in values:
            if value and len(value) >= 4:
                _secrets.update({value, quote(value, safe=""), quote_plus(value, safe="")})


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with credentials replaced by ``[redacted]``; ``secrets`` are literal values."""
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in (*secrets, *known):
        if value and len(value) >= 4 and value in text:
            text = text.replace(value, REDACTED)
    text = _SECRET_PARAM.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _SECRET_JSON.sub(lambda m: f"{m.group(1)}{m.group(3)}{REDACTED}{m.group(3)}", text)
    return _SECRET_TEXT.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
