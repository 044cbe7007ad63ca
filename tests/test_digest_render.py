"""Digest context and rendering: HTML well-formed and escaped, text golden, JSON stable,
templates limited to the documented context, user templates override packaged ones."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import jinja2.meta
import jinja2.nodes
import pytest

from ldn_watch.digest import archive, context
from ldn_watch.digest.context import DigestContext, build_context, subject_line
from ldn_watch.digest.render import (
    make_environment,
    packaged_template_dir,
    render_html,
    render_json,
    render_template,
    render_text,
)
from ldn_watch.digest.sample import sample_context, sample_inputs
from ldn_watch.errors import ConfigError
from ldn_watch.model import Article, Assessment, Facts, StoredArticle

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("LDN_WATCH_REGEN_GOLDEN") == "1"
HOSTILE_TITLE = 'LDN <script>alert("x")</script> & SSRIs: a "pilot" <b>trial</b>'

# Every dataclass a template may see, with the templates that see it at top level.
VIEW_CLASSES = [
    context.DigestContext,
    context.Counts,
    context.GapView,
    context.StudyView,
    context.ArticleView,
    context.GapTouch,
    context.OffTopicSummary,
    context.ReasonCount,
    context.OffTopicItem,
    context.Reference,
    archive.IndexContext,
    archive.IndexEntry,
]
TOP_LEVEL = {
    "digest.html.j2": context.DigestContext,
    "digest.txt.j2": context.DigestContext,
    "index.html.j2": archive.IndexContext,
    "_macros.html.j2": None,  # macros take everything as arguments
}


@pytest.fixture
def env() -> jinja2.Environment:
    return make_environment(None)


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/<name>; LDN_WATCH_REGEN_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if REGEN:
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no golden file {path}; write it with LDN_WATCH_REGEN_GOLDEN=1 and review it")
    assert actual == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; rerun with LDN_WATCH_REGEN_GOLDEN=1 "
        "if the change is intended"
    )


def normalise(text: str) -> str:
    """Blank the volatile parts: generation time and timestamps in file names."""
    text = re.sub(r"Generated [^\n]*? UTC", "Generated <TIME>", text)
    return re.sub(r"\d{4}-\d\d-\d\dT\d{6}Z", "<STAMP>", text)


def stored(pmid: str, title: str, facts: Facts | None, gaps: dict | None = None) -> StoredArticle:
    when = datetime(2026, 11, 20, tzinfo=UTC)
    article = Article(pmid=pmid, title=title, journal="J Test & Trials", year=2026)
    assessment = Assessment(pmid, facts, gaps or {}, "t") if facts else None
    return StoredArticle(article, assessment, when, when)


def minimal_context(**changes: object) -> DigestContext:
    inputs = sample_inputs() | changes
    return build_context(**inputs)


class WellFormed(HTMLParser):
    """Fails on mismatched or unclosed tags; collects text for escaping checks."""

    VOID = frozenset({"meta", "br", "img", "hr", "link", "input", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> WellFormed:
    parser = WellFormed()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


# --- context -------------------------------------------------------------------------


def test_sample_context_counts_and_order() -> None:
    ctx = sample_context()
    assert ctx.counts == context.Counts(new_on_topic=3, updated=2, off_topic=3, retracted=1)
    # Gap-touching on-topic studies before the review that touches none.
    assert [a.pmid for a in ctx.new_articles] == ["99000001", "99000002", "99000003"]
    assert [a.pmid for a in ctx.retractions] == ["99000005"]
    assert [g.changed for g in ctx.gaps] == [False, True, True]
    assert ctx.off_topic_summary.reasons[0] == context.ReasonCount("naltrexone-bupropion", 1)


def test_article_view_words_the_facts() -> None:
    view = {a.pmid: a for a in sample_context().new_articles}["99000001"]
    assert view.design == "Randomized controlled trial"
    assert view.doses == "1.5, 3, 4.5 mg/day"
    assert view.co_medication == "escitalopram, sertraline (serotonergic)"
    assert [(g.id, g.value) for g in view.gaps] == [
        ("serotonergic-combination", "addressed"),
        ("dose-finding", "addressed"),
    ]


def test_gap_board_shows_evidence_not_handed_in_as_new() -> None:
    dose = {g.id: g for g in sample_context().gaps}["dose-finding"]
    older = {s.pmid: s for s in dose.studies}["99000004"]
    assert (older.design, older.n, older.is_new) == ("Non-randomized trial", 38, False)


def test_unknown_pmid_behind_a_gap_is_shown_by_number() -> None:
    inputs = sample_inputs()
    inputs["gaps"][0].in_progress_by.append("12345678")
    ctx = build_context(**inputs)
    study = ctx.gaps[0].studies[-1]
    assert (study.pmid, study.title, study.design) == ("12345678", None, None)


def test_unassessed_and_off_topic_articles_come_after_on_topic_ones() -> None:
    on = stored("1", "On topic", Facts(on_topic=True, design="rct"))
    raw = stored("2", "Not assessed yet", None)
    ctx = minimal_context(new=[raw, on])
    assert [a.pmid for a in ctx.new_articles] == ["1", "2"]
    assert ctx.new_articles[1].flags == ["not assessed yet"]
    assert ctx.counts.new_on_topic == 1


@pytest.mark.parametrize(
    ("new", "previous", "expected"),
    [
        ([], {}, "ldn-watch: no new studies"),
        (["one"], {}, "ldn-watch: 1 new LDN–depression study"),
        (
            ["one", "two"],
            {"dose-finding": "open"},
            "ldn-watch: 2 new LDN–depression studies; dose-finding now addressed",
        ),
    ],
)
def test_subject_line(new: list[str], previous: dict, expected: str) -> None:
    articles = [stored(str(i), t, Facts(on_topic=True)) for i, t in enumerate(new)]
    ctx = minimal_context(new=articles, updated=[], previous_status=previous)
    assert ctx.subject == expected == subject_line(ctx)


def test_retraction_leads_the_subject() -> None:
    assert sample_context().subject.startswith("ldn-watch: 1 retraction; 3 new")


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        minimal_context(now=datetime(2026, 1, 1))


# --- HTML ----------------------------------------------------------------------------


def test_html_is_well_formed_and_email_safe(env: jinja2.Environment) -> None:
    html = render_html(sample_context(), env)
    parser = parse(html)
    assert "script" not in parser.tags
    assert "max-width:600px" in html
    assert '<meta name="color-scheme" content="light">' in html
    assert "details" in parser.tags  # off-topic hits expandable
    text = " ".join(" ".join(parser.text).split())
    assert "1 retracted article" in text
    assert "3 off-topic hits: naltrexone-bupropion (1), samidorphan (1)" in text
    assert "off-label and experimental" in text
    assert "12 patients" in text


def test_hostile_title_stays_text_in_html(env: jinja2.Environment) -> None:
    article = stored("42", HOSTILE_TITLE, Facts(on_topic=True, design="rct", conclusion="A & B"))
    html = render_html(minimal_context(new=[article]), env)
    parser = parse(html)
    assert "<script>" not in html
    assert "script" not in parser.tags
    assert HOSTILE_TITLE in "".join(parser.text)
    assert "&amp; SSRIs" in html


def test_hostile_title_is_verbatim_in_text_and_json(env: jinja2.Environment) -> None:
    article = stored("42", HOSTILE_TITLE, Facts(on_topic=True, design="rct"))
    ctx = minimal_context(new=[article])
    assert 'LDN <script>alert("x")</script> & SSRIs' in render_text(ctx, env)
    titles = [a["title"] for a in json.loads(render_json(ctx))["new_articles"]]
    assert HOSTILE_TITLE in titles


def test_first_digest_without_period(env: jinja2.Environment) -> None:
    ctx = minimal_context(period_start=None, period_end=None)
    assert "Digest of everything so far, 30 Nov 2026" in render_html(ctx, env)
    assert "EVERYTHING SO FAR, 30 NOV 2026" in render_text(ctx, env)


def test_empty_digest_says_so(env: jinja2.Environment) -> None:
    ctx = minimal_context(new=[], updated=[], off_topic=[])
    html = render_html(ctx, env)
    parse(html)
    assert "No new studies in this period." in html
    assert "Updated since" not in html and "Set aside" not in html


# --- text ----------------------------------------------------------------------------


def test_text_digest_matches_golden(env: jinja2.Environment) -> None:
    check_golden("digest.txt", normalise(render_text(sample_context(), env)))


def test_text_digest_fits_72_columns(env: jinja2.Environment) -> None:
    inputs = sample_inputs()
    inputs["new"].append(stored("7", "word " * 40 + "https://example.org/" + "x" * 80, None))
    text = render_text(build_context(**inputs), env)
    long = [line for line in text.splitlines() if len(line) > 72 and "://" not in line]
    assert long == []
    assert "2\nmg/day" not in text and "2 mg/day" in text


# --- JSON ----------------------------------------------------------------------------


def test_json_schema_and_round_trip() -> None:
    ctx = sample_context()
    data = json.loads(render_json(ctx))
    assert list(data)[:3] == ["schema", "generated_at", "period_start"]
    assert data["schema"] == "ldn-watch/digest/1"
    assert data["generated_at"] == "2026-11-30T07:00:00Z"
    assert set(data) == {"schema"} | {f.name for f in dataclasses.fields(ctx)}
    assert data["gaps"][2]["studies"][0]["pmid"] == "99000001"


def test_json_matches_golden() -> None:
    check_golden("digest.json", render_json(sample_context()))


# --- templates use only the documented context ----------------------------------------


def _documented_fields(cls: type) -> set[str]:
    doc = cls.__doc__ or ""
    return {f.name for f in dataclasses.fields(cls) if re.search(rf"^\s+{f.name}:", doc, re.M)}


@pytest.mark.parametrize("cls", VIEW_CLASSES, ids=lambda c: c.__name__)
def test_every_context_field_is_documented(cls: type) -> None:
    missing = {f.name for f in dataclasses.fields(cls)} - _documented_fields(cls)
    assert missing == set(), f"{cls.__name__} fields without a line in its docstring"


MACROS = {"badge", "alert_badge", "soft_badge", "study_line", "fact", "article_card"}
MACROS |= {"section_title"}


def undocumented_names(source: str, top: type | None) -> set[str]:
    """Names a template uses that no context dataclass documents.

    Top-level names must be fields of ``top``; attributes (``gap.title``), constant
    subscripts (``g["title"]``) and ``map(attribute=...)`` must be fields of some view.
    """
    tree = make_environment(None).parse(source)
    documented = set().union(*(_documented_fields(c) for c in VIEW_CLASSES))
    allowed_top = _documented_fields(top) if top else set()
    bad = jinja2.meta.find_undeclared_variables(tree) - allowed_top
    used = {n.attr for n in tree.find_all(jinja2.nodes.Getattr) if not _is_loop(n.node)}
    used |= {
        n.arg.value
        for n in tree.find_all(jinja2.nodes.Getitem)
        if isinstance(n.arg, jinja2.nodes.Const) and isinstance(n.arg.value, str)
    }
    used |= {
        kw.value.value
        for f in tree.find_all(jinja2.nodes.Filter)
        for kw in f.kwargs
        if kw.key == "attribute" and isinstance(kw.value, jinja2.nodes.Const)
    }
    return bad | (used - documented - MACROS)


def _is_loop(node: jinja2.nodes.Node) -> bool:
    return isinstance(node, jinja2.nodes.Name) and node.name == "loop"


@pytest.mark.parametrize("name", sorted(TOP_LEVEL))
def test_templates_use_only_documented_fields(name: str) -> None:
    source = (packaged_template_dir() / name).read_text(encoding="utf-8")
    assert undocumented_names(source, TOP_LEVEL[name]) == set()


def test_undocumented_names_are_caught() -> None:
    source = (
        "{{ subject }}{{ secret }}{% for g in gaps %}{{ g.hidden }}{{ loop.index }}{% endfor %}"
        "{{ gaps | map(attribute='internal') | join }}{{ counts['private'] }}"
    )
    found = undocumented_names(source, context.DigestContext)
    assert found == {"secret", "hidden", "internal", "private"}


# --- user templates ------------------------------------------------------------------


def test_user_template_overrides_packaged_one(tmp_path: Path) -> None:
    (tmp_path / "digest.txt.j2").write_text("Custom: {{ subject }} <{{ counts.updated }}>\n")
    env = make_environment(tmp_path)
    ctx = sample_context()
    assert render_text(ctx, env) == f"Custom: {ctx.subject} <2>\n"
    assert render_html(ctx, env).startswith("<!DOCTYPE html>")  # not overridden: packaged


def test_user_partial_override_is_autoescaped(tmp_path: Path) -> None:
    (tmp_path / "_macros.html.j2").write_text(
        (packaged_template_dir() / "_macros.html.j2")
        .read_text()
        .replace("{{ a.title }}</a>", "[{{ a.title }}]</a>")
    )
    article = stored("42", HOSTILE_TITLE, Facts(on_topic=True, design="rct"))
    html = render_html(minimal_context(new=[article]), make_environment(tmp_path))
    assert "[LDN &lt;script&gt;" in html


def test_user_template_with_unknown_name_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "digest.txt.j2").write_text("{{ no_such_field }}\n")
    with pytest.raises(ConfigError, match=r"digest\.txt\.j2.*no_such_field"):
        render_text(sample_context(), make_environment(tmp_path))


def test_user_template_syntax_error_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "digest.txt.j2").write_text("ok\n{% if %}\n")
    with pytest.raises(ConfigError, match=r"digest\.txt\.j2 line 2"):
        render_text(sample_context(), make_environment(tmp_path))


def test_missing_user_template_dir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="template_dir"):
        make_environment(tmp_path / "nope")


def test_context_is_frozen() -> None:
    ctx = sample_context()
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.subject = "x"  # type: ignore[misc]
    assert replace(ctx, subject="x").subject == "x"


def test_index_page_is_well_formed_and_escaped(env: jinja2.Environment) -> None:
    when = datetime(2026, 11, 30, 7, tzinfo=UTC)
    entry = archive.IndexEntry(when, HOSTILE_TITLE, "a & b", "d.html", None, "d.json")
    page = render_template(
        env, "index.html.j2", archive.IndexContext(when, [entry], "latest.html", "feed.atom", "x")
    )
    parser = parse(page)
    assert "script" not in parser.tags
    assert HOSTILE_TITLE in "".join(parser.text)
    assert '<a href="d.json"' in page and 'href="None"' not in page
