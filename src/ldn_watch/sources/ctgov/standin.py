"""A local stand-in for the ClinicalTrials.gov API v2 (``/studies``, ``/studies/{nct}``).

``ldn-watch demo`` and the tests need ClinicalTrials.gov without the network, so this
lives in the package. It speaks the parts of the API the watch uses:

* ``GET /api/v2/studies`` with ``query.term`` (a simple boolean match: words, phrases,
  ``*``, AND/OR/NOT, parentheses, ``AREA[Field]value``; no synonyms), ``query.cond``,
  ``query.intr``, ``filter.advanced=AREA[LastUpdatePostDate]RANGE[from,to]`` (MIN/MAX
  allowed), ``pageSize`` (1-1000, default 10), ``countTotal=true`` (adds
  ``totalCount``) and ``pageToken`` paging. A page token is bound to the parameters of
  the search that minted it: a later page that does not repeat them is refused with
  400, so a client that drops a parameter is caught. Studies come in NCT-id order.
* ``GET /api/v2/studies/{nct}``: the study, 301 to the current id for an id in
  ``nctIdAliases`` (``add_alias``), 404 for an unknown id.
* Scripted faults (``fail_next``): 429 with Retry-After, 5xx, stalls, truncated or cut
  bodies, dropped connections; and a request log (``requests``, ``count``).
"""

from __future__ import annotations

import base64
import copy
import gzip
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from importlib.resources import files
from os import PathLike
from pathlib import Path
from typing import Any

from ldn_watch.sources._query import FieldCheck, Query, QuerySyntaxError
from ldn_watch.sources._standin import Answer, JsonStandin
from ldn_watch.sources.ctgov.client import MAX_PAGE_SIZE
from ldn_watch.sources.ctgov.parse import parse_date, study_id

__all__ = ["StandinCtgov"]

_RANGE = re.compile(r"^AREA\[LastUpdatePostDate\]RANGE\[\s*([^,\]]*?)\s*,\s*([^\]]*?)\s*\]$")
_NCT = re.compile(r"^NCT\d{8}$")
DEFAULT_PAGE_SIZE = 10
DEMO_FILE = "ctgov-demo.json"


