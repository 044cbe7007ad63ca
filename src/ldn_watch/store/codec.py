"""Records and facts to JSON and back, so that reads never re-parse a source's payload.

The parsed ``Record`` (everything but ``raw``) is stored as one JSON document beside
the columns that queries filter on; ``raw`` lives in its own table and is read only
to re-parse a record when a parser improves.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from ldn_watch.model import (
    AbstractSection,
    Arm,
    Correction,
    Facts,
    Intervention,
    Link,
    Preprint,
    Record,
    Registry,
)

__all__ = ["content_fingerprint", "dumps", "facts_from_json", "record_from_json", "record_json"]

_DATE_FIELDS = {"date_revised"}
_REGISTRY_DATES = {
    "results_posted",
    "start_date",
    "completion_date",
    "first_posted",
    "last_update_posted",
}
# A PubMed record hashes as it did before records had a source, so that the hashes a
# first-release database holds stay valid and nothing looks changed after an upgrade.
_PUBMED_DEFAULTS: dict[str, Any] = {
    "source": "pubmed",
    "links": [],
    "registry": None,
    "preprint": None,
}


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(value: Any) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, separators=(",", ":"))


def record_json(record: Record) -> str:
    """The parsed record without its payload."""
    data = {f.name: getattr(record, f.name) for f in fields(record) if f.name != "raw"}
    return dumps(data)


def content_fingerprint(record: Record) -> str:
    """A hash of what the record says, not of how its payload was laid out."""
    data = {f.name: getattr(record, f.name) for f in fields(record) if f.name != "raw"}
    if record.source == "pubmed":
        data.pop("id")
        for name, default in _PUBMED_DEFAULTS.items():
            if data.get(name) == default:
                data.pop(name)
    text = json.dumps(data, default=_default, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def record_from_json(text: str, raw: bytes = b"") -> Record:
    data: dict[str, Any] = json.loads(text)
    data["abstract"] = [AbstractSection(**s) for s in data.get("abstract") or []]
    data["corrections"] = [Correction(**c) for c in data.get("corrections") or []]
    data["links"] = [Link(**link) for link in data.get("links") or []]
    data["history"] = {k: date.fromisoformat(v) for k, v in (data.get("history") or {}).items()}
    for name in _DATE_FIELDS:
        data[name] = _date(data.get(name))
    if data.get("registry") is not None:
        reg = dict(data["registry"])
        reg["arms"] = [
            Arm(**{**a, "interventions": tuple(a.get("interventions") or ())})
            for a in reg.get("arms") or []
        ]
        reg["interventions"] = [
            Intervention(
                **{
                    **i,
                    "arms": tuple(i.get("arms") or ()),
                    "other_names": tuple(i.get("other_names") or ()),
                }
            )
            for i in reg.get("interventions") or []
        ]
        for name in _REGISTRY_DATES:
            reg[name] = _date(reg.get(name))
        data["registry"] = Registry(**_known(Registry, reg))
    if data.get("preprint") is not None:
        pre = dict(data["preprint"])
        pre["posted"] = _date(pre.get("posted"))
        data["preprint"] = Preprint(**_known(Preprint, pre))
    return Record(**_known(Record, data), raw=raw)


def facts_from_json(text: str) -> Facts:
    return Facts(**_known(Facts, json.loads(text)))


def _known(cls: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Only the fields ``cls`` has: a document written by a newer release still loads."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
