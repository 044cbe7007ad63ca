"""The watch as data: which drug, at which dose band, for which condition.

The packaged ``config/watch.toml`` says it all for the default watch (low-dose
naltrexone in depression, against the 2017 pilot); a user file merged over it can
change any value. Code never names the drug or the condition: it asks the spec.

Regular-expression values are fragments; each room of the classifier builds its own
larger patterns from them once per spec (:meth:`WatchSpec.compiled`).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, TypeVar

from ldn_watch.assess.fastre import Folded
from ldn_watch.errors import ConfigError

PACKAGED = "watch.toml"
SECTIONS = ("drug", "condition", "comedication", "language")  # a user file may change these
T = TypeVar("T")


@dataclass(frozen=True)
class Lookalike:
    """A drug that looks like the watched one and is never it."""

    name: str
    pattern: Folded
    reason: str
    contains_drug: bool = False


# the body weight a per-kg dose is read at to place it in the low band (never converted
# to a dose in mg: CONTRACT.md "Doses written oddly")
REFERENCE_WEIGHT_KG = 60.0


def _words(text: str) -> list[str]:
    """The text's runs of word characters (not a module pattern: the roles' test reads
    every module pattern as a would-be role cue, and this one matches any word)."""
    return re.findall(r"\w+", text)


def _rx(fragment: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(fragment, flags)
    except re.error as e:
        raise ConfigError(f"{where}: not a valid regular expression: {e}") from e


class _OtherDrugs:
    """The other drugs' names: most in any capitalisation (searched folded, at
    case-sensitive speed), a few only as written (``case_sensitive``: "BUP", "SAM")."""

    def __init__(self, any_case: Folded, as_written: re.Pattern[str]) -> None:
        self.any_case, self.as_written = any_case, as_written

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every name in ``text``, in order (positions are the original text's)."""
        found = [*self.any_case.finditer(text), *self.as_written.finditer(text)]
        return sorted(found, key=lambda m: m.start())