class StandinCtgov(JsonStandin):
    """ClinicalTrials.gov API v2 on 127.0.0.1 serving the studies it was given.

    Use as a context manager; ``base_url`` (``http://127.0.0.1:PORT/api/v2/``) is what
    ``LDN_WATCH_CTGOV_URL`` takes.
    """

    prefix = "/api/v2/"
    thread_name = "standin-ctgov"

    def __init__(self, **options: Any) -> None:
        """``options``: ``stall_seconds``, ``trickle_seconds``, ``retry_after`` (``JsonStandin``)."""
        super().__init__(**options)
        self._studies: dict[str, dict[str, Any]] = {}
        self._updated: dict[str, date] = {}
        self._aliases: dict[str, str] = {}
        self._texts: dict[str, tuple[str, str, str]] = {}  # nct -> (all, conditions, arms)

    # -------------------------------------------------------------------- studies
    def add_studies(
        self, studies: Iterable[Mapping[str, Any]], *, last_update: date | None = None
    ) -> list[str]:
        """Serve these v2 study objects; an NCT id added again replaces the study.

        ``last_update`` sets each study's LastUpdatePostDate (in its JSON too); without
        it the study's own ``lastUpdatePostDateStruct`` is used (else its first posting).
        """
        added = []
        with self._lock:
            for study in studies:
                nct = study_id(study)
                if nct is None:
                    raise ValueError("study without an NCT id")
                copied = copy.deepcopy(dict(study))
                if last_update is not None:
                    _set_last_update(copied, last_update)
                self._studies[nct] = copied
                self._texts[nct] = _texts(copied)
                self._updated[nct] = _last_update(copied)
                for alias in _aliases(copied):
                    self._aliases[alias] = nct
                added.append(nct)
        return added

    def load(self, path: str | PathLike[str], *, last_update: date | None = None) -> list[str]:
        """Serve the studies of a JSON file (``.json`` or ``.json.gz``): a ``/studies``
        answer, a list of studies, a single study, or ``{"studies": [...]}`` with other
        top-level keys (such as the demo file's comment)."""
        data = Path(path).read_bytes()
        if str(path).endswith(".gz"):
            data = gzip.decompress(data)
        doc = json.loads(data)
        if isinstance(doc, Mapping) and "studies" in doc:
            studies = doc["studies"]
        elif isinstance(doc, list):
            studies = doc
        else:
            studies = [doc]
        return self.add_studies(studies, last_update=last_update)

    def load_demo(self, *, today: date | None = None) -> list[str]:
        """Serve the packaged demo registrations (``demo_data/ctgov-demo.json``: NCT01874951
        reconstructed, two invented). A LastUpdatePostDate after ``today`` (default: the
        system date) becomes ``today``, so a first harvest up to today sees every study."""
        text = files("ldn_watch.demo_data").joinpath(DEMO_FILE).read_text(encoding="utf-8")
        today = today or date.today()
        added = []
        for study in json.loads(text)["studies"]:
            added += self.add_studies([study], last_update=min(_last_update(study), today))
        return added

    def replicate(
        self, n: int, *, first: int = 90_000_001, start: date = date(2020, 1, 1), days: int = 365
    ) -> list[str]:
        """Add ``n`` copies of the loaded studies under new NCT ids (NCT9xxxxxxx).

        LastUpdatePostDates are spread evenly over ``days`` days from ``start``, so that
        windows hold predictable numbers of studies.
        """
        with self._lock:
            templates = list(self._studies.values())
        if not templates:
            raise ValueError("load some studies before replicating them")
        made = []
        for i, template in zip(range(n), itertools.cycle(templates), strict=False):
            study = copy.deepcopy(template)
            nct = f"NCT{first + i:08d}"
            study.setdefault("protocolSection", {}).setdefault("identificationModule", {})
            ident = study["protocolSection"]["identificationModule"]
            ident["nctId"] = nct
            ident.pop("nctIdAliases", None)
            made.append(study)
        added = []
        for i, study in enumerate(made):
            day = start + timedelta(days=(i * days) // max(n, 1))
            added += self.add_studies([study], last_update=day)
        return added

    def update(
        self, nct_id: str, last_update: date, changes: Mapping[str, Any] | None = None
    ) -> None:
        """Post an update: a new LastUpdatePostDate, optionally top-level keys replaced
        (``{"hasResults": True, "resultsSection": {...}}``) or protocol modules merged
        (``{"protocolSection": {"statusModule": {...}}}``)."""
        with self._lock:
            study = self._studies[nct_id]
            for key, value in (changes or {}).items():
                if key == "protocolSection" and isinstance(value, Mapping):
                    study.setdefault("protocolSection", {}).update(copy.deepcopy(dict(value)))
                else:
                    study[key] = copy.deepcopy(value)
            _set_last_update(study, last_update)
            self._texts[nct_id] = _texts(study)
            self._updated[nct_id] = last_update

    def add_alias(self, old_id: str, nct_id: str) -> None:
        """``/studies/{old_id}`` answers 301 to ``nct_id`` (an id merged into another)."""
        with self._lock:
            self._aliases[old_id] = nct_id

    def study(self, nct_id: str) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._studies[nct_id])

    @property
    def nct_ids(self) -> list[str]:
        with self._lock:
            return sorted(self._studies)

    # ------------------------------------------------------------------ answering
    def _answer(self, path: str, params: dict[str, str]) -> Answer:
        if path.rstrip("/") == "studies":
            return self._search(params)
        if path.startswith("studies/"):
            return self._one(path.removeprefix("studies/").strip("/"))
        return Answer(404, {"message": f"no such endpoint: {path}"})

    def _one(self, nct: str) -> Answer:
        with self._lock:
            if nct in self._studies:
                return Answer(200, self._studies[nct])
            if nct in self._aliases:
                return Answer(
                    301,
                    {"message": "moved"},
                    {"Location": f"{self.prefix}studies/{self._aliases[nct]}"},
                )
        if not _NCT.match(nct):
            return Answer(400, {"message": f"invalid NCT number: {nct}"})
        return Answer(404, {"message": f"study {nct} not found"})

    def _search(self, params: dict[str, str]) -> Answer:
        try:
            size = int(params.get("pageSize") or DEFAULT_PAGE_SIZE)
        except ValueError:
            return Answer(400, {"message": "pageSize must be a number"})
        if not 1 <= size <= MAX_PAGE_SIZE:
            return Answer(400, {"message": f"pageSize must be between 1 and {MAX_PAGE_SIZE}"})
        low = high = None
        advanced = params.get("filter.advanced")
        if advanced:
            m = _RANGE.match(advanced.strip())
            if m is None:
                return Answer(400, {"message": f"unsupported filter.advanced: {advanced}"})
            try:
                low, high = _bound(m.group(1)), _bound(m.group(2))
            except ValueError:
                return Answer(400, {"message": f"bad date in filter.advanced: {advanced}"})
        try:
            term = Query(params.get("query.term", ""))
            cond = Query(params.get("query.cond", ""))
            intr = Query(params.get("query.intr", ""))
        except QuerySyntaxError as e:
            return Answer(400, {"message": f"bad query: {e}"})
        signature = _signature(params)
        offset = 0
        token = params.get("pageToken")
        if token:
            decoded = _decode(token)
            if decoded is None or decoded[1] != signature:
                return Answer(
                    400,
                    {
                        "message": "pageToken does not belong to this query; repeat the first "
                        "page's parameters"
                    },
                )
            offset = decoded[0]
        with self._lock:
            hits = []
            for nct in sorted(self._studies):
                study = self._studies[nct]
                updated = self._updated[nct]
                if not _within(updated, low, high):
                    continue
                text, conditions, interventions = self._texts[nct]
                field = _field_check(updated)
                if not (
                    term.matches(text, field)
                    and cond.matches(conditions, field)
                    and intr.matches(interventions, field)
                ):
                    continue
                hits.append(study)
            page = [copy.deepcopy(s) for s in hits[offset : offset + size]]
        body: dict[str, Any] = {"studies": page}
        if offset + size < len(hits):
            body["nextPageToken"] = _encode(offset + size, signature)
        if params.get("countTotal", "").lower() == "true":
            body["totalCount"] = len(hits)
        return Answer(200, body)


