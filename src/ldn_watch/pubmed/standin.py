"""A local stand-in for NCBI E-utilities (esearch.fcgi and efetch.fcgi for PubMed).

``ldn-watch demo``, the tests and the benchmark all need PubMed without the
network, so this lives in the package. It speaks enough of the real protocol
for Bio.Entrez to be used unchanged: GET and POST, ``text/xml`` bodies with a
DOCTYPE, date windows (``datetype``/``mindate``/``maxdate``), ``retstart`` /
``retmax`` with PubMed's 9,999-record ceiling, the history server (``WebEnv``
/ ``query_key``), NCBI's 429 JSON body when a client goes over 3 requests/s
(10 with an ``api_key``), and scripted faults so that retries can be tested.

Terms are not really searched: every record matches, except that a term made
only of ``<digits>[uid]`` / ``[pmid]`` clauses selects those PMIDs. The date
window is what the watch relies on, and that is honoured exactly.
"""

from __future__ import annotations

import calendar
import itertools
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from os import PathLike
from typing import Literal
from urllib.parse import parse_qs, urlsplit

from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records
from ldn_watch.sources._standin import LoopbackServer, QuietHandler

__all__ = ["Fault", "LoggedRequest", "StandinEutils"]

Fault = int | bytes | Literal["ok", "truncate", "cut", "drop", "error", "stall", "short", "trickle"]
"""Scripted answers, one per request:

* an HTTP status (429, 500, 502, 503, 400 ...);
* ``bytes``: a 200 ``text/xml`` answer with exactly that body (a recorded NCBI error);
* ``truncate``: Content-Length promised, half the body sent, connection closed;
* ``cut``: no Content-Length, half the body, then close (a short but "complete" body);
* ``drop``: close without answering; ``error``: 200 with an ``<ERROR>`` body;
* ``stall``: answer only after ``stall_seconds`` (to trip client timeouts), or when
  the stand-in stops, whichever comes first;
* ``short``: a complete, valid efetch answer that leaves out its last record (a proxy
  or a backend dropping one);
* ``trickle``: the answer in 64-byte pieces, ``trickle_seconds`` apart (every read is
  quick, the answer takes long: what only an overall deadline bounds);
* ``ok``: answer normally (to let the first requests of a script through).
"""

