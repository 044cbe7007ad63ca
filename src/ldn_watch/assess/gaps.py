"""The watch's gaps as configurable rules, and per-record verdicts with a reason each.

The gaps and their defaults (titles, descriptions, thresholds) are data: the packaged
``config/watch.toml`` [gaps.*] tables (each says what the reference study, the ldn-watch
config's ``[digest.reference]``, left open);
the ldn-watch config's [gaps.<id>] tables change them. A gap is closed only by a trial
(randomised or not) in people selected for the watched condition: with results it is
"addressed", as a protocol or registration it is "in_progress".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from ldn_watch.assess.lexicon import Lexicon, default_lexicon
from ldn_watch.assess.spec import WatchSpec, default_spec
from ldn_watch.assess.structure import NOTICE_ROLES
from ldn_watch.assess.version import extractor_version
from ldn_watch.errors import ConfigError
from ldn_watch.model import Assessment, Facts, GapState, GapStatus, GapValue

TRIAL_DESIGNS = frozenset({"rct", "nonrandomized_trial"})
# the settings a rule may ask for, one per rule (CONTRACT.md "The gaps")
_SETTINGS = ("min_participants", "classes", "compares_doses")


@dataclass(frozen=True)
class GapRule:
    """One gap: what it means to a clinician, and the settings that decide it."""

    id: str
    title: str
    description: str
    enabled: bool = True
    min_participants: int | None = None  # n at least this
    classes: tuple[str, ...] = ()  # a co-medication of any of these classes
    compares_doses: bool = False  # two or more doses compared

    def met_by(self, facts: Facts) -> bool:
        """Whether the article's facts meet this gap's condition (design aside)."""
        return self.check(facts)[0]

    def check(self, facts: Facts) -> tuple[bool, str]:
        """(met, why) for this rule's own condition; design and population aside."""
        notes = facts.notes
        if self.min_participants is not None:
            if facts.n is None:
                return False, "n not stated"
            if facts.n < self.min_participants:
                return False, f"n {facts.n} < {self.min_participants}"
            return True, f"n {facts.n} ≥ {self.min_participants}"
        if self.classes:
            hit = [c for c in facts.concomitant_classes if c in self.classes]
            if hit:
                names = ", ".join(facts.concomitant_antidepressants) or "a class named"
                return True, f"with {names} ({', '.join(hit)})"
            if facts.concomitant_classes:
                names = ", ".join(facts.concomitant_antidepressants)
                only = "/".join(facts.concomitant_classes)
                return False, f"{only} co-medication only" + (f" ({names})" if names else "")
            return False, notes.get("concomitant_classes") or "no co-medication of these classes"
        if self.compares_doses:
            if facts.compares_doses:
                doses = facts.ldn_doses_mg
                what = " vs ".join(f"{d:g}" for d in doses) + " mg" if len(doses) >= 2 else ""
                return True, f"compares doses ({what})" if what else "dose-finding"
            return False, notes.get("compares_doses") or "no dose comparison"
        return False, "rule asks for nothing"


@dataclass(frozen=True)
class Verdict:
    """One gap's verdict for one record, and why in one short phrase."""

    value: GapValue
    reason: str


def _rule(gap_id: str, table: Mapping[str, Any]) -> GapRule:
    settings: dict[str, Any] = {k: table[k] for k in _SETTINGS if k in table}
    if "classes" in settings:
        settings["classes"] = tuple(settings["classes"])
    return GapRule(
        id=gap_id,
        title=str(table["title"]).strip(),
        description=str(table["description"]).strip(),
        enabled=bool(table.get("enabled", True)),
        **settings,
    )


def _defaults(spec: WatchSpec) -> tuple[GapRule, ...]:
    return tuple(_rule(gap_id, table) for gap_id, table in spec.gaps.items())


_COMMON_KEYS = {"title", "description", "enabled"}


def default_rules() -> list[GapRule]:
    """The packaged gaps (config/watch.toml [gaps.*])."""
    return list(_defaults(default_spec()))


def _rule_keys(rule: GapRule) -> set[str]:
    return {
        k
        for k in _SETTINGS
        if getattr(rule, k) not in (None, (), False)
        or (k == "compares_doses" and rule.compares_doses)
    }