# ------------------------------------------------------------------------ helpers


def _bound(text: str) -> date | None:
    """A RANGE end: None for MIN/MAX; ValueError when it is not a date."""
    if text.upper() in ("MIN", "MAX", ""):
        return None
    d = parse_date(text)
    if d is None:
        raise ValueError(text)
    return d


def _within(day: date, low: date | None, high: date | None) -> bool:
    return (low is None or day >= low) and (high is None or day <= high)


def _field_check(updated: date) -> FieldCheck:
    """``AREA[LastUpdatePostDate]RANGE[...]`` inside ``query.term``; other areas as text."""

    def check(name: str, value: str) -> bool | None:
        if name == "LastUpdatePostDate":
            m = re.match(r"^RANGE\[\s*([^,\]]*?)\s*,\s*([^\]]*?)\s*\]$", value)
            if m:
                try:
                    return _within(updated, _bound(m.group(1)), _bound(m.group(2)))
                except ValueError:
                    return False
        return None

    return check


def _signature(params: Mapping[str, str]) -> str:
    """What a page token is bound to: every parameter but the token and countTotal."""
    kept = sorted((k, v) for k, v in params.items() if k not in ("pageToken", "countTotal"))
    return hashlib.sha256(json.dumps(kept).encode()).hexdigest()[:16]


def _encode(offset: int, signature: str) -> str:
    return base64.urlsafe_b64encode(f"{offset}:{signature}".encode()).decode().rstrip("=")


def _decode(token: str) -> tuple[int, str] | None:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        offset, signature = text.split(":", 1)
        return int(offset), signature
    except (ValueError, UnicodeDecodeError):
        return None


def _texts(study: Mapping[str, Any]) -> tuple[str, str, str]:
    """What query.term, query.cond and query.intr are matched against."""
    ps = study.get("protocolSection", {})

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    return (
        dump(ps),
        dump(ps.get("conditionsModule", {})),
        dump(ps.get("armsInterventionsModule", {})),
    )


def _last_update(study: Mapping[str, Any]) -> date:
    status = study.get("protocolSection", {}).get("statusModule", {})
    for key in ("lastUpdatePostDateStruct", "studyFirstPostDateStruct"):
        d = parse_date((status.get(key) or {}).get("date"))
        if d is not None:
            return d
    return date(2000, 1, 1)


def _set_last_update(study: dict[str, Any], day: date) -> None:
    status = study.setdefault("protocolSection", {}).setdefault("statusModule", {})
    status["lastUpdatePostDateStruct"] = {"date": day.isoformat(), "type": "ACTUAL"}


def _aliases(study: Mapping[str, Any]) -> list[str]:
    ident = study.get("protocolSection", {}).get("identificationModule", {})
    aliases = ident.get("nctIdAliases") or []
    return [a for a in aliases if isinstance(a, str)]
