"""Searching a long alternation branch by branch (fastre.Folded.search).

A pattern like "secondary analysis | sub-study | open-label extension | data from the
trial | ..." has one prefilter that passes on nearly every abstract (some branch needs only
"trial") and then runs every branch at every position. On a long text ``search`` asks only
the branches whose own words the text has for the first start, and matches the whole
pattern there: the answer (span, groups, which branch) must be the whole pattern's.
"""

from __future__ import annotations

import re

import pytest

from ldn_watch.assess.fastre import Folded, _top_level_alternatives

FILLER = "Participants were followed for twelve weeks with weekly visits. " * 8  # > 400


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        (r"(?:a|b)|c", ["a", "b", "c"]),
        # a bar or bracket inside a class, or escaped, shapes nothing
        (r"[|(]x|y", ["[|(]x", "y"]),
        (r"x\|y|z", [r"x\|y", "z"]),
        (r"[]|]a|b", ["[]|]a", "b"]),
        (r"[^]|]a|b", ["[^]|]a", "b"]),
        # a group that closes before the end of its alternative is not a wrapper
        (r"(?:a)b(?:c)|d", ["(?:a)b(?:c)", "d"]),
        (r"(?:(?:a|b))", ["a", "b"]),
        # a capturing group is kept whole
        (r"(?P<x>a|b)|c", ["(?P<x>a|b)", "c"]),
    ],
)
def test_top_level_alternatives(pattern: str, alternatives: list[str]) -> None:
    assert _top_level_alternatives(pattern) == alternatives


PATTERN = (
    r"\bsecondary\s+analys[ie]s\b|\bsub-?study\b|\bopen[\s\-]label\s+extension\b|"
    r"\bdata\s+from\s+(?:an?|the)\s+(?P<kind>\w+)\s+trial\b|"
    r"(?<!no )\bextension\b|\bextension\s+phase\b|\bIPD\b"
)


@pytest.mark.parametrize(
    "text",
    [
        FILLER + "We used data from the NALTREX trial in a secondary analysis.",
        # two branches start at one place: the earlier branch wins, as in the whole pattern
        FILLER + "The Extension Phase lasted a year.",
        # a look-behind sees the text before the match ("no extension")
        FILLER + "There was no extension; an open-label extension followed later.",
        FILLER + "Nothing here names a derived report at all.",
        FILLER + "A substudy and an IPD meta-analysis.",
    ],
)
def test_branch_search_answers_as_the_whole_pattern(text: str) -> None:
    folded = Folded(PATTERN, re.IGNORECASE)
    assert folded._branches, "a long alternation is searched branch by branch"
    plain = re.compile(PATTERN, re.IGNORECASE)
    for pos in (0, len(FILLER), len(FILLER) + 20):
        got, want = folded.search(text, pos), plain.search(text, pos)
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            assert got.span() == want.span()
            # (the folded search reads the lower-cased text: its groups are lower-cased)
            assert (got.group("kind") or "") == (want.group("kind") or "").lower()
            assert got.lastindex == want.lastindex


def test_two_letters_filter_a_branch() -> None:
    """A branch's filter only has to beat scanning the text with the branch: "\\bnb\\b"
    needs "nb", so a text without it skips that branch."""
    folded = Folded(r"\bnb\b(?=[^.]{0,40}obes)|\bcontrave\b|\bmysimba\b|\bnb32\b")
    assert all(may is not None for _, may in folded._branches)
    assert folded.search(FILLER + "NB in obesity trials") is not None
    assert folded.search(FILLER + "no such drug") is None


def test_a_short_alternation_or_a_short_text_is_searched_whole() -> None:
    assert Folded(r"\bsub-?study\b|\bIPD\b")._branches == []  # two branches: not worth it
    folded = Folded(PATTERN, re.IGNORECASE)
    # (a sentence: the filters would cost more than one search; the answer is the same)
    assert folded.search("An open-label extension.") is not None


# A pattern whose own prefilter is void (too many words to test, or one branch needs only
# a short word) is not run on a text that has none of its branches' words.
WIDE = (
    "|".join(
        rf"\b{w}\w*\s+(?:\w+\s+)?(?:trials?|stud(?:y|ies))\b"
        for w in ("previous", "prior", "earlier", "historical", "published", "recent", "other")
    )
    + r"|\b[12][09]\d\d\s+(?:pilot|cohort)\b|(?<!no )\bet\s+al\b"
)


@pytest.mark.parametrize(
    "text",
    [
        "Forty adults were randomised to 1.5 or 4.5 mg.",  # no branch's words: not run
        "Earlier open trials used 4.5 mg.",
        "As Smith et al found, the 2019 pilot used 3 mg.",
        "There is no et al here, but a 2021 cohort.",
        "Prior work (no trial) and published data.",  # words present, no match
        FILLER + "Two other small studies agree.",
    ],
)
def test_a_text_without_any_branch_words_answers_as_the_whole_pattern(text: str) -> None:
    folded, plain = Folded(WIDE, re.IGNORECASE), re.compile(WIDE, re.IGNORECASE)
    assert folded._branches and folded.needs is None  # the pattern's own filter is void
    for pos in (0, 5):
        got, want = folded.search(text, pos), plain.search(text, pos)
        assert (None if got is None else got.span()) == (None if want is None else want.span())


@pytest.mark.parametrize(
    "text",
    [
        # one branch of seven has its words: even a sentence is searched by that branch
        "We used data from the NALTREX trial.",
        "Data from a pilot trial and data from the main trial.",
        "A substudy of 40 adults.",
        "Data from the records, not from a trial.",  # words present, no match
    ],
)
def test_a_sentence_with_few_branch_words_answers_as_the_whole_pattern(text: str) -> None:
    folded, plain = Folded(PATTERN, re.IGNORECASE), re.compile(PATTERN, re.IGNORECASE)
    for pos in (0, 3, 20):
        got, want = folded.search(text, pos), plain.search(text, pos)
        assert (None if got is None else got.span()) == (None if want is None else want.span())
        if got is not None and want is not None:
            assert (got.group("kind") or "") == (want.group("kind") or "").lower()
            assert got.lastindex == want.lastindex