def rules_from_config(table: Mapping[str, Any], *, source: str) -> list[GapRule]:
    """Rules from the config's ``[gaps.<id>]`` tables; missing tables keep the defaults."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: gaps: must be a table of [gaps.<id>] tables")
    by_id = {r.id: r for r in _defaults(default_spec())}
    known_classes = default_lexicon().classes
    for gap_id, settings in table.items():
        where = f"{source}: gaps.{gap_id}"
        if gap_id not in by_id:
            raise ConfigError(f"{where}: unknown gap (known: {', '.join(by_id)})")
        if not isinstance(settings, Mapping):
            raise ConfigError(f"{where}: must be a table")
        changes: dict[str, Any] = {}
        for key, value in settings.items():
            at = f"{where}.{key}"
            rule_keys = _rule_keys(by_id[gap_id])
            if key not in _COMMON_KEYS | rule_keys:
                allowed = ", ".join(sorted(_COMMON_KEYS | rule_keys))
                raise ConfigError(f"{at}: unknown key (allowed: {allowed})")
            if key in ("title", "description"):
                if not isinstance(value, str) or not value.strip():
                    raise ConfigError(f"{at}: must be a non-empty string")
                changes[key] = value.strip()
            elif key == "enabled":
                if not isinstance(value, bool):
                    raise ConfigError(f"{at}: must be true or false")
                changes[key] = value
            elif key == "min_participants":
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ConfigError(f"{at}: must be a whole number of at least 1, got {value!r}")
                changes[key] = value
            elif key == "classes":
                if (
                    not isinstance(value, list)
                    or not value
                    or not all(isinstance(c, str) and c in known_classes for c in value)
                ):
                    known = ", ".join(known_classes)
                    raise ConfigError(f"{at}: must be a non-empty list of {known}, got {value!r}")
                changes[key] = tuple(dict.fromkeys(value))
        by_id[gap_id] = replace(by_id[gap_id], **changes)
    return list(by_id.values())


def verdicts(
    facts: Facts, rules: Iterable[GapRule], spec: WatchSpec | None = None
) -> dict[str, Verdict]:
    """Per gap "addressed", "in_progress" or "no" for one article, each with a reason.

    CONTRACT.md "The gaps": every gap needs the record on-topic, its people selected for
    the condition, and a trial (with results: addressed; planned: in progress). A notice
    has no data of its own and a retracted record counts toward no gap.
    """
    spec = spec or default_spec()
    out: dict[str, Verdict] = {}
    shared = _shared(facts, spec)
    for rule in rules:
        if not rule.enabled:
            out[rule.id] = Verdict("no", "gap disabled")
        elif shared[0] == "no":
            out[rule.id] = Verdict("no", shared[1])
        else:
            met, why = rule.check(facts)
            if not met:
                out[rule.id] = Verdict("no", why)
            elif shared[0] == "in_progress":
                out[rule.id] = Verdict("in_progress", f"{shared[1]}: {why}")
            else:
                out[rule.id] = Verdict("addressed", why)
    return out


def _shared(facts: Facts, spec: WatchSpec) -> tuple[GapValue, str]:
    """What every gap needs: the value it would have, or "no" and why not."""
    notes = facts.notes
    if facts.retracted:
        return "no", "retracted"
    if facts.role in NOTICE_ROLES:
        return "no", notes.get("design") or f"{facts.role}: no data of its own"
    if not facts.on_topic:
        return "no", f"off-topic: {facts.off_topic_reason or 'not the watched drug and condition'}"
    if not facts.depression_population:
        why = notes.get("depression_population")
        return "no", why or f"participants not selected for {spec.condition}"
    if facts.design in TRIAL_DESIGNS and facts.has_results:
        return "addressed", ""
    if facts.design == "protocol":
        return "in_progress", "protocol: in progress"
    if facts.design in TRIAL_DESIGNS:
        return "in_progress", "trial without results yet"
    return "no", f"not a trial ({facts.design.replace('_', ' ')})"


def judge(facts: Facts, rules: Iterable[GapRule]) -> dict[str, GapValue]:
    """Per gap "addressed", "in_progress" or "no" for one article (reasons: ``verdicts``)."""
    return {k: v.value for k, v in verdicts(facts, rules).items()}


@dataclass
class _Tally:
    addressed: list[str] = field(default_factory=list)
    in_progress: list[str] = field(default_factory=list)


def gap_states(assessments: Iterable[Assessment], rules: Iterable[GapRule]) -> list[GapState]:
    """Each gap across all articles: addressed if any addresses it, else in progress, else open."""
    rules = [r for r in rules if r.enabled]
    tally = {r.id: _Tally() for r in rules}
    for a in assessments:
        for gap_id, value in a.gaps.items():
            if gap_id not in tally:
                continue
            if value == "addressed":
                tally[gap_id].addressed.append(a.pmid)
            elif value == "in_progress":
                tally[gap_id].in_progress.append(a.pmid)
    states = []
    for r in rules:
        t = tally[r.id]
        status: GapStatus = (
            "addressed" if t.addressed else "in_progress" if t.in_progress else "open"
        )
        states.append(
            GapState(
                id=r.id,
                title=r.title,
                description=r.description,
                status=status,
                addressed_by=sorted(set(t.addressed)),
                in_progress_by=sorted(set(t.in_progress)),
            )
        )
    return states


def rules_version(rules: Iterable[GapRule], lexicon: Lexicon) -> str:
    """Short stable hash of everything a verdict depends on; a change means reassess."""
    return _rules_version(tuple(rules), lexicon.fingerprint)


@lru_cache(maxsize=32)
def _rules_version(rules: tuple[GapRule, ...], lexicon_fingerprint: str) -> str:
    """Memoised: every assessment asks, and the answer only changes with the config."""
    payload = {
        "extractor": extractor_version(),
        "lexicon": lexicon_fingerprint,
        "rules": sorted(
            (
                {
                    k: (list(v) if isinstance(v, tuple) else v)
                    for k, v in asdict(r).items()
                    if k not in ("title", "description")
                }
                for r in rules
            ),
            key=lambda d: d["id"],
        ),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:12]
