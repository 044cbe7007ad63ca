"""Characters that change how text looks without being text: removed at parse.

Record text goes to HTML, plain text, JSON, email and terminals. Bidirectional
overrides (U+202E turns "gpj.exe" into "exe.jpg"), zero-width characters, byte-order
marks and C0/C1 control characters are invisible or reorder what surrounds them, so a
hostile or garbled record could make a title say something else than it does. Every
source's parser passes its text through ``clean_text``; tabs and newlines stay.
"""

from __future__ import annotations

import re

__all__ = ["clean_text"]

_INVISIBLE = re.compile(
    "["
    "\x00-\x08\x0e-\x1b\x7f"  # C0 controls (tab, newline, CR and the breaks below stay)
    "\x80-\x84\x86-\x9f"  # C1 controls
    "\u061c\u200e\u200f"  # Arabic letter mark, left-to-right and right-to-left marks
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\u200b-\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
    "]"
)
# Controls that break a line (vertical tab, form feed, separators, NEL, U+2028/9):
# a space, so the words on either side stay apart.
_BREAKS = re.compile("[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """``text`` without invisible formatting and control characters."""
    if text.isascii() and text.isprintable():
        return text
    return _BREAKS.sub(" ", _INVISIBLE.sub("", text))
