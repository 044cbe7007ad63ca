"""``EntrezClient``: esearch and efetch through Bio.Entrez, with what Bio.Entrez lacks.

Bio.Entrez 1.88 builds the requests (parameters, GET/POST switch at 200 ids) and
this module keeps using it for that, but it has no base-URL setting, no timeout,
retries 5xx/429 immediately without sleeping, does not retry errors while the
body is read, and its rate limiter is a global without a lock. So:

* a router replaces ``Bio.Entrez.urlopen`` once per process; while a client's
  call runs (a thread-local says which client), the router rewrites the NCBI
  URL prefix to that client's ``base_url`` and opens it with the client's
  socket timeout. Calls made by other code in the process pass through untouched;
* ``Bio.Entrez.max_tries = 1``; the retries, pacing, deadline and cancellation
  are ``ldn_watch.net``'s, shared with every other source: ``call_with_retries``
  around "open, read the whole body within the deadline, check it", a ``Pacer``
  spacing every attempt (retries included) under NCBI's 3 requests/s (10 with an
  API key), and ``bounded`` so that SIGTERM ends a request in flight at once;
* tool/email/api_key are passed with each call rather than set as globals, so
  two clients in one process cannot overwrite each other's credentials.
"""

from __future__ import annotations

import http.client
import logging
import re
import threading
import time
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from Bio import Entrez

from ldn_watch.errors import FetchError
from ldn_watch.net import (
    Pacer,
    RetryPolicy,
    Transient,
    add_secret,
    bounded,
    call_with_retries,
    read_body,
    redact,
    retry_after,
    transient_network_error,
)

__all__ = ["DEFAULT_EUTILS_URL", "EntrezClient", "HistoryLost", "SearchResult"]

DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
_NCBI_PREFIX = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
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


class HistoryLost(FetchError):
    """NCBI's history server no longer holds a search (WebEnv expired or lost).

    Not the query's fault: the caller fetches the same PMIDs by id instead.
    """


# "Unable to obtain query #1", "Cannot retrieve history data", "WebEnv ... expired"
_HISTORY_LOST = re.compile(
    r"unable to obtain query|cannot retrieve history data(?!: out of range)|webenv.*(?:expired|invalid)",
    re.I,
)


