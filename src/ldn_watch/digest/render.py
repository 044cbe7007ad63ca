"""Render a DigestContext as HTML, plain text or JSON.

Jinja2 with autoescape for HTML and a ChoiceLoader, so a user's template directory
overrides the packaged templates file by file. StrictUndefined turns a misspelt field in
an override into an error instead of a silently empty digest.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import asdict, fields, replace
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2

from ldn_watch.digest.context import DigestContext, limit_cards, more_studies
from ldn_watch.errors import ConfigError

JSON_SCHEMA = "ldn-watch/digest/2"
# An HTML digest stays under this many bytes whatever the backlog: cards beyond it move
# to "and N more" (the JSON lists every study).
HTML_BUDGET = 300_000
HTML_TEMPLATE = "digest.html.j2"
TEXT_TEMPLATE = "digest.txt.j2"


def packaged_template_dir() -> Path:
    """The folder of the packaged templates (``templates/`` shipped as ``ldn_watch.templates``)."""
    return Path(str(files("ldn_watch.templates")))


_NUMBER_UNIT = re.compile(r"(\d) (mg|patients|participants)\b")


def wrap(text: str, width: int = 72, indent: str = "", first: str | None = None) -> str:
    """Fill ``text`` to ``width`` columns, ``first`` (default ``indent``) before line one.

    URLs and long words are never broken, and a number keeps its unit ("2 mg").
    """
    glued = _NUMBER_UNIT.sub("\\1\x00\\2", " ".join(str(text).split()))
    filled = textwrap.fill(
        glued,
        width=width,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return filled.replace("\x00", " ")


def day(value: datetime | None) -> str:
    """``30 Nov 2026`` in UTC; an empty string for None so templates can test it."""
    if value is None:
        return ""
    value = value.astimezone(UTC)
    return f"{value.day} {value:%b %Y}"


def timestamp(value: datetime) -> str:
    """``30 Nov 2026, 07:00 UTC``: when a digest was made, unambiguous for every reader."""
    value = value.astimezone(UTC)
    return f"{value.day} {value:%b %Y, %H:%M} UTC"


def make_environment(user_template_dir: Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment: the user's folder first, the packaged templates second."""
    loaders: list[jinja2.BaseLoader] = []
    if user_template_dir is not None:
        if not user_template_dir.is_dir():
            raise ConfigError(
                f"digest template_dir {user_template_dir} is not a folder; "
                "fix [digest] template_dir or leave it empty"
            )
        loaders.append(jinja2.FileSystemLoader(user_template_dir))
    loaders.append(jinja2.FileSystemLoader(packaged_template_dir()))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2", "xml", "atom.j2"), default_for_string=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(wrap=wrap, day=day, timestamp=timestamp)
    return env


def template_names(ctx: Any) -> dict[str, Any]:
    """A context dataclass's fields as top-level template names (shallow: views stay objects)."""
    return {f.name: getattr(ctx, f.name) for f in fields(ctx)}


def render_template(env: jinja2.Environment, name: str, ctx: Any) -> str:
    """Render template ``name`` with a context dataclass; template errors become ConfigError."""
    try:
        return env.get_template(name).render(template_names(ctx))
    except jinja2.TemplateError as e:
        where = f" line {e.lineno}" if isinstance(e, jinja2.TemplateSyntaxError) else ""
        raise ConfigError(f"digest template {name}{where}: {e}") from e


def render_html(ctx: DigestContext, env: jinja2.Environment) -> str:
    """The HTML digest: one email-safe page (tables, inline CSS, no scripts)."""
    return render_template(env, HTML_TEMPLATE, ctx)


def render_text(ctx: DigestContext, env: jinja2.Environment) -> str:
    """The plain-text digest, wrapped at 72 columns."""
    return render_template(env, TEXT_TEMPLATE, ctx)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def unbounded(ctx: DigestContext, shown: int | None = None) -> DigestContext:
    """The digest with every study it carries as a card in ``studies``.

    ``shown``: how many of them the HTML page shows in full (the first ones); ``more``
    then still counts the others, so a reader of the JSON knows which cards the page has.
    """
    cards = [*ctx.studies, *ctx.rest]
    shown = len(ctx.studies) if shown is None else shown
    return replace(ctx, studies=cards, rest=[], more=more_studies(len(cards) - shown, ctx.links))


def render_json(ctx: DigestContext, shown: int | None = None) -> str:
    """The digest as JSON, schema ``ldn-watch/digest/2``: the context's fields, times in UTC.

    Unbounded: ``studies`` lists every study the digest carries (the HTML's "and N more"
    links here) and ``rest`` is empty; ``more.count`` says how many of the last ones the
    HTML page does not show in full (``shown`` is how many it does).
    """
    body = {"schema": JSON_SCHEMA, **_jsonable(asdict(unbounded(ctx, shown)))}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def fit(
    ctx: DigestContext,
    render: Callable[[DigestContext], str],
    budget: int,
    measure: Callable[[str], int] = lambda body: len(body.encode("utf-8")),
) -> tuple[DigestContext, str]:
    """The context with as many cards in full as fit ``budget`` (``measure`` of the render).

    Cards leave from the end (the least relevant) into "and N more". Cards are of similar
    size, so an estimate from the empty digest lands close and a few renders settle it.
    """
    body = render(ctx)
    size = measure(body)
    if size <= budget or not ctx.studies:
        return ctx, body
    empty = limit_cards(ctx, 0)
    base = measure(render(empty))
    per_card = max(1.0, (size - base) / len(ctx.studies))
    shown = min(len(ctx.studies) - 1, int((budget - base) / per_card))
    while shown > 0:
        trial = limit_cards(ctx, shown)
        body = render(trial)
        if measure(body) <= budget:
            return trial, body
        shown = min(shown - 1, int(shown * 0.9))
    return empty, render(empty)


def page(ctx: DigestContext, env: jinja2.Environment) -> tuple[DigestContext, str]:
    """The HTML digest within ``HTML_BUDGET`` and the context it shows."""
    return fit(ctx, lambda c: render_html(c, env), HTML_BUDGET)
