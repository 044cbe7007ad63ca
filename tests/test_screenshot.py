"""The HTML digest as a browser draws it: headless Chromium at a phone's 390 px and a
desktop's 1280 px, with the gaps open and with gaps addressed.

Chromium is driven over its DevTools protocol (tests/chromium.py): the viewport is set
like a phone's (390 x 844 CSS px, mobile), and the browser's own layout says where the
verdict chips are — they must sit inside the first screen, with nothing wider than the
screen. Screenshots of the first screen and of the whole page are kept in
``$LDN_WATCH_SCREENSHOTS`` (default /tmp/ldn-digest-screens) for a human to look at.

CI installs Chromium (Debian package, /usr/bin/chromium); without it these tests skip.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from chromium import CHROMIUM, browser

from ldn_watch.digest.render import make_environment, render_html
from ldn_watch.digest.sample import sample_context

SHOTS = Path(os.environ.get("LDN_WATCH_SCREENSHOTS", "/tmp/ldn-digest-screens"))
VIEWPORTS = {390: 844, 1280: 800}  # width -> height of the first screen (CSS px)
LAYOUT = """JSON.stringify({
  width: innerWidth,
  height: innerHeight,
  scrollWidth: document.documentElement.scrollWidth,
  headline: (r => [r.top, r.bottom])(document.querySelector('#verdict h1').getBoundingClientRect()),
  chips: [...document.querySelectorAll('.verdict-chip')].map(c => {
    const r = c.getBoundingClientRect();
    return {gap: c.dataset.gap, status: c.dataset.status, top: r.top, bottom: r.bottom,
            left: r.left, right: r.right, visible: getComputedStyle(c).visibility};
  })
})"""

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)


def png_facts(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the decoded pixel data."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["open", "addressed"])
@pytest.mark.parametrize("width", sorted(VIEWPORTS))
def test_verdict_chips_are_above_the_fold(tmp_path: Path, scenario: str, width: int) -> None:
    import json

    page = tmp_path / "digest.html"
    ctx = sample_context(scenario)
    page.write_text(render_html(ctx, make_environment(None)), encoding="utf-8")
    height = VIEWPORTS[width]
    SHOTS.mkdir(parents=True, exist_ok=True)
    fold = SHOTS / f"digest-{scenario}-{width}.png"
    whole = SHOTS / f"digest-{scenario}-{width}-full.png"
    with browser(tmp_path / "profile") as chrome:
        chrome.open(page.as_uri(), width, height, mobile=width < 600)
        layout = json.loads(chrome.evaluate(LAYOUT))
        chrome.screenshot(fold, full_page=False)
        chrome.screenshot(whole, full_page=True)

    assert (layout["width"], layout["height"]) == (width, height)
    assert layout["scrollWidth"] <= width, "the page is wider than the screen"
    chips = layout["chips"]
    assert [(c["gap"], c["status"]) for c in chips] == [(g.id, g.status) for g in ctx.gaps]
    for chip in chips:
        assert chip["visible"] == "visible"
        assert 0 <= chip["top"] < chip["bottom"] <= height, f"{chip['gap']} below the fold"
        assert 0 <= chip["left"] < chip["right"] <= width, f"{chip['gap']} off the side"
    assert layout["headline"][1] <= chips[0]["top"]  # "N of 3 gaps closed" above the chips

    shot_width, shot_height, distinct = png_facts(fold)
    assert (shot_width, shot_height) == (width, height)
    assert distinct > 100  # text, chips and colours, not a flat or error page
    assert png_facts(whole)[1] > height  # the whole digest is longer than one screen