class EntrezClient:
    """esearch/efetch on PubMed with retries, pacing and one-line ``FetchError`` messages.

    ``cancel`` (an Event; the service sets it on SIGTERM) ends any wait at once with
    ``CancelledError``: pacing, backoff, and a request in flight.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_EUTILS_URL,
        email: str | None = None,
        api_key: str | None = None,
        tool: str = "ldn-watch",
        timeout: float = 30.0,
        max_tries: int = 6,
        backoff: float = 1.0,
        *,
        deadline: float = 120.0,
        max_delay: float = 60.0,
        cancel: threading.Event | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.email = email or None
        self.api_key = api_key or None
        self.tool = tool
        self.policy = RetryPolicy(
            max_tries=max_tries,
            backoff=backoff,
            max_delay=max_delay,
            timeout=timeout,
            deadline=deadline,
        )
        self.cancel = cancel
        add_secret(self.api_key)
        # NCBI: 3/s without a key, 10/s with; 0.37 s is the spacing Bio.Entrez found
        # reliable, and 0.11 s keeps the same ~10% margin under 10/s.
        self._pacer = pacer or Pacer(0.11 if self.api_key else 0.37)
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

    @property
    def timeout(self) -> float:
        return self.policy.timeout

    @property
    def max_tries(self) -> int:
        return self.policy.max_tries

    @property
    def what(self) -> str:
        """How messages name the service."""
        return f"NCBI E-utilities at {self.base_url}"

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
        """PubMed XML (a complete ``PubmedArticleSet``) by id list or from the history server.

        A history fetch whose search the server no longer holds raises ``HistoryLost``.
        """
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
        def attempt() -> bytes:
            body = self._attempt(utility, dict(params))
            _check(utility, body)
            return body

        return call_with_retries(
            attempt,
            policy=self.policy,
            what=self.what,
            pacer=self._pacer,
            cancel=self.cancel,
            on_attempt=self._count,
        )

    def _count(self, attempt: int) -> None:
        with self._counts_lock:
            self.requests += 1
            if attempt > 1:
                self.retries += 1

    def _attempt(self, utility: str, params: dict[str, Any]) -> bytes:
        """Open through Bio.Entrez and read the whole body within the deadline."""
        params.update(tool=self.tool, email=self.email, api_key=self.api_key)
        deadline_at = time.monotonic() + self.policy.deadline
        call = Entrez.esearch if utility == "esearch" else Entrez.efetch

        def once() -> bytes:
            _route.client = self
            try:
                handle = call(**params)
                try:
                    return read_body(handle, deadline_at)
                finally:
                    handle.close()
            except HTTPError as e:
                raise self._http_error(utility, e) from e
            except (URLError, OSError, http.client.HTTPException) as e:
                raise transient_network_error(e) from e
            finally:
                _route.client = None

        return bounded(once, deadline=self.policy.deadline, cancel=self.cancel)

    def _http_error(self, utility: str, e: HTTPError) -> Exception:
        """429 and 5xx are worth another try; a lost history is ``HistoryLost``; other 4xx fail."""
        said = _error_words(e)
        detail = f": {said}" if said else ""
        if e.code == 429:
            with self._counts_lock:
                self.status_429 += 1
            return Transient(f"HTTP 429 rate limited{detail}", retry_after(e))
        if e.code >= 500:
            return Transient(f"HTTP {e.code}{detail}", retry_after(e))
        if said and _HISTORY_LOST.search(said):
            return HistoryLost(
                f"NCBI's history server no longer holds the search (HTTP {e.code}{detail})"
            )
        return FetchError(
            redact(
                f"NCBI E-utilities refused the {utility} request at {self.base_url} "
                f"(HTTP {e.code}{detail}); check the query, email and API key"
            )
        )

    def _urlopen(self, request: Request) -> Any:
        """Bio.Entrez's ``urlopen``, pointed at ``base_url`` and given a socket timeout."""
        if request.full_url.startswith(_NCBI_PREFIX):
            request.full_url = self.base_url + request.full_url[len(_NCBI_PREFIX) :]
        return urlopen(request, timeout=self.policy.timeout)


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
    """Raise ``Transient`` for a truncated/garbled body or a transient NCBI error,
    ``HistoryLost`` for a search the history server lost, ``FetchError`` for any other
    NCBI error."""
    if utility == "efetch":
        tail = body[-64:].rstrip()
        if tail.endswith(b"</PubmedArticleSet>"):
            return
        error = _error_element(body)
        if error is not None:
            if _HISTORY_LOST.search(error):
                raise HistoryLost(f"NCBI's history server no longer holds the search ({error})")
            if _TRANSIENT.search(error):
                raise Transient(f"NCBI efetch error: {error}")
            raise FetchError(f"NCBI efetch answered with an error: {error}; try again later")
        raise Transient(f"efetch body of {len(body)} bytes does not end with </PubmedArticleSet>")
    try:
        ET.fromstring(body)
    except ET.ParseError as e:
        raise Transient(f"esearch answer does not parse ({e})") from e
    error = _error_element(body)
    if error is not None and _TRANSIENT.search(error):
        raise Transient(f"NCBI esearch error: {error}")


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


_ERROR_TEXT = re.compile(rb"<ERROR>(.*?)</ERROR>", re.S)


def _error_words(e: HTTPError) -> str:
    """NCBI's own words from an error body (the 429 JSON, an efetch ``<ERROR>``), one
    short redacted line; nothing from an HTML error page."""
    if "html" in (e.headers.get("Content-Type", "") if e.headers else ""):
        return ""  # an error page: its markup says nothing the status does not
    try:
        raw = e.read(4096)
    except (OSError, http.client.HTTPException):
        return ""
    found = _ERROR_TEXT.search(raw)
    text = (found.group(1) if found else raw).decode("utf-8", "replace")
    return redact(" ".join(text.split()))[:200]
