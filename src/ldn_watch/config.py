"""Load and validate the TOML config once; apply environment overrides.

Every value a run depends on is checked here, so a bad value stops the program
before it touches NCBI or the database, with a message naming the file and key.
Precedence for each setting: command-line option > environment variable > file.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from ldn_watch.errors import ConfigError
from ldn_watch.net import add_secret

APP_NAME = "ldn-watch"
CONFIG_NAME = "ldn-watch.toml"
DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
DEFAULT_CTGOV_URL = "https://clinicaltrials.gov/api/v2/"
DEFAULT_EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest/"
SECURITY_MODES = ("starttls", "ssl", "none")
DIGEST_FORMATS = ("html", "text", "json")
DEFAULT_MAX_ITEMS = 50
MAX_ITEMS_LIMIT = 1000


@dataclass(frozen=True)
class PubMedSettings:
    query: str
    email: str | None
    api_key: str | None
    batch_size: int
    eutils_url: str
    timeout: float
    max_tries: int
    overlap_days: int
    backoff: float = 1.0  # first retry's delay (s), doubled per try, jittered
    max_delay: float = 60.0  # no single retry wait longer than this (s)
    deadline: float = 120.0  # one whole request: connect, headers and body (s)


@dataclass(frozen=True)
class ScheduleSettings:
    cron: str | None
    every: timedelta | None
    timezone: str
    misfire_grace: timedelta


@dataclass(frozen=True)
class ReferenceWording:
    """The reference study as digests name it (``[digest.reference]``)."""

    pmid: str | None  # its PubMed id, linked where shown; None for a study not in PubMed
    label: str  # "the 2017 pilot": what the gaps were left by
    citation: str  # "Mischoulon et al., J Affect Disord, 2017"
    facts: str  # what it did, in a few words: "12 patients · ... · one dose"
    summary: str  # one sentence for footers


@dataclass(frozen=True)
class WatchWording:
    """The watch in readers' words (``[digest]`` name, topic, drug_label, condition, disclaimer)."""

    name: str  # "low-dose naltrexone in depression": headers, the feed's subtitle
    topic: str  # "LDN–depression": the subject line's "2 new LDN–depression studies"
    drug_label: str  # "LDN": a card's "LDN dose"
    condition: str  # "depression": "participants not selected for depression"
    disclaimer: str  # the off-label note every digest ends with
    reference: ReferenceWording


@dataclass(frozen=True)
class DigestSettings:
    out_dir: Path
    formats: tuple[str, ...]
    template_dir: Path | None
    base_url: str | None = None  # where out_dir is served; the Atom feed links there
    max_items: int = DEFAULT_MAX_ITEMS  # studies shown in full; the rest as "and N more"
    wording: WatchWording = field(default_factory=lambda: _packaged_wording())


@dataclass(frozen=True)
class EmailSettings:
    enabled: bool
    smtp_host: str
    smtp_port: int
    security: str
    username: str | None
    password: str | None = field(repr=False)
    sender: str
    to: tuple[str, ...]
    timeout: float
    data_timeout: float = 600.0  # the server's reply after the message (RFC 5321: 10 min)


@dataclass(frozen=True)
class SourceSettings:
    """A registry or preprint source beside PubMed: ``[ctgov]`` or ``[europepmc]``."""

    enabled: bool
    query: str
    base_url: str
    page_size: int
    timeout: float
    max_tries: int


CtgovSettings = SourceSettings
EuropePmcSettings = SourceSettings


@dataclass(frozen=True)
class Config:
    """The whole validated configuration; ``source`` names the file it came from."""

    source: str
    pubmed: PubMedSettings
    database_url: str
    schedule: ScheduleSettings
    digest: DigestSettings
    email: EmailSettings
    lexicon_path: Path | None
    gaps_table: Mapping[str, Any]  # raw [gaps.*] tables, validated by assess.gaps
    ctgov: SourceSettings
    europepmc: SourceSettings

    @property
    def data_dir(self) -> Path:
        return default_data_dir()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'ldn-watch.db'}"


def find_config_file(explicit: str | os.PathLike[str] | None) -> Path | None:
    """The file to read, by the contract's search order; None means the packaged default."""
    for candidate in (explicit, os.environ.get("LDN_WATCH_CONFIG")):
        if candidate:
            path = Path(candidate).expanduser()
            if not path.is_file():
                raise ConfigError(f"config file {path} does not exist")
            return path
    for path in (
        Path.cwd() / "config" / CONFIG_NAME,
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME,
    ):
        if path.is_file():
            return path
    return None


