"""The literal prefilter of folded patterns (fastre.prefilter): a pattern is not run on a
text that lacks the words it cannot match without, and its answers never change."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

import ldn_watch.assess.extract  # noqa: F401 - builds the classifier's folded patterns
from ldn_watch.assess.fastre import Folded, prefilter
from ldn_watch.assess.text import split_sentences
from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records

DEV = Path(__file__).parent / "data" / "eval_dev.xml"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        # a sequence needs every literal run; an alternation one of its branches
        (
            r"\bnaltrexone\s*[-/+]\s*bupropion|contrave",
            "(('naltrexone' in t and 'bupropion' in t) or 'contrave' in t)",
        ),
        # a small class spells a run both ways
        (r"\brandomi[sz]ed\b", "('randomised' in t or 'randomized' in t)"),
        # a word that contains another of the same alternation adds nothing
        (r"\b(?:implants?|implant)\b", "'implant' in t"),
        # a repeat of at least once needs its content; an optional part needs nothing
        (r"(?:dose\s+)+(?:finding)?", "'dose' in t"),
        # a case-insensitive part may be written in any case: not tested
        (r"(?i:placebo)\s+arm", "'arm' in t"),
        # lookarounds do not consume: what they look for is not required
        (r"(?<!not )\bescalat\w*", "'escalat' in t"),
    ],
)
def test_requirement_read_from_the_pattern(pattern: str, needs: str) -> None:
    assert prefilter(pattern) == needs


@pytest.mark.parametrize(
    "pattern",
    [
        r"mg|µg|mcg",  # short literals are in nearly every text
        r"\d+\s*%|\bpercent\b",  # a branch with no literal at all
        r"(?:naltrexone)?\s*\d",  # only an optional literal
        r"(?i)placebo",  # wholly case-insensitive
    ],
)
def test_no_filter_where_nothing_cheap_is_required(pattern: str) -> None:
    assert prefilter(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "text", "span"),
    [
        (r"\bnaltrexone\s*[-/+]\s*bupropion", "Naltrexone/Bupropion SR was given.", (0, 20)),
        (r"\bnaltrexone\s*[-/+]\s*bupropion", "Naltrexone 4.5 mg was given.", None),
        (r"\brandomi[sz]ed\b", "Patients were RANDOMISED to two arms.", (14, 24)),
        (r"\brandomi[sz]ed\b", "Patients were allocated at random.", None),
        # a length-changing lower-casing falls back to the unfiltered pattern
        (r"\bdose\s+escalation\b", "İ: Dose escalation followed.", (3, 18)),
    ],
)
def test_answers_are_the_patterns_answers(
    pattern: str, text: str, span: tuple[int, int] | None
) -> None:
    found = Folded(pattern).search(text)
    plain = re.compile(pattern, re.IGNORECASE).search(text)
    assert (found.span() if found else None) == (plain.span() if plain else None) == span
    found_all = [m.lower() for m in Folded(pattern).findall(text)]
    assert found_all == [m.lower() for m in re.findall(pattern, text, re.IGNORECASE)]


def _texts() -> list[str]:
    records = [r for r in iter_records(DEV) if isinstance(r, Record)]
    out: list[str] = []
    for r in records:
        whole = " ".join([r.title, *(s.text for s in r.abstract)])
        out.append(whole)
        out.extend(split_sentences(whole))
    return out


def test_every_classifier_pattern_answers_as_without_its_filter() -> None:
    """Soundness over the real patterns and the dev records' sentences and abstracts: the
    filter never turns a match into "no match"."""
    patterns = [o for o in gc.get_objects() if isinstance(o, Folded)]
    filtered = [p for p in patterns if p.needs is not None]
    assert len(filtered) > 100  # most of the classifier's patterns have a filter
    texts = _texts()
    for p in filtered:
        for text in texts:
            low = text.lower()
            if len(low) != len(text):
                continue
            m = p.folded.search(low)
            f = p.search(text)
            assert (f.span() if f else None) == (m.span() if m else None), (p.pattern, text)


def test_the_whole_text_invitation_hint_is_filtered() -> None:
    """The invitation hint is searched in every record's whole text: folded, it looks for
    its words with ``in`` first, and answers as the case-insensitive pattern."""
    from ldn_watch.assess.numbers import _INVITATION_HINT

    assert _INVITATION_HINT.needs is not None
    for text, hit in [
        ("All 120 members were INVITED by letter; 48 took part.", True),
        ("Patients were telephoned at week 4.", True),
        ("Forty adults were randomised to naltrexone or placebo.", False),
    ]:
        assert (_INVITATION_HINT.search(text) is not None) is hit
