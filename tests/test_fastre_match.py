"""``Folded.match`` and ``Folded.search`` with ``pos``/``endpos`` (fastre).

A case-insensitive pattern searched or matched within bounds of a text must answer as
``re`` does with ``IGNORECASE`` on the original text: the same span and the same groups
(lower-cased), whether the pattern is searched whole or branch by branch (a long text:
only the alternatives whose words the text has), and a match must not reach past
``endpos`` nor start before ``pos``.
"""

from __future__ import annotations

import re

import pytest

from ldn_watch.assess.fastre import Folded

FILLER = "Participants were followed for twelve weeks with weekly visits. " * 8  # > 400

PATTERNS = [
    # many alternatives, each with its own words: searched branch by branch in long texts
    r"\b(?P<a>screened|assessed\s+for\s+eligibility)\b|\b(?P<b>enrolled|recruited)\b|"
    r"\b(?P<c>randomi[sz]ed|allocated)\b|\b(?P<d>completed|finished)\b|\banaly[sz]ed\b|"
    r"\bwithdrew\b|\bdropped\s+out\b|\bexcluded\b",
    # anchored at the end: what stands before a number
    r"\b(?:increas\w*|titrat\w*|rais\w*)\s+(?:\w+\s+){0,3}?to\s*$",
    r"^\s*(?:once|twice)\s+(?:a|per)\s+day\b",
]

TEXTS = [
    "Of 212 Screened, 64 were RANDOMISED and 57 completed.",
    f"{FILLER} Of 212 screened, 64 were Randomized; 60 Analysed, 4 withdrew. {FILLER}",
    "The dose was Increased stepwise to 4.5 mg",
    " Twice a day for 8 weeks",
    f"{FILLER} 12 Dropped Out and 3 were excluded",
]


def _bounds(text: str) -> list[tuple[int, int | None]]:
    n = len(text)
    return [(0, None), (3, None), (0, n // 2), (n // 3, n - 5), (n, None), (5, 5), (0, n + 9)]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_search_and_match_within_bounds_answer_as_re(pattern: str, text: str) -> None:
    folded, plain = Folded(pattern, re.I), re.compile(pattern, re.I)
    for pos, endpos in _bounds(text):
        for name in ("search", "match"):
            got = getattr(folded, name)(text, pos, endpos)
            end = len(text) if endpos is None else endpos
            want = getattr(plain, name)(text, pos, end)
            assert (got is None) == (want is None), (name, pos, endpos)
            if got is not None and want is not None:
                assert got.span() == want.span(), (name, pos, endpos)
                assert got.groups() == tuple(
                    g.lower() if g is not None else None for g in want.groups()
                )
                assert pos <= got.start() and got.end() <= min(end, len(text))


def test_defaults_are_the_whole_text() -> None:
    rx = Folded(r"\bTWICE\s+daily\b", re.I)
    assert rx.match("Twice Daily, with food") is not None
    assert rx.match("given twice daily") is None
    assert rx.match("given twice daily", 6) is not None
    assert rx.search("given twice daily", 0, 10) is None
    assert rx.search("given twice daily", 0, 17).span() == (6, 17)
