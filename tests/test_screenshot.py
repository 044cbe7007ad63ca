"""The HTML digest as a browser draws it: headless Chromium at phone-ish and desktop widths.

CI installs Chromium (Debian package, /usr/bin/chromium); without it this test skips. The
600 px shot is copied to /tmp/ldn-digest-600.png so a human can look at it.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from ldn_watch.digest.render import make_environment, render_html
from ldn_watch.digest.sample import sample_context

CHROMIUM = Path("/usr/bin/chromium")
PREVIEW = Path("/tmp/ldn-digest-600.png")

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


def screenshot(html: Path, out: Path, width: int, height: int, profile: Path) -> None:
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--screenshot={out}",
            f"--window-size={width},{height}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,  # a hung browser fails the test instead of the CI job
    )


@pytest.mark.slow
@pytest.mark.parametrize("width", [600, 1200])
def test_digest_renders_in_a_browser(tmp_path: Path, width: int) -> None:
    page = tmp_path / "digest.html"
    page.write_text(render_html(sample_context(), make_environment(None)), encoding="utf-8")
    shot = tmp_path / f"digest-{width}.png"
    screenshot(page, shot, width, 2400, tmp_path / "profile")

    got_width, got_height, distinct = png_facts(shot)
    assert (got_width, got_height) == (width, 2400)
    assert shot.stat().st_size > 30_000  # a blank or error page compresses to a few KB
    assert distinct > 100  # text, badges and colours, not a flat page
    if width == 600:
        shutil.copyfile(shot, PREVIEW)
