"""``EntrezClient``: esearch and efetch through Bio.Entrez, with what Bio.Entrez lacks.

Bio.Entrez 1.88 builds the requests (parameters, GET/POST switch at 200 ids) and
this module keeps using it for that, but it has no base-URL setting, no timeout,
retries 5xx/429 immediately without sleeping, does not retry errors while the
body is read, and its rate limiter is a global without a lock. So:

* a router replaces ``Bio.Entrez.urlopen`` once per process; while a client's
  call runs (a thread-local says which client), the router rewrites the NCBI
  URL prefix to that client's ``base_url`` and opens it with the client's
  timeout. Calls made by other code in the process pass through untouched;
* ``Bio.Entrez.max_tries = 1``, and this client retries "open, then read the
  whole body, then check it" with exponential backoff and jitter;
* a lock-protected limiter spaces every attempt (retries included) to stay
  under NCBI's 3 requests/s (10 with an API key) with a margin;
* tool/email/api_key are passed with each call rather than set as globals, so
  two clients in one process cannot overwrite each other's credentials.
"""

from __future__ import annotations

import http.client
import logging
import random
import re
import threading
import time
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from Bio import Entrez

from ldn_watch.errors import FetchError

__all__ = ["DEFAULT_EUTILS_URL", "EntrezClient", "SearchResult"]

DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
_NCBI_PREFIX = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
_MAX_DELAY = 60.0
log = logging.getLogger("ldn_watch.pubmed")

DateType = Literal["edat", "mdat", "pdat"]


@dataclass(frozen=True)
class SearchResult:
    """One esearch answer; ``ids`` holds at most ``retmax`` of ``count`` PMIDs."""

    count: int
    ids: list[str]
    webenv: str | None
    query_key: str | None
    translated_query: str | None
    retstart: int = 0
    warnings: tuple[str, ...] = ()


