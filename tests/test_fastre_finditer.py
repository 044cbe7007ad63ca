"""Finding every match of a long alternation branch by branch (fastre.Folded.finditer).

Where a pattern's alternatives are searched alone (``Folded.search``: only those whose own
words the text has), ``finditer`` steps the same way from the end of each match to the
next: every match (span, groups, which branch) must be the whole pattern's, in order, as
``re.finditer`` on the lower-cased text gives them. A pattern that can match nothing is
searched whole (its empty matches move on by ``re``'s own rules).
"""

from __future__ import annotations

import re

import pytest

from ldn_watch.assess.fastre import Folded

FILLER = "Participants were followed for twelve weeks with weekly visits. " * 8  # > 400

PATTERN = (
    r"\bsecondary\s+analys[ie]s\b|\bsub-?stud(?:y|ies)\b|\bopen-label\s+extension\b|"
    r"\bpost[\s\-]hoc\b|\bpooled\s+(?P<what>data|analysis)\b|\bre-?analys[ie]s\b|"
    r"\bextension\s+phase\b|\bfollow-up\s+study\b"
)


def _whole(rx: Folded, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.folded.finditer(text.lower())]


@pytest.mark.parametrize(
    "text",
    [
        FILLER,
        f"A Secondary Analysis of pooled data. {FILLER} A post hoc sub-study, a re-analysis.",
        f"{FILLER} Pooled analysis, pooled data and POOLED DATA; secondary analyses.",
        # overlapping candidates: the whole pattern's first match wins, the next starts after it
        f"{FILLER} secondary analysis secondary analyses substudy sub-studies",
        "A post hoc analysis.",  # a short text: searched whole
    ],
)
def test_every_match_is_the_whole_patterns(text: str) -> None:
    rx = Folded(PATTERN)
    assert rx._live is not None and rx._never_empty
    assert [(m.span(), m.groups()) for m in rx.finditer(text)] == _whole(rx, text)


def test_a_pattern_that_can_match_nothing_is_searched_whole() -> None:
    rx = Folded(r"\bpost[\s\-]hoc\b|\bsub-?study\b|\bre-?analysis\b|x*")
    assert not rx._never_empty
    text = f"{FILLER} post hoc"
    assert [m.span() for m in rx.finditer(text)] == [
        m.span() for m in re.finditer(rx.folded, text.lower())
    ]