PATH_PREFIX = "/entrez/eutils/"
ESEARCH_LIMIT = 9999
_DOCTYPE_EFETCH = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
_DOCTYPE_ESEARCH = (
    b'<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD '
    b'esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
_DATE_LABELS = {"edat": "Date - Entry", "mdat": "Date - Modification", "pdat": "Date - Publication"}
_UID_TERM = re.compile(r"^\s*\d+\s*\[(?:uid|pmid)\](?:\s+OR\s+\d+\s*\[(?:uid|pmid)\])*\s*$", re.I)
_PMID_FIRST = re.compile(rb"(<PMID[^>]*>)\s*(\d+)\s*(</PMID>)")
_PUBMED_ID = re.compile(rb'(<ArticleId IdType="pubmed">)\s*(\d+)\s*(</ArticleId>)')


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the stand-in saw it (for counting requests and 429s in tests)."""

    time: float  # time.monotonic() on arrival
    utility: str  # "esearch", "efetch", or the path's last part
    method: str
    params: dict[str, str]
    status: int  # 0 when the connection was dropped without an answer


@dataclass
class _Record:
    pmid: str
    raw: bytes
    edat: date
    mdat: date
    pdat: date | None


@dataclass
class _State:
    records: dict[str, _Record] = field(default_factory=dict)
    order: list[str] | None = None  # cached: PMIDs newest first, as PubMed lists them
    history: dict[str, list[list[str]]] = field(default_factory=dict)
    faults: deque[Fault] = field(default_factory=deque)
    served: dict[str, deque[float]] = field(default_factory=dict)  # client key -> arrival times
    log: list[LoggedRequest] = field(default_factory=list)


class StandinEutils(LoopbackServer):
    """E-utilities on 127.0.0.1 (a free port), serving the records it was given.

    Use as a context manager; ``base_url`` is what ``LDN_WATCH_EUTILS_URL`` takes.
    ``rate_limit=False`` turns off the 429 emulation (e.g. for the demo).
    """

    thread_name = "standin-eutils"

    def __init__(
        self,
        *,
        rate_limit: bool = True,
        stall_seconds: float = 2.0,
        trickle_seconds: float = 0.05,
        esearch_limit: int = ESEARCH_LIMIT,
    ) -> None:
        super().__init__(_Handler)
        self.rate_limit = rate_limit
        self.esearch_limit = esearch_limit  # PubMed's 9,999; lower it to test splitting cheaply
        self.stall_seconds = stall_seconds
        self.trickle_seconds = trickle_seconds
        self._state = _State()
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # ends stalls and pauses at once
        self._hidden: set[str] = set()
        self._pause: tuple[str, int] | None = None  # (utility, requests let through first)
        self._resume = threading.Event()
        self.paused = threading.Event()  # set while a request waits at the pause point

    # ------------------------------------------------------------------ lifecycle
    def stop(self) -> None:
        self._stopping.set()
        self._resume.set()
        super().stop()

    @property
    def base_url(self) -> str:
        return self.origin + PATH_PREFIX

    # -------------------------------------------------------------------- records
    def add_records(
        self, raw_xml_records: Iterable[bytes], edat: date, mdat: date | None = None
    ) -> list[str]:
        """Serve these record elements (``Article.raw_xml``) with the given dates.

        A PMID added again replaces the earlier record (a revision). Returns the PMIDs.
        """
        added = []
        with self._lock:
            for raw in raw_xml_records:
                m = _PMID_FIRST.search(raw)
                if m is None:
                    raise ValueError("record without PMID")
                pmid = m.group(2).decode()
                self._state.records[pmid] = _Record(pmid, raw, edat, mdat or edat, None)
                added.append(pmid)
            self._state.order = None
        return added

    def add_articles(
        self, articles: Iterable[Record], *, edat: date | None = None, mdat: date | None = None
    ) -> list[str]:
        """Serve parsed articles; dates default to the record's own (entrez, DateRevised)."""
        added = []
        with self._lock:
            for a in articles:
                entered = edat or a.history.get("entrez") or a.history.get("pubmed")
                entered = entered or date(a.year or 2000, 1, 1)
                revised = mdat or a.date_revised or entered
                pdat = date(a.year, 1, 1) if a.year else None
                self._state.records[a.id] = _Record(a.id, a.raw_xml, entered, revised, pdat)
                added.append(a.id)
            self._state.order = None
        return added

    def load(
        self, path: str | PathLike[str], *, edat: date | None = None, mdat: date | None = None
    ) -> list[str]:
        """Serve every article of an efetch XML file (``.xml`` or ``.xml.gz``)."""
        articles = (r for r in iter_records(path) if isinstance(r, Record))
        return self.add_articles(articles, edat=edat, mdat=mdat)

    def replicate(
        self,
        n: int,
        *,
        first_pmid: int = 90_000_001,
        start: date = date(2020, 1, 1),
        days: int = 365,
    ) -> list[str]:
        """Add ``n`` copies of the loaded records under distinct new PMIDs (for benchmarks).

        Entry dates are spread evenly over ``days`` days from ``start`` (edat = mdat),
        so that date windows hold predictable numbers of records.
        """
        with self._lock:
            templates = list(self._state.records.values())
        if not templates:
            raise ValueError("load some records before replicating them")
        pmids = []
        batch = []
        for i, template in zip(range(n), itertools.cycle(templates), strict=False):
            pmid = str(first_pmid + i)
            raw = _PMID_FIRST.sub(rb"\g<1>" + pmid.encode() + rb"\g<3>", template.raw, count=1)
            raw = _PUBMED_ID.sub(rb"\g<1>" + pmid.encode() + rb"\g<3>", raw, count=1)
            day = start + timedelta(days=(i * days) // max(n, 1))
            batch.append(_Record(pmid, raw, day, day, template.pdat))
            pmids.append(pmid)
        with self._lock:
            for rec in batch:
                self._state.records[rec.pmid] = rec
            self._state.order = None
        return pmids

    def revise(self, pmid: str, mdat: date, raw: bytes | None = None) -> None:
        """Mark a record as modified on ``mdat`` (optionally with new content)."""
        with self._lock:
            rec = self._state.records[pmid]
            rec.mdat = mdat
            if raw is not None:
                rec.raw = raw

    @property
    def pmids(self) -> list[str]:
        with self._lock:
            return list(self._ordered())

    # ---------------------------------------------------------- faults and the log
    def fail_next(self, *faults: Fault) -> None:
        """Answer the next ``len(faults)`` requests with these faults, in order."""
        with self._lock:
            self._state.faults.extend(faults)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._state.log)

    def count(self, utility: str | None = None, status: int | None = None) -> int:
        """How many logged requests match (all, by utility, by status, or both)."""
        return sum(
            1
            for r in self.requests
            if (utility is None or r.utility == utility) and (status is None or r.status == status)
        )

    def clear_log(self) -> None:
        with self._lock:
            self._state.log.clear()

    def hide(self, *pmids: str) -> None:
        """esearch still lists these PMIDs; efetch no longer returns them (as PubMed does
        with some withdrawn records)."""
        with self._lock:
            self._hidden.update(pmids)

    def forget_history(self) -> None:
        """Lose every WebEnv, as NCBI's history server does after a while: history
        fetches then answer HTTP 400 "Unable to obtain query #1"."""
        with self._lock:
            self._state.history.clear()

    def pause_after(self, utility: str, count: int) -> None:
        """Let ``count`` requests of ``utility`` through, then hold the next one (and any
        after it) until ``resume()`` or ``stop()``; ``paused`` is set while one waits."""
        with self._lock:
            served = sum(1 for r in self._state.log if r.utility == utility)
            self._pause = (utility, served + count)
            self._resume.clear()
            self.paused.clear()

    def resume(self) -> None:
        with self._lock:
            self._pause = None
        self._resume.set()

    def _wait_at_pause(self, utility: str) -> None:
        with self._lock:
            pause = self._pause
            if pause is None or pause[0] != utility:
                return
            served = sum(1 for r in self._state.log if r.utility == utility)
            if served < pause[1]:
                return
        self.paused.set()
        self._resume.wait()

    # ------------------------------------------------------------------- internals
    def _ordered(self) -> list[str]:
        if self._state.order is None:
            self._state.order = sorted(self._state.records, key=int, reverse=True)
        return self._state.order

    def _log(self, arrived: float, utility: str, method: str, params: dict, status: int) -> None:
        with self._lock:
            self._state.log.append(LoggedRequest(arrived, utility, method, params, status))

    def _admit(self, params: dict[str, str], client: str, now: float) -> Fault | None:
        """The scripted fault for this request, 429 if over the rate, else None."""
        with self._lock:
            if self._state.faults:
                return self._state.faults.popleft()
            if not self.rate_limit:
                return None
            key = params.get("api_key") or client
            limit = 10 if params.get("api_key") else 3
            window = self._state.served.setdefault(key, deque())
            while window and now - window[0] >= 1.0:
                window.popleft()
            if len(window) >= limit:
                return 429  # rejected requests do not use up the allowance
            window.append(now)
            return None

    def _esearch(self, p: dict[str, str]) -> bytes:
        retstart = _int(p.get("retstart"), 0)
        retmax = _int(p.get("retmax"), 20)
        limit = self.esearch_limit
        if retstart > limit - 1:
            return _error_doc(
                b"eSearchResult",
                "Search Backend failed: Exception:\n'retstart' cannot be larger than 9998. "
                "For PubMed, ESearch can only retrieve the first 9,999 records matching the "
                "query. To obtain more than 9,999 PubMed records, consider using EDirect that "
                "contains additional logic to batch PubMed search results automatically so "
                "that an arbitrary number can be retrieved. For details see "
                "https://www.ncbi.nlm.nih.gov/books/NBK25499/",
            )
        term = p.get("term", "")
        datetype = p.get("datetype", "pdat") if (p.get("mindate") or p.get("maxdate")) else None
        low = _parse_date(p.get("mindate"), end=False) if datetype else None
        high = _parse_date(p.get("maxdate"), end=True) if datetype else None
        with self._lock:
            ids = self._ordered()
            if _UID_TERM.match(term):
                wanted = set(re.findall(r"\d+", term))
                ids = [i for i in ids if i in wanted]
            if datetype:
                recs = self._state.records
                ids = [i for i in ids if _in_window(_date_of(recs[i], datetype), low, high)]
            webenv = query_key = None
            if p.get("usehistory", "").lower() == "y":
                webenv = p.get("WebEnv") or f"MCID_{uuid.uuid4().hex[:24]}"
                queries = self._state.history.setdefault(webenv, [])
                queries.append(list(ids))
                query_key = str(len(queries))
        translation = f"({term})" if term else ""
        if datetype:
            span = f"{_fmt(low)}:{_fmt(high)}[{_DATE_LABELS.get(datetype, datetype)}]"
            translation = f"{translation} AND {span}" if translation else span
        warnings = ""
        if retmax > limit:
            retmax = limit
            warnings = (
                "<WarningList><OutputMessage>Restrictions achieved. start and count adjusted"
                f" to {retstart}, {limit}</OutputMessage></WarningList>"
            )
        page = ids[retstart : retstart + retmax]
        parts = [
            _DOCTYPE_ESEARCH.decode(),
            f"<eSearchResult><Count>{len(ids)}</Count><RetMax>{len(page)}</RetMax>",
            f"<RetStart>{retstart}</RetStart>",
        ]
        if webenv:
            parts.append(f"<QueryKey>{query_key}</QueryKey><WebEnv>{webenv}</WebEnv>")
        parts.append("<IdList>\n" + "".join(f"<Id>{i}</Id>\n" for i in page) + "</IdList>")
        parts.append(f"<TranslationSet/><QueryTranslation>{_esc(translation)}</QueryTranslation>")
        parts.append(warnings + "</eSearchResult>\n")
        return "".join(parts).encode()

    def _efetch(self, p: dict[str, str], *, short: bool = False) -> bytes:
        with self._lock:
            if p.get("id"):
                ids = [i.strip() for i in p["id"].split(",") if i.strip()]
            elif p.get("WebEnv"):
                queries = self._state.history.get(p["WebEnv"])
                key = _int(p.get("query_key"), 1)
                if not queries or not 1 <= key <= len(queries):
                    raise _HistoryGone(key)
                start = _int(p.get("retstart"), 0)
                ids = queries[key - 1][start : start + _int(p.get("retmax"), 20)]
            else:
                return _error_doc(b"eFetchResult", "Empty id list - nothing todo")
            recs = self._state.records
            body = [recs[i].raw for i in ids if i in recs and i not in self._hidden]
        if short:
            body = body[:-1]
        return b"".join(
            [_DOCTYPE_EFETCH, b"<PubmedArticleSet>\n", b"\n".join(body), b"\n</PubmedArticleSet>"]
        )


class _Handler(QuietHandler):
    standin: StandinEutils
    server_version = "standin-eutils/1"

    def do_GET(self) -> None:
        self._serve(urlsplit(self.path).query)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = self.rfile.read(length).decode("utf-8", "replace")
        query = urlsplit(self.path).query
        self._serve("&".join(q for q in (query, form) if q))

    def _serve(self, query: str) -> None:
        arrived = time.monotonic()
        standin = self.standin
        params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        path = urlsplit(self.path).path
        utility = path.rsplit("/", 1)[-1].removesuffix(".fcgi")
        if not path.startswith(PATH_PREFIX) or utility not in ("esearch", "efetch"):
            self._send(404, b"unknown E-utility\n", "text/plain")
            standin._log(arrived, utility, self.command, params, 404)
            return
        standin._wait_at_pause(utility)
        fault = standin._admit(params, self.client_address[0], arrived)
        if fault == "stall":
            standin._stopping.wait(standin.stall_seconds)
            fault = None
        elif fault == "ok":
            fault = None
        if isinstance(fault, int):
            standin._log(arrived, utility, self.command, params, fault)
            if fault == 429:
                key = params.get("api_key") or self.client_address[0]
                limit = "10" if params.get("api_key") else "3"
                answer = {"error": "API rate limit exceeded", "api-key": key, "limit": limit}
                payload = json.dumps({**answer, "count": str(int(limit) + 1)})
                self._send(429, payload.encode(), "application/json", {"X-RateLimit-Limit": limit})
            else:
                self._send(fault, f"<html><body>Error {fault}</body></html>".encode(), "text/html")
            return
        if fault == "drop":
            standin._log(arrived, utility, self.command, params, 0)
            self.close_connection = True
            return
        if isinstance(fault, bytes):
            body = fault
        elif fault == "error":
            root = b"eSearchResult" if utility == "esearch" else b"eFetchResult"
            body = _error_doc(root, "Search Backend failed: Database is not supported: pubmed")
        else:
            try:
                body = (
                    standin._esearch(params)
                    if utility == "esearch"
                    else standin._efetch(params, short=fault == "short")
                )
            except _HistoryGone as gone:  # NCBI answers 400 with an eFetchResult ERROR
                standin._log(arrived, utility, self.command, params, 400)
                message = f"Unable to obtain query #{gone.key}"
                self._send(400, _error_doc(b"eFetchResult", message), "text/xml; charset=UTF-8")
                return
        standin._log(arrived, utility, self.command, params, 200)
        if fault == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", "text/xml; charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
        elif fault == "cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/xml; charset=UTF-8")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
        elif fault == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/xml; charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for i in range(0, len(body), 64):
                    self.wfile.write(body[i : i + 64])
                    self.wfile.flush()
                    if standin._stopping.wait(standin.trickle_seconds):
                        break
            except OSError:  # the client gave up
                pass
            self.close_connection = True
        else:
            self._send(200, body, "text/xml; charset=UTF-8")


