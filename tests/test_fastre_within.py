"""A pattern narrowed to a record (fastre.Folded.within).

``roles.read`` narrows its long alternations to the record's joined text once, then
searches each sentence with the narrowed pattern: branches whose words the record lacks
are never tested again. Every answer (match, span, groups, every match of ``finditer``)
must be the pattern's own, on every part of the record.
"""

from __future__ import annotations

import re

import pytest

from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.roles import _CUE

PATTERN = (
    r"\bsecondary\s+analys[ie]s\b|\bsub-?study\b|\bopen[\s\-]label\s+extension\b|"
    r"\bdata\s+from\s+(?:an?|the)\s+(?P<kind>\w+)\s+trial\b|"
    r"(?<!no )\bextension\b|\bextension\s+phase\b|\bIPD\b"
)

SENTENCES = [
    "We used data from the NALTREX trial in a secondary analysis.",
    "The Extension Phase lasted a year.",
    "There was no extension; an open-label extension followed later.",
    "Nothing here names a derived report at all.",
    "Larger trials are needed, as earlier studies have suggested.",
    "Future work should compare 1.5 mg with 4.5 mg.",
    "Forty adults were randomised to X 4.5 mg or placebo.",
]


def _answers(rx: Folded, text: str) -> list[object]:
    found = rx.search(text)
    return [
        found and (found.span(), found.groups()),
        [(m.span(), m.groups()) for m in rx.finditer(text)],
        (m := rx.match(text)) and m.span(),
    ]


@pytest.mark.parametrize("pattern", [PATTERN, _CUE.pattern])
@pytest.mark.parametrize("record", [SENTENCES, SENTENCES[3:4], SENTENCES[:2], SENTENCES[4:]])
def test_narrowed_pattern_answers_as_the_whole_on_every_part(
    pattern: str, record: list[str]
) -> None:
    whole = Folded(pattern, re.IGNORECASE)
    narrowed = whole.within(" ".join(record))
    for sentence in record:
        assert _answers(narrowed, sentence) == _answers(whole, sentence)


def test_a_capital_sigma_or_a_pattern_without_branches_is_not_narrowed() -> None:
    whole = Folded(PATTERN, re.IGNORECASE)
    assert whole.within("ΣΟΦΙΑ: an extension.") is whole
    plain = Folded(r"\bextension\b", re.IGNORECASE)
    assert plain.within("an extension") is plain