class _Retry(Exception):
    """A failure worth another try (429, 5xx, network, truncated or garbled body)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class RateLimiter:
    """At most one request start per ``interval`` seconds across all threads.

    Slots are reserved under the lock and slept for outside it, so waiting
    threads queue in order without holding the lock.
    """

    def __init__(
        self,
        interval: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            self._sleep(start - now)


class EntrezClient:
    """esearch/efetch on PubMed with retries, pacing and one-line ``FetchError`` messages."""

    def __init__(
        self,
        base_url: str = DEFAULT_EUTILS_URL,
        email: str | None = None,
        api_key: str | None = None,
        tool: str = "ldn-watch",
        timeout: float = 30.0,
        max_tries: int = 6,
        backoff: float = 1.0,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        if max_tries < 1:
            raise ValueError("max_tries must be at least 1")
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.email = email or None
        self.api_key = api_key or None
        self.tool = tool
        self.timeout = timeout
        self.max_tries = max_tries
        self.backoff = backoff
        self._sleep = sleep
        # NCBI: 3/s without a key, 10/s with; 0.37 s is the spacing Bio.Entrez found
        # reliable, and 0.11 s keeps the same ~10% margin under 10/s.
        self._limiter = RateLimiter(0.11 if self.api_key else 0.37, sleep=sleep)
        self._counts_lock = threading.Lock()
        self.requests = 0  # HTTP attempts, retries included
        self.retries = 0
        self.status_429 = 0
        _install_router()
        if self.email is None:
            log.warning(
                "no email for NCBI: set [pubmed] email or NCBI_EMAIL so NCBI can contact you "
                "before blocking heavy use"
            )

    # -------------------------------------------------------------------- utilities
    def esearch(
        self,
        term: str,
        *,
        datetype: DateType | None = None,
        mindate: date | None = None,
        maxdate: date | None = None,
        retmax: int = 9999,
        retstart: int = 0,
        usehistory: bool = True,
        strict: bool = True,
    ) -> SearchResult:
        """Search PubMed; with ``usehistory`` the result also lives on the history server.

        ``strict``: an ``ErrorList`` (e.g. a phrase PubMed does not know) fails the
        search, as it should for the watch's own query; an ad-hoc search passes False
        and gets those as warnings, the way the PubMed web page shows them.
        """
        if (mindate is None) != (maxdate is None):
            raise ValueError("mindate and maxdate go together")
        if mindate is not None and datetype is None:
            raise ValueError("a date range needs a datetype")
        params: dict[str, Any] = {"db": "pubmed", "term": term, "retmax": retmax}
        if retstart:
            params["retstart"] = retstart
        if usehistory:
            params["usehistory"] = "y"
        if mindate is not None and maxdate is not None:
            params.update(
                datetype=datetype,
                mindate=mindate.strftime("%Y/%m/%d"),
                maxdate=maxdate.strftime("%Y/%m/%d"),
            )
        elif datetype is not None:
            params["datetype"] = datetype
        body = self._request("esearch", params)
        return _parse_esearch(body, self.base_url, strict=strict)

    def efetch(
        self,
        *,
        ids: Sequence[str] | None = None,
        webenv: str | None = None,
        query_key: str | None = None,
        retstart: int = 0,
        retmax: int | None = None,
    ) -> bytes:
        """PubMed XML (a complete ``PubmedArticleSet``) by id list or from the history server."""
        params: dict[str, Any] = {"db": "pubmed", "rettype": "xml", "retmode": "xml"}
        if ids is not None:
            if not ids:
                raise ValueError("efetch needs at least one id")
            params["id"] = list(ids)  # Bio.Entrez joins them and POSTs at 200+
        elif webenv and query_key:
            params.update(WebEnv=webenv, query_key=query_key, retstart=retstart)
            if retmax is not None:
                params["retmax"] = retmax
        else:
            raise ValueError("efetch needs ids or webenv + query_key")
        return self._request("efetch", params)

    # --------------------------------------------------------------------- plumbing
    def _request(self, utility: Literal["esearch", "efetch"], params: dict[str, Any]) -> bytes:
        last = "no attempt made"
        for attempt in range(1, self.max_tries + 1):
            self._limiter.wait()
            with self._counts_lock:
                self.requests += 1
                if attempt > 1:
                    self.retries += 1
            try:
                body = self._attempt(utility, dict(params))
                _check(utility, body)
                return body
            except _Retry as e:
                last = str(e)
                if attempt == self.max_tries:
                    break
                delay = self._delay(attempt, e.retry_after)
                # info, not warning: a retry that works is routine; one that does not ends
                # in a FetchError that the caller reports once.
                log.info(
                    "%s attempt %d/%d failed (%s); retrying in %.1f s",
                    utility,
                    attempt,
                    self.max_tries,
                    last,
                    delay,
                )
                self._sleep(delay)
        raise FetchError(
            f"NCBI E-utilities unreachable at {self.base_url} after {self.max_tries} tries: "
            f"{last}; try again later"
        )

    def _attempt(self, utility: str, params: dict[str, Any]) -> bytes:
        """Open through Bio.Entrez, read the whole body; classify what went wrong."""
        params.update(tool=self.tool, email=self.email, api_key=self.api_key)
        _route.client = self
        try:
            call = Entrez.esearch if utility == "esearch" else Entrez.efetch
            handle = call(**params)
            try:
                body = handle.read()
            finally:
                handle.close()
        except HTTPError as e:
            detail = _error_detail(e)
            if e.code == 429:
                with self._counts_lock:
                    self.status_429 += 1
                raise _Retry(f"HTTP 429 rate limited{detail}", _retry_after(e)) from e
            if e.code >= 500:
                raise _Retry(f"HTTP {e.code}{detail}", _retry_after(e)) from e
            raise FetchError(
                f"NCBI E-utilities refused the {utility} request at {self.base_url} "
                f"(HTTP {e.code}{detail}); check the query, email and API key"
            ) from e
        except (URLError, OSError, http.client.HTTPException) as e:
            reason = e.reason if isinstance(e, URLError) else e
            raise _Retry(f"{type(reason).__name__}: {reason}".rstrip(": ")) from e
        finally:
            _route.client = None
        return body.encode() if isinstance(body, str) else body

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff with full-range jitter, never below a server's Retry-After."""
        base = self.backoff * 2 ** (attempt - 1)
        delay = base * random.uniform(0.5, 1.5)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, _MAX_DELAY)

    def _urlopen(self, request: Request) -> Any:
        """Bio.Entrez's ``urlopen``, pointed at ``base_url`` and given a timeout."""
        if request.full_url.startswith(_NCBI_PREFIX):
            request.full_url = self.base_url + request.full_url[len(_NCBI_PREFIX) :]
        return urlopen(request, timeout=self.timeout)


# --------------------------------------------------------------- the Entrez router

_route = threading.local()
_install_lock = threading.Lock()


