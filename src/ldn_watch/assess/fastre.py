"""Case-insensitive patterns that run at case-sensitive speed.

Python's ``re`` is several times slower with ``IGNORECASE`` on patterns that start with
an alternation of words (most of the classifier's). A :class:`Folded` pattern is the same
pattern with its literal letters lower-cased, searched case-sensitively in the lower-cased
text: the same answers, found faster (bench/extract_speed.py). Where lower-casing would
change the text's length (a few non-ASCII letters) it falls back to the original pattern,
so match positions always refer to the original text. Patterns with case-sensitive parts
(``(?-i:...)``) are never folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAMED = re.compile(r"\(\?P[<=][^>)]*[>)]")


def fold(pattern: str) -> str | None:
    """``pattern`` with its literal letters lower-cased, or None if it cannot be folded."""
    if "(?-i" in pattern:
        return None
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])  # \S, \W, \D, \B keep their meaning
            i += 2
            continue
        named = _NAMED.match(pattern, i)
        if named:
            out.append(named.group(0))  # group names stay as written
            i = named.end()
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


# Many patterns search the same sentence one after another: its lower-cased copy is kept
# for the last few texts (by identity: the very same string object, so always right).
_RECENT: list[tuple[str, str]] = []
_RECENT_MAX = 8


def _lowered(text: str) -> str:
    for seen, low in _RECENT:
        if seen is text:
            return low
    low = text.lower()
    _RECENT.insert(0, (text, low))
    del _RECENT[_RECENT_MAX:]
    return low


class Folded:
    """A case-insensitive pattern searched in lower-cased text (see the module doc)."""

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0) -> None:
        if isinstance(pattern, re.Pattern):
            flags |= pattern.flags & ~re.UNICODE
            pattern = pattern.pattern
        self.original = re.compile(pattern, flags | re.IGNORECASE)
        folded = fold(pattern)
        self.folded = (
            re.compile(folded, flags & ~re.IGNORECASE) if folded is not None else self.original
        )
        self.pattern = pattern

    def _text(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.folded is self.original:
            return self.original, text
        low = _lowered(text)
        if len(low) != len(text):
            return self.original, text
        return self.folded, low

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A match whose positions are the original text's (its groups are lower-cased)."""
        rx, t = self._text(text)
        return rx.search(t, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        rx, t = self._text(text)
        return rx.finditer(t)

    def findall(self, text: str) -> list[str]:
        rx, t = self._text(text)
        return rx.findall(t)

    def sub(self, repl: object, text: str) -> str:
        """Replace matches in the original text (positions from the folded search)."""
        out, last = [], 0
        for m in self.finditer(text):
            out.append(text[last : m.start()])
            out.append(repl(m) if callable(repl) else str(repl))
            last = m.end()
        out.append(text[last:])
        return "".join(out)
