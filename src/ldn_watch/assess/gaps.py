"""The three gaps left by the 2017 pilot, as configurable rules, and their verdicts.

The reference is Mischoulon et al. 2017 (PMID 27736689): 12 patients, dopaminergic
antidepressant regimens only, one dose (1 mg twice a day). A gap is closed only by a
trial (randomised or not) in people selected for depression: with results it is
"addressed", as a protocol or registration it is "in_progress".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from ldn_watch.assess.extract import EXTRACTOR_VERSION
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.errors import ConfigError
from ldn_watch.model import Assessment, Facts, GapState, GapStatus, GapValue

TRIAL_DESIGNS = frozenset({"rct", "nonrandomized_trial"})
LARGER_TRIALS = "larger-trials"
SEROTONERGIC = "serotonergic-combination"
DOSE_FINDING = "dose-finding"


@dataclass(frozen=True)
class GapRule:
    """One gap: what it means to a clinician, and the settings that decide it."""

    id: str
    title: str
    description: str
    enabled: bool = True
    min_participants: int | None = None  # larger-trials
    classes: tuple[str, ...] = ()  # serotonergic-combination: any of these classes
    compares_doses: bool = False  # dose-finding

    def met_by(self, facts: Facts) -> bool:
        """Whether the article's facts meet this gap's condition (design aside)."""
        if self.min_participants is not None and (
            facts.n is None or facts.n < self.min_participants
        ):
            return False
        if self.classes and not set(self.classes) & set(facts.concomitant_classes):
            return False
        if self.compares_doses and not facts.compares_doses:
            return False
        return bool(self.min_participants is not None or self.classes or self.compares_doses)


DEFAULT_RULES: tuple[GapRule, ...] = (
    GapRule(
        id=LARGER_TRIALS,
        title="Larger trials",
        description=(
            "The 2017 pilot randomised only 12 patients; this gap closes with a trial of "
            "low-dose naltrexone in depressed patients enrolling at least 50 people."
        ),
        min_participants=50,
    ),
    GapRule(
        id=SEROTONERGIC,
        title="LDN with serotonergic or noradrenergic antidepressants",
        description=(
            "The pilot only studied LDN added to dopaminergic regimens; this gap closes with a "
            "trial of LDN taken together with an SSRI, SNRI, tricyclic, MAOI, mirtazapine or "
            "another serotonergic or noradrenergic antidepressant."
        ),
        classes=("serotonergic", "noradrenergic"),
    ),
    GapRule(
        id=DOSE_FINDING,
        title="Dose-finding",
        description=(
            "The pilot tested a single dose (1 mg twice a day); this gap closes with a trial "
            "in depression that compares two or more LDN doses or is explicitly dose-finding."
        ),
        compares_doses=True,
    ),
)

_COMMON_KEYS = {"title", "description", "enabled"}
_RULE_KEYS = {
    LARGER_TRIALS: {"min_participants"},
    SEROTONERGIC: {"classes"},
    DOSE_FINDING: set(),
}
_KNOWN_CLASSES = ("serotonergic", "noradrenergic", "dopaminergic")


def default_rules() -> list[GapRule]:
    return list(DEFAULT_RULES)


def rules_from_config(table: Mapping[str, Any], *, source: str) -> list[GapRule]:
    """Rules from the config's ``[gaps.<id>]`` tables; missing tables keep the defaults."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: gaps: must be a table of [gaps.<id>] tables")
    by_id = {r.id: r for r in DEFAULT_RULES}
    for gap_id, settings in table.items():
        where = f"{source}: gaps.{gap_id}"
        if gap_id not in by_id:
            raise ConfigError(f"{where}: unknown gap (known: {', '.join(by_id)})")
        if not isinstance(settings, Mapping):
            raise ConfigError(f"{where}: must be a table")
        changes: dict[str, Any] = {}
        for key, value in settings.items():
            at = f"{where}.{key}"
            if key not in _COMMON_KEYS | _RULE_KEYS[gap_id]:
                allowed = ", ".join(sorted(_COMMON_KEYS | _RULE_KEYS[gap_id]))
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
                    or not all(isinstance(c, str) and c in _KNOWN_CLASSES for c in value)
                ):
                    known = ", ".join(_KNOWN_CLASSES)
                    raise ConfigError(f"{at}: must be a non-empty list of {known}, got {value!r}")
                changes[key] = tuple(dict.fromkeys(value))
        by_id[gap_id] = replace(by_id[gap_id], **changes)
    return list(by_id.values())


def judge(facts: Facts, rules: Iterable[GapRule]) -> dict[str, GapValue]:
    """Per gap "addressed", "in_progress" or "no" for one article (CONTRACT.md, "The gaps")."""
    rules = list(rules)
    out: dict[str, GapValue] = {r.id: "no" for r in rules}
    if not (facts.on_topic and facts.depression_population):
        return out
    if facts.design in TRIAL_DESIGNS and facts.has_results:
        value: GapValue = "addressed"
    elif facts.design == "protocol" or facts.design in TRIAL_DESIGNS:
        value = "in_progress"
    else:
        return out
    for rule in rules:
        if rule.enabled and rule.met_by(facts):
            out[rule.id] = value
    return out


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
        "extractor": EXTRACTOR_VERSION,
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