def _install_router() -> None:
    """Point ``Bio.Entrez.urlopen`` at the calling client (once per process)."""
    with _install_lock:
        if getattr(Entrez.urlopen, "_ldn_watch_router", False):
            return
        original = Entrez.urlopen

        def routed(request: Request, *args: Any, **kwargs: Any) -> Any:
            client: EntrezClient | None = getattr(_route, "client", None)
            if client is None:
                return original(request, *args, **kwargs)
            return client._urlopen(request)

        routed._ldn_watch_router = True  # type: ignore[attr-defined]
        # Monkeypatch: Bio.Entrez.urlopen is urllib's overloaded urlopen; routed takes what
        # Bio.Entrez passes it (a Request), not every overload.
        Entrez.urlopen = routed  # type: ignore[assignment]
        Entrez.max_tries = 1  # retries are ours: with backoff, and around the body read
        # Bio.Entrez warns in ten lines on every call without an email; the client
        # says it once, in one line, through logging instead.
        warnings.filterwarnings(
            "ignore", message=r"\s*Email address is not specified", category=UserWarning
        )


# ------------------------------------------------------------------ body checks


# NCBI's own words for a passing backend fault inside a 200 answer (biopython #5025):
# worth another try, unlike an error about the query itself.
_TRANSIENT = re.compile(
    r"backend failed|temporar|try again|timed? ?out|unavailable|internal server error", re.I
)


def _check(utility: str, body: bytes) -> None:
    """Raise ``_Retry`` for a truncated/garbled body or a transient NCBI error,
    ``FetchError`` for any other NCBI error."""
    if utility == "efetch":
        tail = body[-64:].rstrip()
        if tail.endswith(b"</PubmedArticleSet>"):
            return
        error = _error_element(body)
        if error is not None:
            if _TRANSIENT.search(error):
                raise _Retry(f"NCBI efetch error: {error}")
            raise FetchError(f"NCBI efetch answered with an error: {error}; try again later")
        raise _Retry(f"efetch body of {len(body)} bytes does not end with </PubmedArticleSet>")
    try:
        ET.fromstring(body)
    except ET.ParseError as e:
        raise _Retry(f"esearch answer does not parse ({e})") from e
    error = _error_element(body)
    if error is not None and _TRANSIENT.search(error):
        raise _Retry(f"NCBI esearch error: {error}")


def _error_element(body: bytes) -> str | None:
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    found = root if root.tag == "ERROR" else root.find("ERROR")
    return " ".join((found.text or "").split()) if found is not None else None


def _parse_esearch(body: bytes, base_url: str, *, strict: bool = True) -> SearchResult:
    root = ET.fromstring(body)
    error = root.find("ERROR")
    if error is not None:
        said = " ".join((error.text or "").split())
        raise FetchError(f"NCBI esearch answered with an error: {said}")
    problems = [
        f"{child.tag} {' '.join((child.text or '').split())}".strip()
        for child in root.iterfind("ErrorList/*")
    ]
    if problems and strict:
        raise FetchError(
            f"NCBI esearch could not use the query: {'; '.join(problems)}; check the query"
        )
    if root.tag != "eSearchResult" or root.find("Count") is None:
        raise FetchError(f"unexpected esearch answer from {base_url} (root {root.tag})")
    warnings = tuple(problems) + tuple(
        " ".join((w.text or "").split()) for w in root.iterfind("WarningList/*") if w.text
    )
    for w in warnings:
        log.warning("NCBI esearch warning: %s", w)
    return SearchResult(
        count=int(root.findtext("Count") or 0),
        ids=[i.text.strip() for i in root.iterfind("IdList/Id") if i.text],
        webenv=root.findtext("WebEnv") or None,
        query_key=root.findtext("QueryKey") or None,
        translated_query=root.findtext("QueryTranslation") or None,
        retstart=int(root.findtext("RetStart") or 0),
        warnings=warnings,
    )


def _error_detail(e: HTTPError) -> str:
    """NCBI's own words from an error body (e.g. the 429 JSON), kept to one short line."""
    if "html" in (e.headers.get("Content-Type", "") if e.headers else ""):
        return ""  # an error page: its markup says nothing the status does not
    try:
        text = e.read(300).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    text = " ".join(text.split())
    return f": {text[:200]}" if text else ""


def _retry_after(e: HTTPError) -> float | None:
    raw = e.headers.get("Retry-After") if e.headers else None
    try:
        return float(raw) if raw else None
    except ValueError:
        return None