class WatchSpec:
    """The drug, its dose band and look-alikes, the condition and the gaps."""

    def __init__(self, data: Mapping[str, Any], source: str = f"<packaged>/{PACKAGED}") -> None:
        self.data = copy.deepcopy(dict(data))
        self._memo: dict[str, Any] = {}
        d, c, m = self.data["drug"], self.data["condition"], self.data["comedication"]
        at = f"{source}: "
        # ---------------------------------------------------------------- drug
        self.drug: str = d["name"]
        self.label: str = d["label"]
        self.abbreviations: dict[str, str] = dict(d["abbreviations"])
        bad = sorted(k for k, v in self.abbreviations.items() if v not in _LEVELS)
        if bad:
            raise ConfigError(
                f"{at}drug.abbreviations.{bad[0]}: must be one of {', '.join(_LEVELS)}"
            )
        # other languages' spellings of the name, read as the name (``respell``)
        spellings = sorted({x.lower() for x in d.get("spellings", [])} - {self.drug.lower()})
        self.spellings: tuple[str, ...] = tuple(spellings)
        self._spelled = (
            _rx(rf"\b(?:{'|'.join(map(re.escape, spellings))})\b", f"{at}drug.spellings")
            if spellings
            else None
        )
        # other languages' words for what the engine reads in English: people nouns,
        # "randomised", "included", the design's and the co-medication's names (``respell``)
        self.glossary: dict[str, str] = {
            " ".join(k.lower().split()): v
            for k, v in self.data.get("language", {}).get("glossary", {}).items()
        }
        words = "|".join(
            r"\s+".join(map(re.escape, w.split()))
            for w in sorted(self.glossary, key=len, reverse=True)
        )
        self._glossed = (
            _rx(rf"(?<!\w)(?:{words})(?!\w)", f"{at}language.glossary") if words else None
        )
        # the same words searched folded (most texts hold none: asked of every block)
        self._any_glossed = Folded(self._glossed) if self._glossed is not None else None
        # one word of each entry that English text seldom has (the longest not in its
        # translation: "Störung" of "depressive Störung", not "depressive"): an entry is
        # only in a text that has that word as a word, so a set test rules out most
        # records at once, where the alternation's literal prefilter passes on nearly
        # every one ("tre" is in "treatment")
        self._gloss_keys = frozenset(
            max(
                [w for w in _words(k) if w not in _words(v.lower())] or _words(k),
                key=len,
            )
            for k, v in self.glossary.items()
        )
        self._any_spelled = Folded(self._spelled) if self._spelled is not None else None
        self.not_abbreviations = frozenset(x.lower() for x in d["not_abbreviations"])
        self.low_max_mg = float(d["low_max_mg"])
        self.standard_min_mg = float(d["standard_min_mg"])
        if not 0 < self.low_max_mg < self.standard_min_mg:
            raise ConfigError(f"{at}drug: need 0 < low_max_mg < standard_min_mg")
        self.index_terms = tuple(t.lower() for t in d["index_terms"])
        name = re.escape(self.drug)
        form = d["not_low_formulation_pattern"]
        self.not_low_formulation = Folded(
            _rx(
                rf"\b(?:{form})\b[^.]{{0,40}}\b{name}|\b{name}\b[^.]{{0,25}}\b(?:{form})\b",
                f"{at}drug.not_low_formulation_pattern",
            )
        )
        self.lookalikes = tuple(
            Lookalike(
                name=x["name"],
                pattern=Folded(_rx(x["pattern"], f"{at}drug.lookalikes.{x['name']}.pattern")),
                reason=x["reason"],
                contains_drug=bool(x.get("contains_drug", False)),
            )
            for x in d.get("lookalikes", [])
        )
        # one search says whether any look-alike is named at all (most records: none)
        self._any_lookalike = (
            Folded("|".join(f"(?:{x.pattern.pattern})" for x in self.lookalikes))
            if self.lookalikes
            else None
        )
        # a drug's name owns the dose written with it however it is capitalised
        # ("Buprenorphine 4 mg sublingual + naltrexone 50 mg" opening an arm's description:
        # the 4 mg is buprenorphine's); only the short capitals listed as case-sensitive
        # ("BUP", "SAM", also words) and the code pattern must match as written
        others = d["others"]
        exact = set(others.get("case_sensitive", []))
        names = "|".join(
            sorted(map(re.escape, set(others["names"]) - exact), key=len, reverse=True)
        )
        written = "|".join(sorted(map(re.escape, exact), key=len, reverse=True))
        extra = others.get("pattern", "")
        self.other_drugs = _OtherDrugs(
            Folded(_rx(rf"\b(?:{names})\b", f"{at}drug.others")),
            _rx(
                rf"\b(?:{'|'.join(x for x in (written, extra) if x) or '(?!)'})\b",
                f"{at}drug.others",
                flags=0,
            ),
        )
        # ----------------------------------------------------------- condition
        self.condition: str = c["name"]
        self.cond = {k: v for k, v in c.items() if isinstance(v, str)}
        for k, v in self.cond.items():
            if k.endswith("_pattern") or k == "disorder_qualifiers":
                _rx(v, f"{at}condition.{k}")
        self.other_conditions: str = c["others"]["pattern"]
        _rx(self.other_conditions, f"{at}condition.others.pattern")
        self.outcome = Folded(_rx(c["outcome_pattern"], f"{at}condition.outcome_pattern"))
        self.treatment_outcome = Folded(
            _rx(c["treatment_outcome_pattern"], f"{at}condition.treatment_outcome_pattern")
        )
        self.family = _rx(c["family_pattern"], f"{at}condition.family_pattern")
        # symptoms of the condition ("low motivation"): a purpose naming one is the condition's
        self.symptom = (
            _rx(c["symptom_pattern"], f"{at}condition.symptom_pattern")
            if c.get("symptom_pattern")
            else None
        )
        self.index_condition = _rx(c["index_pattern"], f"{at}condition.index_pattern")
        self.index_population = _rx(
            c["index_population_pattern"], f"{at}condition.index_population_pattern", flags=0
        )
        # -------------------------------------------------------- co-medication
        self.other_purpose: str = m["other_purpose_pattern"]
        self.comedication_kind: str = m["kind_pattern"]
        self.comedication_label: str = m.get("label", "co-medication")
        _rx(self.comedication_kind, f"{at}comedication.kind_pattern")
        # the kind said as a word, singular or plural ("antidepressant(s)")
        self.kind_word: re.Pattern[str] = re.compile(rf"\b(?:{self.comedication_kind})s?\b", re.I)
        self.bedtime: str = m["bedtime_pattern"]
        self.unmedicated: str = m.get("unmedicated_pattern", "")
        if self.unmedicated:
            _rx(self.unmedicated, f"{at}comedication.unmedicated_pattern")
        self.no_class = _rx(rf"\b(?:{m['no_class_pattern']})\b", f"{at}comedication")
        # a word built on such an agent's name is the agent too: its metabolite
        # (norquetiapine, dehydroaripiprazole, hydroxynorketamine) or a salt
        self.no_class_word = _rx(
            rf"(?<![\w\-])[\w\-]*?(?:{m['no_class_pattern']})[\w\-]*", f"{at}comedication"
        )
        _rx(self.other_purpose, f"{at}comedication.other_purpose_pattern")
        # ------------------------------------------------------------------ gaps
        self.gaps: dict[str, dict[str, Any]] = {
            k: dict(v) for k, v in self.data.get("gaps", {}).items()
        }
        self.fingerprint = hashlib.sha256(
            json.dumps(self.data, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()[:16]

    def compiled(self, key: str, build: Callable[[WatchSpec], T]) -> T:
        """``build(self)``, once per spec: the patterns a room makes from these fragments."""
        try:
            found: T = self._memo[key]
            return found
        except KeyError:
            value = self._memo[key] = build(self)
            return value

    def lookalike_in(self, text: str) -> Lookalike | None:
        """The first look-alike (in the spec's order) named in ``text``."""
        if self._any_lookalike is None or not self._any_lookalike.search(text):
            return None
        return next((x for x in self.lookalikes if x.pattern.search(text)), None)

    def is_low(self, mg_per_day: float) -> bool:
        """A total daily dose in the watched low band (micrograms included)."""
        return 0 < mg_per_day <= self.low_max_mg

    def is_low_per_kg(self, mg_per_kg: float) -> bool:
        """A weight-based daily dose in the low band for a person of
        ``REFERENCE_WEIGHT_KG`` (0.1 mg/kg at most for a 6 mg band): the low dose by weight
        of the adolescents and slight adults such studies enrol; standard naltrexone by
        weight is 0.5-1 mg/kg."""
        return 0 < mg_per_kg <= self.low_max_mg / REFERENCE_WEIGHT_KG

    def is_standard(self, mg_per_day: float) -> bool:
        return mg_per_day >= self.standard_min_mg

    def respeller(self, texts: Iterable[str]) -> Callable[[str], str]:
        """:meth:`respell` for the blocks of one record (``texts``), or no change at all
        where the record as a whole holds nothing it would change: the glossary's look is
        the costliest part of respelling, and nearly every record is English, so it is
        taken once per record instead of once per block (a block's words are the whole's)."""
        whole = "\n".join(texts)
        if (
            self._gloss_keys
            and not self._gloss_keys.isdisjoint(_words(whole.lower()))
            and self._any_glossed is not None
            and self._any_glossed.search(whole)
        ) or (self._any_spelled is not None and self._any_spelled.search(whole)):
            return self.respell
        return _unchanged

    def respell(self, text: str) -> str:
        """``text`` with another language's spelling of the drug's name ("Naltrexon 1 mg
        versus 4,5 mg täglich") written as the name, in the same capitalisation, and the
        words of the glossary ("64 Patienten ... erhielten randomisiert") in English."""
        glossed, any_glossed = self._glossed, self._any_glossed
        if glossed is not None and any_glossed is not None and any_glossed.search(text):
            text = glossed.sub(self._gloss, text)
        if self._spelled is None or self._spelled.search(text) is None:
            return text
        name = self.drug

        def as_written(m: re.Match[str]) -> str:
            word = m.group(0)
            if word.isupper():
                return name.upper()
            return name[:1].upper() + name[1:] if word[:1].isupper() else name

        return self._spelled.sub(as_written, text)

    def _gloss(self, m: re.Match[str]) -> str:
        word = m.group(0)
        english = self.glossary[" ".join(word.lower().split())]
        return english[:1].upper() + english[1:] if word[:1].isupper() else english

    def index_names_drug(self, terms: list[str]) -> bool:
        """MeSH headings or substances name the drug itself."""
        return any(t.lower() in self.index_terms for t in terms)


_LEVELS = ("low", "very_low", "plain")


def _unchanged(text: str) -> str:
    return text


def packaged_text() -> str:
    return (resources.files("ldn_watch.default_config") / PACKAGED).read_text(encoding="utf-8")


def merge_layer(base: dict[str, Any], layer: Mapping[str, Any], source: str) -> None:
    """Merge one user layer's watch sections over ``base``, checking keys against it."""
    for section in SECTIONS:
        if section not in layer:
            continue
        _merge(base[section], layer[section], f"{source}: {section}")


def _merge(base: dict[str, Any], over: Any, where: str, open_keys: bool = False) -> None:
    if not isinstance(over, Mapping):
        raise ConfigError(f"{where}: must be a table")
    for key, value in over.items():
        at = f"{where}.{key}"
        if key not in base and not open_keys:
            raise ConfigError(f"{at}: unknown key (known: {', '.join(sorted(base))})")
        old = base.get(key)
        if isinstance(old, dict) and key not in ("abbreviations", "glossary"):
            _merge(old, value, at, open_keys=False)
        elif old is not None and type(old) is not type(value) and not _numeric(old, value):
            raise ConfigError(f"{at}: must be {type(old).__name__}, got {value!r}")
        else:
            base[key] = copy.deepcopy(value)


def _numeric(a: Any, b: Any) -> bool:
    return all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b))


def load(layers: Sequence[tuple[str, Mapping[str, Any]]]) -> WatchSpec:
    """The packaged spec with each (source, parsed TOML) layer merged over it."""
    source = f"<packaged>/{PACKAGED}"
    try:
        data = tomllib.loads(packaged_text())
    except tomllib.TOMLDecodeError as e:  # pragma: no cover - packaged data is tested
        raise ConfigError(f"{source}: not valid TOML: {e}") from e
    sources = [source]
    for where, layer in layers:
        merge_layer(data, layer, where)
        if any(s in layer for s in SECTIONS):
            sources.append(where)
    return WatchSpec(data, source=", ".join(sources))


_DEFAULT: WatchSpec | None = None


def default_spec() -> WatchSpec:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load([])
    return _DEFAULT