# ------------------------------------------------------------------------ helpers


class _HistoryGone(Exception):
    def __init__(self, key: int) -> None:
        super().__init__(key)
        self.key = key


def _int(raw: str | None, default: int) -> int:
    try:
        return int(raw) if raw not in (None, "") else default
    except ValueError:
        return default


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _error_doc(root: bytes, message: str) -> bytes:
    head = _DOCTYPE_ESEARCH if root == b"eSearchResult" else b'<?xml version="1.0" ?>\n'
    return head + b"<%s><ERROR>%s</ERROR></%s>\n" % (root, _esc(message).encode(), root)


def _parse_date(raw: str | None, *, end: bool) -> date | None:
    """NCBI date bounds: YYYY, YYYY/MM or YYYY/MM/DD; a max date covers its whole period."""
    if not raw:
        return None
    parts = [int(x) for x in raw.replace("-", "/").split("/") if x]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    last = calendar.monthrange(year, month)[1]
    day = parts[2] if len(parts) > 2 else (last if end else 1)
    return date(year, month, min(day, last))


def _fmt(d: date | None) -> str:
    return d.strftime("%Y/%m/%d") if d else ""


def _date_of(rec: _Record, datetype: str) -> date | None:
    if datetype == "mdat":
        return rec.mdat
    if datetype == "pdat":
        return rec.pdat or rec.edat
    return rec.edat


def _in_window(d: date | None, low: date | None, high: date | None) -> bool:
    if d is None:
        return False
    return (low is None or d >= low) and (high is None or d <= high)
