"""What the JSON parsers (ClinicalTrials.gov, Europe PMC) share; no network."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["json_bytes", "json_object", "list_of", "mapping_at"]


def json_bytes(item: Mapping[str, Any]) -> bytes:
    """One record's JSON as stored in ``Record.raw`` (compact, keys in the server's order)."""
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_object(raw: bytes, what: str) -> Mapping[str, Any]:
    """A stored ``raw`` back into its JSON object; ``ValueError`` ("not a {what}: ...")."""
    try:
        item = json.loads(raw)
    except ValueError as e:
        raise ValueError(f"not a {what}: {e}") from e
    if not isinstance(item, Mapping):
        raise ValueError(f"not a {what}: not a JSON object")
    return item


def mapping_at(obj: Any, *keys: str) -> Mapping[str, Any]:
    """A nested object, or {} where any level is missing or not an object."""
    for key in keys:
        obj = obj.get(key) if isinstance(obj, Mapping) else None
    return obj if isinstance(obj, Mapping) else {}


def list_of(value: Any) -> list[Any]:
    """``value`` if it is a list, else []."""
    return value if isinstance(value, list) else []
