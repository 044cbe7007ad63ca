"""The Atom feed and the digest folder (digests, latest.html, index.html, feed.atom)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ldn_watch.digest import archive
from ldn_watch.digest.archive import write_archive
from ldn_watch.digest.feed import ATOM_NS, FeedEntry, entry_id, render_atom
from ldn_watch.digest.render import make_environment
from ldn_watch.digest.sample import SAMPLE_NOW, sample_context
from ldn_watch.errors import ConfigError, DeliveryError

A = f"{{{ATOM_NS}}}"
NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


def entry(days_ago: int, title: str = "ldn-watch: no new studies") -> FeedEntry:
    when = NOW - timedelta(days=days_ago)
    return FeedEntry(
        id=entry_id(when),
        title=title,
        updated=when,
        link=f"https://example.org/ldn/digest-{days_ago}.html",
        summary="0 new on topic, 0 updated, 0 off topic.",
    )


def feed_xml(entries: list[FeedEntry]) -> ET.Element:
    text = render_atom(entries, feed_url="https://example.org/ldn/feed.atom", now=NOW)
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
    return ET.fromstring(text)


# --- feed ----------------------------------------------------------------------------


def test_feed_has_the_elements_atom_requires() -> None:
    root = feed_xml([entry(7), entry(0)])
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{A}{tag}") is not None, tag
    assert root.findtext(f"{A}id") == "https://example.org/ldn/feed.atom"
    self_link = root.find(f"{A}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == "https://example.org/ldn/feed.atom"
    assert root.findtext(f"{A}updated") == "2026-11-30T07:00:00Z"  # newest entry, not "now"


def test_entries_newest_first_with_id_title_updated_link_summary() -> None:
    root = feed_xml([entry(7), entry(0)])
    entries = root.findall(f"{A}entry")
    assert [e.findtext(f"{A}updated") for e in entries] == [
        "2026-11-30T07:00:00Z",
        "2026-11-23T07:00:00Z",
    ]
    first = entries[0]
    assert first.findtext(f"{A}id") == "tag:ldn-watch,2017:digest-2026-11-30T070000Z"
    assert first.findtext(f"{A}title") == "ldn-watch: no new studies"
    link = first.find(f"{A}link")
    assert link is not None and link.get("rel") == "alternate"
    assert link.get("href") == "https://example.org/ldn/digest-0.html"
    assert link.get("type") == "text/html"
    assert first.findtext(f"{A}summary") == "0 new on topic, 0 updated, 0 off topic."


def test_titles_with_markup_stay_text() -> None:
    title = 'LDN <script>x</script> & "SSRIs"'
    root = feed_xml([entry(0, title)])
    assert root.findtext(f"{A}entry/{A}title") == title


def test_empty_feed_uses_now() -> None:
    root = feed_xml([])
    assert root.findtext(f"{A}updated") == "2026-11-30T07:00:00Z"
    assert root.findall(f"{A}entry") == []


def test_feed_without_url_has_a_tag_id_and_no_self_link() -> None:
    root = ET.fromstring(render_atom([entry(0)], feed_url=None, now=NOW))
    assert root.findtext(f"{A}id") == "tag:ldn-watch,2017:feed"
    assert root.find(f"{A}link[@rel='self']") is None


def test_feed_rejects_relative_url_and_naive_times() -> None:
    with pytest.raises(ValueError, match="absolute"):
        render_atom([], feed_url="feed.atom", now=NOW)
    with pytest.raises(ValueError, match="timezone"):
        render_atom([replace(entry(0), updated=datetime(2026, 1, 1))], feed_url="x:y", now=NOW)


# --- archive -------------------------------------------------------------------------


def test_archive_writes_every_format_and_the_folder_files(tmp_path: Path) -> None:
    ctx = sample_context()
    result = write_archive(tmp_path, ctx, make_environment(None), ["html", "text", "json"])
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "digest-2026-11-30T070000Z.html",
        "digest-2026-11-30T070000Z.json",
        "digest-2026-11-30T070000Z.txt",
        "feed.atom",
        "index.html",
        "latest.html",
    ]
    assert set(result.digests) == {"html", "text", "json"}
    assert sorted(p.name for p in result.paths) == names
    assert result.latest is not None
    assert result.latest.read_text() == result.digests["html"].read_text()


def entries_of(root: ET.Element, category: str) -> list[ET.Element]:
    return [
        e
        for e in root.findall(f"{A}entry")
        if e.find(f"{A}category") is not None and e.find(f"{A}category").get("term") == category  # type: ignore[union-attr]
    ]


def test_index_and_feed_list_every_digest_newest_first(tmp_path: Path) -> None:
    env = make_environment(None)
    older = replace(sample_context(), generated_at=SAMPLE_NOW - timedelta(days=7), subject="old")
    write_archive(tmp_path, older, env, ["html", "json"])
    result = write_archive(tmp_path, sample_context(), env, ["html", "json"])

    index = result.index.read_text()
    assert index.index("digest-2026-11-30T070000Z.html") < index.index(
        "digest-2026-11-23T070000Z.html"
    )
    assert ">old</a>" in index
    root = ET.parse(result.feed).getroot()
    titles = [e.findtext(f"{A}title") for e in entries_of(root, "digest")]
    assert titles == [sample_context().subject, "old"]
    links = [e.find(f"{A}link").get("href") for e in entries_of(root, "digest")]  # type: ignore[union-attr]
    assert links[0] == "digest-2026-11-30T070000Z.html"  # relative to the feed: no file:// URL
    assert root.find(f"{A}link[@rel='self']") is None
    assert root.findtext(f"{A}id") == "tag:ldn-watch,2017:feed"
    assert "2 of 3 gaps closed" in (result.latest or tmp_path).read_text()  # newest is latest


def test_one_feed_entry_per_study_with_stable_ids(tmp_path: Path) -> None:
    env = make_environment(None)
    first = write_archive(tmp_path, sample_context(), env, ["html", "json"])
    root = ET.parse(first.feed).getroot()
    studies = entries_of(root, "study")
    ids = [e.findtext(f"{A}id") for e in studies]
    assert len(ids) == len(set(ids)) == 5
    assert "tag:ldn-watch,2017:study/ctgov:NCT09000001" in ids
    card = next(e for e in studies if e.findtext(f"{A}id", "").endswith("NCT09000001"))
    assert card.find(f"{A}link[@rel='alternate']").get("href") == (  # type: ignore[union-attr]
        "digest-2026-11-30T070000Z.html#study-ctgov-NCT09000001"
    )
    related = {link.get("href") for link in card.findall(f"{A}link[@rel='related']")}
    assert "https://clinicaltrials.gov/study/NCT09000001" in related
    assert "n 36 < 50" in (card.findtext(f"{A}summary") or "")

    # A week later the same studies go out again (changed): same ids, newer updated.
    later = replace(sample_context(), generated_at=SAMPLE_NOW + timedelta(days=7))
    second = write_archive(tmp_path, later, env, ["html", "json"])
    again = entries_of(ET.parse(second.feed).getroot(), "study")
    assert sorted(e.findtext(f"{A}id") for e in again) == sorted(ids)  # once each
    assert {e.findtext(f"{A}updated") for e in again} == {"2026-12-07T07:00:00Z"}
    assert len(entries_of(ET.parse(second.feed).getroot(), "digest")) == 2


def test_a_study_not_shown_in_full_links_to_the_json(tmp_path: Path) -> None:
    env = make_environment(None)
    result = write_archive(tmp_path, sample_context(max_items=2), env, ["html", "json"])
    links = {
        e.findtext(f"{A}id"): e.find(f"{A}link[@rel='alternate']").get("href")  # type: ignore[union-attr]
        for e in entries_of(ET.parse(result.feed).getroot(), "study")
    }
    assert len(links) == 5
    assert links["tag:ldn-watch,2017:study/ctgov:NCT09000002"] == (
        "digest-2026-11-30T070000Z.html#study-ctgov-NCT09000002"
    )
    assert links["tag:ldn-watch,2017:study/pubmed:99000003"] == "digest-2026-11-30T070000Z.json"


def test_feedparser_reads_the_feed(tmp_path: Path) -> None:
    feedparser = pytest.importorskip("feedparser")
    env = make_environment(None)
    result = write_archive(tmp_path, sample_context(), env, ["html", "json"])
    parsed = feedparser.parse(result.feed.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    links = [e.link for e in parsed.entries]
    assert links and not any(link.startswith("file:") for link in links)
    public = tmp_path / "public"
    result = write_archive(
        public, sample_context(), env, ["html", "json"], base_url="https://example.org/ldn/"
    )
    parsed = feedparser.parse(result.feed.read_bytes())
    assert not parsed.bozo
    assert parsed.feed.link == "https://example.org/ldn/feed.atom"
    assert all(e.link.startswith("https://example.org/ldn/digest-") for e in parsed.entries)
    assert len({e.id for e in parsed.entries}) == len(parsed.entries) == 6


def test_html_only_archive_reads_subject_back_from_the_page(tmp_path: Path) -> None:
    result = write_archive(tmp_path, sample_context(), make_environment(None), ["html"])
    [found] = archive.scan(tmp_path)
    assert found.subject == sample_context().subject
    assert found.summary == sample_context().summary
    assert (found.text, found.json) == (None, None)
    assert result.digests["html"].name == found.html


def test_text_only_archive_has_no_latest_html(tmp_path: Path) -> None:
    result = write_archive(tmp_path, sample_context(), make_environment(None), ["text"])
    assert result.latest is None
    assert not (tmp_path / "latest.html").exists()
    root = ET.parse(result.feed).getroot()
    link = root.find(f"{A}entry/{A}link")
    assert link is not None and link.get("href", "").endswith(".txt")
    assert link.get("type") is None


def test_unknown_format_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown pdf"):
        write_archive(tmp_path, sample_context(), make_environment(None), ["html", "pdf"])


def test_unwritable_folder_is_one_delivery_error_line(tmp_path: Path) -> None:
    blocker = tmp_path / "digests"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DeliveryError) as caught:
        write_archive(blocker, sample_context(), make_environment(None), ["html"])
    message = str(caught.value)
    assert message.startswith(f"cannot write the digest to {blocker}")
    assert "\n" not in message and "out_dir" in message


def test_a_crash_mid_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = make_environment(None)
    write_archive(tmp_path, sample_context(), env, ["html"])
    before = (tmp_path / "latest.html").read_text()

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device", dst)

    monkeypatch.setattr(os, "replace", crash)
    later = replace(sample_context(), generated_at=SAMPLE_NOW + timedelta(days=7), subject="new")
    with pytest.raises(DeliveryError, match="No space left on device"):
        write_archive(tmp_path, later, env, ["html"])
    assert (tmp_path / "latest.html").read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_atomic_write_makes_readable_files(tmp_path: Path) -> None:
    target = tmp_path / "x.html"
    archive.atomic_write(target, "ü")
    assert target.read_text(encoding="utf-8") == "ü"
    assert target.stat().st_mode & 0o777 == 0o644