def packaged_config_text() -> str:
    return files("ldn_watch.default_config").joinpath(CONFIG_NAME).read_text(encoding="utf-8")


def _packaged_wording() -> WatchWording:
    return packaged_wording()


@lru_cache(maxsize=1)
def packaged_wording() -> WatchWording:
    """The packaged config's digest wording (for settings and samples built in code)."""
    raw = tomllib.loads(packaged_config_text())
    return _wording(_Section(raw, "digest", "packaged default config"), "packaged default config")


def load_config(
    path: str | os.PathLike[str] | None = None,
    *,
    db_url: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Read, validate and resolve the config; ``env`` defaults to ``os.environ``."""
    env = os.environ if env is None else env
    raw = tomllib.loads(packaged_config_text())
    found = find_config_file(path)
    source = "packaged default config"
    if found is not None:
        # A user's file says only what it changes; the packaged default fills the rest.
        source = str(found)
        try:
            raw = _merged(raw, tomllib.loads(found.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{source}: cannot read: {e}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{source}: not valid TOML: {e}") from e
    config = _build(raw, source, db_url, env)
    # Known secrets are redacted from every message, log line and stored error.
    add_secret(config.pubmed.api_key, config.email.password)
    return config


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


class _Section:
    """Typed access to one TOML table that remembers which keys were used."""

    def __init__(self, raw: Mapping[str, Any], name: str, source: str) -> None:
        value = raw.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: [{name}] must be a table")
        self.data, self.name, self.source = value, name, source

    def _fail(self, key: str, why: str) -> ConfigError:
        return ConfigError(f"{self.source}: {self.name}.{key} {why}")

    def get(
        self,
        key: str,
        kind: type,
        default: Any,
        check: Callable[[Any], bool] | None = None,
        why: str = "",
    ) -> Any:
        value = self.data.get(key, default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self._fail(key, f"must be {kind.__name__}, got {value!r}")
        if check is not None and not check(value):
            raise self._fail(key, f"{why}, got {value!r}")
        return value

    def get_list(self, key: str, default: list[str]) -> list[str]:
        value = self.data.get(key, default)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, f"must be a list of strings, got {value!r}")
        return value

    def reject_unknown(self, known: set[str]) -> None:
        unknown = sorted(set(self.data) - known)
        if unknown:
            raise self._fail(
                unknown[0], f"is not a known setting (known: {', '.join(sorted(known))})"
            )


_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    """'30s', '6h', '7d' -> timedelta; ValueError otherwise."""
    m = _DURATION.match(text)
    if not m or int(m.group(1)) == 0:
        raise ValueError(f"not a duration like '30s', '6h' or '7d': {text!r}")
    return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


def _non_empty(value: str) -> str | None:
    value = value.strip()
    return value or None


def _build(raw: dict[str, Any], source: str, db_url: str | None, env: Mapping[str, str]) -> Config:
    known_sections = {"pubmed", "database", "schedule", "digest", "email", "assess", "gaps"}
    known_sections |= {"ctgov", "europepmc"}
    for name in raw:
        if name not in known_sections:
            raise ConfigError(f"{source}: [{name}] is not a known section")

    pm = _Section(raw, "pubmed", source)
    pm.reject_unknown(
        {
            "query",
            "email",
            "batch_size",
            "eutils_url",
            "timeout",
            "max_tries",
            "overlap_days",
            "backoff",
            "max_delay",
            "deadline",
        }
    )
    query = pm.get("query", str, "", lambda v: bool(v.strip()), "must not be empty")
    eutils_url = env.get("LDN_WATCH_EUTILS_URL") or pm.get("eutils_url", str, DEFAULT_EUTILS_URL)
    if not re.match(r"^https?://", eutils_url):
        raise ConfigError(f"{source}: pubmed.eutils_url must be an http(s) URL, got {eutils_url!r}")
    pubmed = PubMedSettings(
        query=query,
        email=_non_empty(pm.get("email", str, "")) or _non_empty(env.get("NCBI_EMAIL", "")),
        api_key=_non_empty(env.get("NCBI_API_KEY", "")),
        batch_size=pm.get("batch_size", int, 200, lambda v: 1 <= v <= 10000, "must be 1-10000"),
        eutils_url=eutils_url if eutils_url.endswith("/") else eutils_url + "/",
        timeout=pm.get("timeout", float, 30.0, lambda v: 0 < v <= 3600, "must be 0-3600 s"),
        max_tries=pm.get("max_tries", int, 6, lambda v: 1 <= v <= 20, "must be 1-20"),
        overlap_days=pm.get("overlap_days", int, 3, lambda v: 0 <= v <= 365, "must be 0-365"),
        backoff=pm.get("backoff", float, 1.0, lambda v: 0 <= v <= 600, "must be 0-600 s"),
        max_delay=pm.get("max_delay", float, 60.0, lambda v: 0 <= v <= 3600, "must be 0-3600 s"),
        deadline=pm.get("deadline", float, 120.0, lambda v: 0 < v <= 3600, "must be 0-3600 s"),
    )
    if pubmed.deadline < pubmed.timeout:
        raise ConfigError(
            f"{source}: pubmed.deadline ({pubmed.deadline:g} s) must be at least "
            f"pubmed.timeout ({pubmed.timeout:g} s): it bounds a whole request, timeout one read"
        )

    dbs = _Section(raw, "database", source)
    dbs.reject_unknown({"url"})
    database_url = (
        db_url
        or _non_empty(env.get("LDN_WATCH_DB", ""))
        or _non_empty(dbs.get("url", str, ""))
        or default_database_url()
    )

    sc = _Section(raw, "schedule", source)
    sc.reject_unknown({"cron", "every", "timezone", "misfire_grace"})
    cron = _non_empty(sc.get("cron", str, ""))
    every_text = _non_empty(sc.get("every", str, ""))
    tz = sc.get("timezone", str, "UTC")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"{source}: schedule.timezone is not a known time zone: {tz!r}") from e
    if cron and len(cron.split()) != 5:
        raise ConfigError(f"{source}: schedule.cron must have five fields, got {cron!r}")
    schedule = ScheduleSettings(
        cron=None if every_text else cron,
        every=_duration(sc, "every", every_text) if every_text else None,
        timezone=tz,
        misfire_grace=_duration(sc, "misfire_grace", sc.get("misfire_grace", str, "12h")),
    )

    if schedule.cron:
        # Checked here so that every command, not only `serve`, refuses a bad cron.
        from ldn_watch.schedule import build_trigger

        build_trigger(schedule, source=source)

    dg = _Section(raw, "digest", source)
    dg.reject_unknown(
        {"out_dir", "formats", "template_dir", "base_url", "max_items"}
        | {"name", "topic", "drug_label", "condition", "disclaimer", "reference"}
    )
    formats = dg.get_list("formats", list(DIGEST_FORMATS))
    for f in formats:
        if f not in DIGEST_FORMATS:
            raise ConfigError(
                f"{source}: digest.formats has {f!r}; choose from {', '.join(DIGEST_FORMATS)}"
            )
    template_dir = _non_empty(dg.get("template_dir", str, ""))
    if template_dir and not Path(template_dir).expanduser().is_dir():
        raise ConfigError(f"{source}: digest.template_dir {template_dir!r} is not a folder")
    base_url = _non_empty(dg.get("base_url", str, ""))
    if base_url and not re.match(r"^https?://", base_url):
        raise ConfigError(f"{source}: digest.base_url must be an http(s) URL, got {base_url!r}")
    digest = DigestSettings(
        out_dir=Path(
            dg.get("out_dir", str, "digests", lambda v: bool(v.strip()), "must be set")
        ).expanduser(),
        formats=tuple(dict.fromkeys(formats)),
        template_dir=Path(template_dir).expanduser() if template_dir else None,
        base_url=base_url if not base_url or base_url.endswith("/") else base_url + "/",
        max_items=dg.get(
            "max_items",
            int,
            DEFAULT_MAX_ITEMS,
            lambda v: 1 <= v <= MAX_ITEMS_LIMIT,
            f"must be 1-{MAX_ITEMS_LIMIT}",
        ),
        wording=_wording(dg, source),
    )

    em = _Section(raw, "email", source)
    em.reject_unknown(
        {
            "enabled",
            "smtp_host",
            "smtp_port",
            "security",
            "username",
            "from",
            "to",
            "timeout",
            "data_timeout",
        }
    )
    email = EmailSettings(
        enabled=em.get("enabled", bool, False),
        smtp_host=em.get("smtp_host", str, "localhost", lambda v: bool(v.strip()), "must be set"),
        smtp_port=em.get("smtp_port", int, 587, lambda v: 0 < v < 65536, "must be a port number"),
        security=em.get(
            "security",
            str,
            "starttls",
            lambda v: v in SECURITY_MODES,
            f"must be one of {', '.join(SECURITY_MODES)}",
        ),
        username=_non_empty(em.get("username", str, "")),
        password=_non_empty(env.get("LDN_WATCH_SMTP_PASSWORD", "")),
        sender=em.get("from", str, "ldn-watch@localhost", lambda v: "@" in v, "must be an address"),
        to=tuple(em.get_list("to", [])),
        timeout=em.get("timeout", float, 30.0, lambda v: 0 < v <= 3600, "must be 0-3600 s"),
        data_timeout=em.get(
            "data_timeout", float, 600.0, lambda v: 0 < v <= 3600, "must be 0-3600 s"
        ),
    )
    if email.enabled and not email.to:
        raise ConfigError(f"{source}: email.to must list at least one address when enabled")
    for addr in email.to:
        if "@" not in addr:
            raise ConfigError(f"{source}: email.to has {addr!r}, which is not an address")

    asx = _Section(raw, "assess", source)
    asx.reject_unknown({"lexicon"})
    lexicon = _non_empty(asx.get("lexicon", str, ""))

    gaps = raw.get("gaps", {})
    if not isinstance(gaps, dict):
        raise ConfigError(f"{source}: [gaps] must be a table of [gaps.<id>] tables")

    return Config(
        source=source,
        pubmed=pubmed,
        database_url=database_url,
        schedule=schedule,
        digest=digest,
        email=email,
        lexicon_path=Path(lexicon).expanduser() if lexicon else None,
        gaps_table=gaps,
        ctgov=_source(raw, "ctgov", source, env, "LDN_WATCH_CTGOV_URL", DEFAULT_CTGOV_URL),
        europepmc=_source(
            raw, "europepmc", source, env, "LDN_WATCH_EUROPEPMC_URL", DEFAULT_EUROPEPMC_URL
        ),
    )


def _text(section: _Section, key: str) -> str:
    """A required wording key: the packaged config sets each, a user file may change it."""
    return str(
        section.get(key, str, "", lambda v: bool(v.strip()), "must be a non-empty string")
    ).strip()


def _wording(dg: _Section, source: str) -> WatchWording:
    """``[digest]`` name/topic/drug_label/condition/disclaimer and ``[digest.reference]``."""
    ref = _Section(dg.data, "reference", source)
    ref.name = "digest.reference"
    ref.reject_unknown({"pmid", "label", "citation", "facts", "summary"})
    pmid = _non_empty(ref.get("pmid", str, ""))
    if pmid is not None and not pmid.isdigit():
        raise ref._fail("pmid", f"must be a PubMed id (digits), got {pmid!r}")
    return WatchWording(
        name=_text(dg, "name"),
        topic=_text(dg, "topic"),
        drug_label=_text(dg, "drug_label"),
        condition=_text(dg, "condition"),
        disclaimer=_text(dg, "disclaimer"),
        reference=ReferenceWording(
            pmid=pmid,
            label=_text(ref, "label"),
            citation=_text(ref, "citation"),
            facts=_text(ref, "facts"),
            summary=_text(ref, "summary"),
        ),
    )


def _duration(section: _Section, key: str, text: str) -> timedelta:
    try:
        return parse_duration(text)
    except ValueError as e:
        raise section._fail(key, str(e)) from e


def _source(
    raw: Mapping[str, Any],
    name: str,
    source: str,
    env: Mapping[str, str],
    env_url: str,
    default_url: str,
) -> SourceSettings:
    """``[ctgov]`` / ``[europepmc]``: the base URL's environment variable wins over the file."""
    sec = _Section(raw, name, source)
    sec.reject_unknown({"enabled", "query", "base_url", "page_size", "timeout", "max_tries"})
    from_env = _non_empty(env.get(env_url, ""))
    base_url = from_env or sec.get("base_url", str, default_url)
    if not re.match(r"^https?://", base_url):
        if from_env:
            raise ConfigError(f"{env_url} must be an http(s) URL, got {base_url!r}")
        raise sec._fail("base_url", f"must be an http(s) URL, got {base_url!r}")
    return SourceSettings(
        enabled=sec.get("enabled", bool, True),
        query=sec.get("query", str, "", lambda v: bool(v.strip()), "must not be empty").strip(),
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        page_size=sec.get("page_size", int, 1000, lambda v: 1 <= v <= 1000, "must be 1-1000"),
        timeout=sec.get("timeout", float, 30.0, lambda v: v > 0, "must be positive"),
        max_tries=sec.get("max_tries", int, 6, lambda v: 1 <= v <= 20, "must be 1-20"),
    )
