"""The co-medication lexicon and the watch spec, as data, so users can extend both.

Pharmacology changes faster than code: a new antidepressant or a local brand name is a
line in a TOML file, not a release. The packaged ``config/lexicon.toml`` (drug names and
mechanism classes) and ``config/watch.toml`` (the watched drug, its dose band and
look-alikes, the condition, the gaps) are loaded first; user files are merged over them,
entry by entry for the lexicon and key by key for the watch.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from ldn_watch.assess import spec as spec_mod
from ldn_watch.assess.spec import WatchSpec
from ldn_watch.errors import ConfigError

PACKAGED = "lexicon.toml"
_SECTIONS = ("groups", "drugs")
_ENTRY_KEYS = {"classes", "names"}
# a drug's lowest daily dose used for the condition; below it, the drug is taken for
# something else ("amitriptyline 10-25 mg at bedtime")
_DOSE_KEY = "condition_min_mg"


@dataclass(frozen=True)
class Entry:
    """One drug or class word: its canonical name and mechanism classes."""

    name: str
    kind: Literal["drug", "group"]
    classes: tuple[str, ...]
    names: tuple[str, ...]
    condition_min_mg: float | None = None


@dataclass(frozen=True)
class Mention:
    """Where an entry is named in a piece of text."""

    entry: Entry
    start: int
    end: int
    text: str


def _name_pattern(name: str) -> str:
    """Whole-word pattern for a name: flexible hyphens/spaces, optional plural."""
    parts = re.split(r"[\s\-]+", name.strip())
    body = r"[\s\-]+".join(re.escape(p) for p in parts)
    return rf"(?<![\w\-]){body}(?:e?s)?(?![\w])"


def _case_sensitive(name: str) -> bool:
    """Short all-capital abbreviations (SSRI, TCA) would collide with words otherwise."""
    letters = name.replace("-", "")
    return len(letters) <= 5 and letters.isupper()


class Lexicon:
    """Co-medication names and classes with a regex finder, the watch spec, and a
    fingerprint of both."""

    def __init__(
        self, classes: Iterable[str], entries: Iterable[Entry], spec: WatchSpec | None = None
    ) -> None:
        self.spec: WatchSpec = spec or spec_mod.default_spec()
        self.classes: tuple[str, ...] = tuple(classes)
        self.entries: tuple[Entry, ...] = tuple(sorted(entries, key=lambda e: (e.kind, e.name)))
        self._by_name: dict[str, Entry] = {}
        # names indexed by their first three letters: one small match per word start,
        # instead of one huge alternation tried at every position
        self._index: dict[str, list[re.Pattern[str]]] = {}
        for entry in self.entries:
            for name in (entry.name, *entry.names):
                self._by_name.setdefault(_norm(name), entry)
                flags = 0 if _case_sensitive(name) else re.IGNORECASE
                rx = re.compile(_name_pattern(name), flags)
                self._index.setdefault(name[:3].lower(), []).append(rx)
        for patterns in self._index.values():
            patterns.sort(key=lambda rx: len(rx.pattern), reverse=True)
        # the same sentence is looked up by doses, drugs and comparators; remember answers
        self._found: dict[str, tuple[Mention, ...]] = {}
        canonical = {**self._canonical(), "watch": self.spec.fingerprint}
        self.fingerprint: str = hashlib.sha256(
            json.dumps(canonical, sort_keys=True).encode()
        ).hexdigest()[:16]

    # ------------------------------------------------------------------ building
    @classmethod
    def load(cls, *paths: str | Path) -> Lexicon:
        """The packaged lexicon with each file in ``paths`` merged over it, in order."""
        packaged = resources.files("ldn_watch.default_config") / PACKAGED
        layers = [(f"<packaged>/{PACKAGED}", packaged.read_text(encoding="utf-8"))]
        for path in paths:
            try:
                layers.append((str(path), Path(path).read_text(encoding="utf-8")))
            except OSError as e:
                raise ConfigError(f"{path}: cannot read lexicon: {e.strerror or e}") from e
        classes: list[str] = []
        raw: dict[str, dict[str, dict]] = {s: {} for s in _SECTIONS}
        watch_layers: list[tuple[str, dict]] = []
        for source, text in layers:
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as e:
                raise ConfigError(f"{source}: not valid TOML: {e}") from e
            _check_layer(data, source)
            watch_layers.append((source, {k: data[k] for k in spec_mod.SECTIONS if k in data}))
            for c in data.get("classes", []):
                if c not in classes:
                    classes.append(c)
            for section in _SECTIONS:
                for key, value in data.get(section, {}).items():
                    raw[section][key] = {**value, "_source": source}
        entries = []
        for section, kind in (("groups", "group"), ("drugs", "drug")):
            for key, value in raw[section].items():
                bad = [c for c in value.get("classes", []) if c not in classes]
                if bad:
                    raise ConfigError(
                        f"{value['_source']}: {section}.{key}.classes: unknown class "
                        f"{bad[0]!r} (known: {', '.join(classes)})"
                    )
                entries.append(
                    Entry(
                        name=key,
                        kind=kind,  # type: ignore[arg-type]
                        classes=tuple(value.get("classes", [])),
                        names=tuple(value.get("names", [])),
                        condition_min_mg=value.get(_DOSE_KEY),
                    )
                )
        user = [(src, layer) for src, layer in watch_layers[1:] if layer]
        spec = spec_mod.load(user) if user else None
        return cls(classes, entries, spec)

    def _canonical(self) -> dict:
        return {
            "classes": list(self.classes),
            "entries": [
                [e.kind, e.name, sorted(e.classes), sorted(e.names), e.condition_min_mg]
                for e in self.entries
            ],
        }

    # ------------------------------------------------------------------- finding
    def lookup(self, name: str) -> Entry | None:
        """The entry a name (any spelling listed, singular) belongs to."""
        key = _norm(name)
        return self._by_name.get(key) or self._by_name.get(re.sub(r"e?s$", "", key))

    def find(self, text: str) -> list[Mention]:
        """Every non-overlapping mention in ``text``, in order; longest name wins."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) > _FIND_CACHE:
                self._found.clear()
            found = self._found[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        end = 0
        for start in _WORD_START.finditer(text):
            pos = start.start()
            if pos < end:
                continue
            best: re.Match[str] | None = None
            for rx in self._index.get(text[pos : pos + 3].lower(), ()):
                m = rx.match(text, pos)
                if m and (best is None or m.end() > best.end()):
                    best = m
            entry = self.lookup(best.group(0)) if best else None
            if best is not None and entry is not None:
                out.append(Mention(entry, best.start(), best.end(), best.group(0)))
                end = best.end()
        return out


_WORD_START = re.compile(r"(?<![\w\-])\w")
_FIND_CACHE = 4096  # sentences remembered per lexicon before starting afresh


def _norm(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name.strip().lower())


def _check_layer(data: Mapping, source: str) -> None:
    """Reject unknown keys and wrong types, naming the file and the dotted key."""
    for key in data:
        if key not in ("classes", *_SECTIONS, *spec_mod.SECTIONS):
            known = ", ".join(("classes", *_SECTIONS, *spec_mod.SECTIONS))
            raise ConfigError(f"{source}: {key}: unknown key (expected {known})")
    classes = data.get("classes", [])
    if not isinstance(classes, list) or not all(isinstance(c, str) and c for c in classes):
        raise ConfigError(f"{source}: classes: must be a list of names")
    for section in _SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: {section}: must be a table")
        for name, value in table.items():
            where = f"{source}: {section}.{name}"
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: must be a table with classes and names")
            for k in value:
                if k not in _ENTRY_KEYS | {_DOSE_KEY}:
                    raise ConfigError(
                        f"{where}.{k}: unknown key (expected classes, names, {_DOSE_KEY})"
                    )
            low = value.get(_DOSE_KEY)
            if low is not None and (
                isinstance(low, bool) or not isinstance(low, int | float) or low <= 0
            ):
                raise ConfigError(f"{where}.{_DOSE_KEY}: must be a positive number of mg/day")
            for k in _ENTRY_KEYS:
                v = value.get(k, [])
                if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                    raise ConfigError(f"{where}.{k}: must be a list of non-empty strings")


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once (it is immutable)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Lexicon.load()
    return _DEFAULT
