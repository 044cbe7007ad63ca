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

from ldn_watch.config import packaged_wording
from ldn_watch.digest import archive, context
from ldn_watch.digest.context import DigestContext, StudyInput, build_context, subject_line
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
from ldn_watch.model import Assessment, Facts, InStudy, Record, StoredRecord
from ldn_watch.studies import Member, judge_study

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("LDN_WATCH_REGEN_GOLDEN") == "1"
GAP_IDS = ("larger-trials", "serotonergic-combination", "dose-finding")
HOSTILE_TITLE = 'LDN <script>alert("x")</script> & SSRIs: a "pilot" <b>trial</b>'

# Every dataclass a template may see, with the templates that see it at top level.
VIEW_CLASSES = [
    context.DigestContext,
    context.Watch,
    context.Verdict,
    context.Counts,
    context.GapView,
    context.GapStudy,
    context.StudyCard,
    context.GapVerdict,
    context.RecordView,
    context.LinkView,
    context.StudyRef,
    context.MoreStudies,
    context.Links,
    context.OffTopicSummary,
    context.ReasonCount,
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


def single(
    pmid: str, title: str, facts: Facts | None, gaps: dict | None = None, **record: object
) -> StudyInput:
    """A one-record study, judged by the real rules of ``studies``."""
    when = datetime(2026, 11, 20, tzinfo=UTC)
    article = Record("pubmed", pmid, title, journal="J Test & Trials", year=2026, **record)  # type: ignore[arg-type]
    member = Member(article, facts, gaps or {g: "no" for g in GAP_IDS}, {})
    study, [v] = judge_study(article.key, [member], GAP_IDS)
    assessment = Assessment(pmid, facts, dict(member.gaps), "t") if facts else None
    in_study = InStudy(v.study, v.role, v.on_topic, v.retracted, v.gaps, v.reasons)
    return StudyInput(
        study, [StoredRecord(article, assessment, when, when, in_study)], {article.key}
    )


def minimal_context(**changes: object) -> DigestContext:
    return build_context(**(sample_inputs() | changes))


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
    assert ctx.counts == context.Counts(
        new_on_topic=3, updated=2, off_topic=4, retracted=1, records=14
    )
    # The study that moved two gaps first, then the one on a gap, then the trial in the
    # watched population, then the rest (the retracted case series before the review).
    assert [c.id for c in ctx.studies] == [
        "ctgov:NCT09000001",
        "ctgov:NCT09000002",
        "pubmed:99000007",
        "pubmed:99000005",
        "pubmed:99000003",
    ]
    assert [c.relevance for c in ctx.studies] == [
        "changes_gap",
        "on_gap",
        "trial",
        "other",
        "other",
    ]
    assert [r.id for r in ctx.retractions] == ["pubmed:99000005"]
    assert [g.changed for g in ctx.gaps] == [False, True, True]
    assert ctx.off_topic_summary.reasons[0] == context.ReasonCount("naltrexone-bupropion", 2)


def test_verdict_comes_with_what_changed() -> None:
    verdict = sample_context().verdict
    assert verdict.headline == "2 of 3 gaps closed"
    assert verdict.line == "2 of 3 gaps closed · Larger trials: in progress"
    assert verdict.changes == [
        "Serotonergic combination closed (was open): NCT09000001.",
        "Dose-finding closed (was in progress): NCT09000001.",
    ]
    reopened = sample_context("open").verdict
    assert reopened.headline == "0 of 3 gaps closed"
    assert reopened.changes == ["Larger trials reopened (was addressed): PMID 99000020 retracted."]


def test_a_study_card_lists_its_records_with_roles_and_links() -> None:
    card = {c.id: c for c in sample_context().studies}["ctgov:NCT09000001"]
    assert card.state == "updated"
    assert card.design == "Randomized controlled trial"
    assert card.doses == "1.5, 3, 4.5 mg/day"
    assert card.co_medication == "escitalopram, sertraline (serotonergic)"
    assert [(g.id, g.value) for g in card.gaps] == [
        ("serotonergic-combination", "addressed"),
        ("dose-finding", "addressed"),
    ]
    assert [(g.id, g.reason) for g in card.near_misses] == [("larger-trials", "n 36 < 50")]
    assert [(r.role_label, r.label, r.is_new) for r in card.records] == [
        ("Journal article", "PMID 99000001", True),
        ("Registration", "NCT09000001", False),
        ("Preprint", "PPR99000001", False),
    ]
    article, registration, preprint = card.records
    assert article.authors == "Example A, Sample B, Placeholder C, et al."
    assert {link.label: link.url for link in article.links} == {
        "DOI": "https://doi.org/10.5555/ldn.sample.2",
        "PubMed": "https://pubmed.ncbi.nlm.nih.gov/99000001/",
        "Free full text (PMC)": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9900001/",
        "NCT09000001": "https://clinicaltrials.gov/study/NCT09000001",
    }
    assert registration.registry_status == "Completed"
    assert not preprint.peer_reviewed and article.peer_reviewed
    assert card.changes == [
        "new journal article: PMID 99000001",
        "NCT09000001: registry status recruiting → completed",
        "PPR99000001: journal version linked",
    ]


def test_flags_and_near_misses() -> None:
    cards = {c.id: c for c in sample_context().studies}
    assert cards["pubmed:99000007"].flags == ["corrected"]
    assert [g.reason for g in cards["pubmed:99000007"].near_misses] == [
        "n 37 < 50",
        "no antidepressant taken with it",
        "one dose (4.5 mg)",
    ]
    retracted = cards["pubmed:99000005"]
    assert retracted.retracted and retracted.retracted_on == "2026-11-20"  # the notice's date
    assert retracted.near_misses == []  # a retracted study's "why not" is the retraction


def test_gap_board_shows_studies_not_in_this_digest() -> None:
    dose = {g.id: g for g in sample_context().gaps}["dose-finding"]
    older = {s.id: s for s in dose.studies}["pubmed:99000004"]
    assert (older.design, older.n, older.is_new, older.anchor) == (
        "Non-randomized trial",
        38,
        False,
        None,
    )
    shown = {s.id: s for s in dose.studies}["ctgov:NCT09000001"]
    assert shown.anchor == "study-ctgov-NCT09000001"


def test_unknown_study_behind_a_gap_is_shown_by_its_id() -> None:
    inputs = sample_inputs()
    inputs["gaps"][0].studies_in_progress.append("ctgov:NCT09999999")
    ctx = build_context(**inputs)
    study = ctx.gaps[0].studies[-1]
    assert (study.label, study.title, study.design) == ("NCT09999999", None, None)
    assert study.url == "https://clinicaltrials.gov/study/NCT09999999"


def test_one_card_per_study_even_if_handed_twice() -> None:
    inputs = sample_inputs()
    inputs["studies"] = [*inputs["studies"], inputs["studies"][0]]
    ctx = build_context(**inputs)
    ids = [c.id for c in ctx.studies]
    assert len(ids) == len(set(ids)) == 5


def test_max_items_bounds_the_cards_and_counts_the_rest() -> None:
    ctx = sample_context(max_items=2)
    assert [c.id for c in ctx.studies] == ["ctgov:NCT09000001", "ctgov:NCT09000002"]
    assert ctx.more.count == 3 and len(ctx.rest) == 3
    assert ctx.more.url == "digest-2026-11-30T070000Z.json"
    data = json.loads(render_json(ctx))
    assert len(data["studies"]) == 5 and data["rest"] == []
    assert data["more"]["count"] == 3  # the last three are not on the HTML page
    public = sample_context(max_items=2, base_url="https://example.org/ldn/")
    assert public.more.url == "https://example.org/ldn/digest-2026-11-30T070000Z.json"


def test_off_topic_is_counts_only() -> None:
    summary = sample_context().off_topic_summary
    assert summary.count == 4
    assert [dataclasses.asdict(r) for r in summary.reasons] == [
        {"reason": "naltrexone-bupropion", "count": 2},
        {"reason": "samidorphan, not naltrexone", "count": 1},
        {"reason": "standard-dose naltrexone", "count": 1},
    ]
    assert {f.name for f in dataclasses.fields(summary)} == {"count", "reasons"}


@pytest.mark.parametrize(
    ("new", "previous", "expected"),
    [
        ([], {}, "ldn-watch: 0 of 3 gaps closed; no new studies"),
        (["one"], {}, "ldn-watch: 0 of 3 gaps closed; 1 new LDN–depression study"),
    ],
)
def test_subject_line(new: list[str], previous: dict, expected: str) -> None:
    items = [single(str(i), t, Facts(on_topic=True)) for i, t in enumerate(new)]
    inputs = sample_inputs("open") | {"studies": items, "previous_status": previous}
    ctx = build_context(**inputs)
    assert ctx.subject == expected == subject_line(ctx)


def test_subject_names_gaps_that_moved() -> None:
    assert sample_context().subject == (
        "ldn-watch: 1 retraction; 2 of 3 gaps closed; 3 new LDN–depression studies; "
        "serotonergic-combination, dose-finding closed"
    )
    assert sample_context("open").subject.endswith("larger-trials reopened")


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        minimal_context(now=datetime(2026, 1, 1))


def test_the_watch_comes_from_the_config() -> None:
    wording = packaged_wording()
    other = dataclasses.replace(
        wording,
        name="drug X in condition Y",
        topic="X–Y",
        reference=dataclasses.replace(wording.reference, citation="Someone 2020", pmid=None),
    )
    ctx = sample_context(wording=other)
    assert ctx.watch.name == "drug X in condition Y"
    assert "new X–Y studies" in ctx.subject
    assert ctx.reference.url is None
    html = render_html(ctx, make_environment(None))
    assert "drug X in condition Y" in html and "Someone 2020" in html
    assert "27736689" not in html


# --- HTML ----------------------------------------------------------------------------


def test_html_is_well_formed_and_email_safe(env: jinja2.Environment) -> None:
    html = render_html(sample_context(), env)
    parser = parse(html)
    assert "script" not in parser.tags
    assert "max-width:600px" in html
    assert '<meta name="color-scheme" content="light">' in html
    text = " ".join(" ".join(parser.text).split())
    assert "1 retracted study" in text
    assert (
        "4 off-topic records: naltrexone-bupropion (2), samidorphan, not naltrexone (1), "
        "standard-dose naltrexone (1)." in text
    )
    assert "off-label and experimental" in text
    assert "12 patients" in text
    assert "n 36 < 50" in text and "not peer-reviewed" in text.lower()


def test_html_leads_with_the_verdict(env: jinja2.Environment) -> None:
    html = render_html(sample_context(), env)
    verdict = html.index('id="verdict"')
    chips = [m.start() for m in re.finditer('class="verdict-chip"', html)]
    assert len(chips) == 3 and all(verdict < c for c in chips)
    assert html.index("2 of 3 gaps closed") < html.index("The gaps left by")
    assert html.index("Dose-finding closed (was in progress)") < html.index(
        "Studies in this digest"
    )
    assert html.index('class="verdict-chip"') < html.index("</strong> new studies")  # counts last
    assert 'data-gap="larger-trials" data-status="in_progress"' in html


def test_text_leads_with_the_verdict(env: jinja2.Environment) -> None:
    text = render_text(sample_context("open"), env)
    head = text.split("THE GAPS LEFT BY")[0]
    assert "0 OF 3 GAPS CLOSED" in head
    assert "[OPEN] Larger trials" in head
    assert "Larger trials reopened (was addressed): PMID 99000020 retracted." in head
    assert head.index("GAPS CLOSED") < head.index("1 new study")


def test_cards_link_to_every_record(env: jinja2.Environment) -> None:
    html = render_html(sample_context(), env)
    for url in (
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC9900001/",
        "https://doi.org/10.5555/ldn.sample.2",
        "https://clinicaltrials.gov/study/NCT09000001",
        "https://europepmc.org/article/PPR/PPR99000001",
        "https://pubmed.ncbi.nlm.nih.gov/99000008/",
    ):
        assert f'href="{url}"' in html, url
    assert 'id="study-ctgov-NCT09000001"' in html
    assert 'href="#study-ctgov-NCT09000001"' in html  # the board links to the card


def test_hostile_title_stays_text_in_html(env: jinja2.Environment) -> None:
    item = single("42", HOSTILE_TITLE, Facts(on_topic=True, design="rct", conclusion="A & B"))
    html = render_html(minimal_context(studies=[item]), env)
    parser = parse(html)
    assert "<script>" not in html
    assert "script" not in parser.tags
    assert HOSTILE_TITLE in "".join(parser.text)
    assert "&amp; SSRIs" in html


def test_hostile_title_is_verbatim_in_text_and_json(env: jinja2.Environment) -> None:
    ctx = minimal_context(studies=[single("42", HOSTILE_TITLE, Facts(on_topic=True, design="rct"))])
    assert 'LDN <script>alert("x")</script> & SSRIs' in " ".join(render_text(ctx, env).split())
    titles = [c["title"] for c in json.loads(render_json(ctx))["studies"]]
    assert HOSTILE_TITLE in titles


def test_first_digest_without_period(env: jinja2.Environment) -> None:
    ctx = minimal_context(period_start=None, period_end=None)
    assert "everything so far, 30 Nov 2026" in render_html(ctx, env)
    assert "EVERYTHING SO FAR, 30 NOV 2026" in " ".join(render_text(ctx, env).split())


def test_empty_digest_says_so(env: jinja2.Environment) -> None:
    ctx = minimal_context(studies=[], off_topic=[])
    html = render_html(ctx, env)
    parse(html)
    assert "No new or changed studies in this period." in html
    assert "Set aside" not in html and "retracted" not in html.lower()


def test_and_n_more_points_at_the_json(env: jinja2.Environment) -> None:
    html = render_html(sample_context(max_items=1), env)
    assert "And 4 more studies" in html
    assert 'href="digest-2026-11-30T070000Z.json"' in html
    public = sample_context(max_items=1, base_url="https://example.org/ldn/")
    html = render_html(public, env)
    assert 'href="https://example.org/ldn/digest-2026-11-30T070000Z.json"' in html
    text = render_text(public, env)
    assert "https://example.org/ldn/digest-2026-11-30T070000Z.json" in text


# --- text ----------------------------------------------------------------------------


def test_text_digest_matches_golden(env: jinja2.Environment) -> None:
    check_golden("digest.txt", normalise(render_text(sample_context(), env)))


def test_open_text_digest_matches_golden(env: jinja2.Environment) -> None:
    check_golden("digest-open.txt", normalise(render_text(sample_context("open"), env)))


def test_html_digest_matches_golden(env: jinja2.Environment) -> None:
    check_golden("digest.html", normalise(render_html(sample_context(), env)))


def test_text_digest_fits_72_columns(env: jinja2.Environment) -> None:
    inputs = sample_inputs()
    long_title = "word " * 40 + "https://example.org/" + "x" * 80
    inputs["studies"].append(single("7", long_title, None))
    text = render_text(build_context(**inputs), env)
    long = [line for line in text.splitlines() if len(line) > 72 and "://" not in line]
    assert long == []
    assert "4.5\nmg/day" not in text and "4.5 mg/day" in text


# --- JSON ----------------------------------------------------------------------------


def test_json_schema_and_round_trip() -> None:
    ctx = sample_context()
    data = json.loads(render_json(ctx))
    assert list(data)[:3] == ["schema", "generated_at", "period_start"]
    assert data["schema"] == "ldn-watch/digest/2"
    assert data["generated_at"] == "2026-11-30T07:00:00Z"
    assert set(data) == {"schema"} | {f.name for f in dataclasses.fields(ctx)}
    assert data["gaps"][2]["studies"][0]["id"] == "ctgov:NCT09000001"
    assert data["studies"][0]["records"][0]["key"] == "pubmed:99000001"


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


MACROS = {"badge", "alert_badge", "soft_badge", "study_line", "fact", "study_card"}
MACROS |= {"section_title", "chip", "record_row", "card"}


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
        .replace("{{ c.title }}</a>", "[{{ c.title }}]</a>")
    )
    item = single("42", HOSTILE_TITLE, Facts(on_topic=True, design="rct"))
    html = render_html(minimal_context(studies=[item]), make_environment(tmp_path))
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
        env,
        "index.html.j2",
        archive.IndexContext(when, [entry], "latest.html", "feed.atom", "x", "drug X"),
    )
    parser = parse(page)
    assert "script" not in parser.tags
    assert HOSTILE_TITLE in "".join(parser.text)
    assert '<a href="d.json"' in page and 'href="None"' not in page


# --- the JSON digest's schema ----------------------------------------------------------

DIGEST_SCHEMA = json.loads(
    (Path(context.__file__).parent.parent / "schemas" / "digest-2.schema.json").read_text()
)


@pytest.mark.parametrize("scenario", ["addressed", "open"])
def test_json_digest_validates_against_schema_2(scenario: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(render_json(sample_context(scenario, max_items=2)))
    jsonschema.validate(data, DIGEST_SCHEMA)


def test_schema_2_names_every_field_of_every_view() -> None:
    defs = DIGEST_SCHEMA["$defs"]
    assert set(DIGEST_SCHEMA["properties"]) == {"schema"} | {
        f.name for f in dataclasses.fields(DigestContext)
    }
    for cls in VIEW_CLASSES:
        if cls in (DigestContext, archive.IndexContext, archive.IndexEntry):
            continue
        assert set(defs[cls.__name__]["properties"]) == {f.name for f in dataclasses.fields(cls)}
