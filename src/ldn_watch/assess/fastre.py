"""Case-insensitive patterns that run at case-sensitive speed.

Python's ``re`` is several times slower with ``IGNORECASE`` on patterns that start with
an alternation of words (most of the classifier's). A :class:`Folded` pattern is the same
pattern with its literal letters lower-cased, searched case-sensitively in the lower-cased
text: the same answers, found faster (bench/extract_speed.py). Where lower-casing would
change the text's length (a few non-ASCII letters) it falls back to the original pattern,
so match positions always refer to the original text. Patterns with case-sensitive parts
(``(?-i:...)``) are never folded.

A folded pattern is also given a literal prefilter (:func:`prefilter`, below): words the
pattern cannot match without are looked for with ``in`` first, and a text without them is
answered "no match" without running the pattern.
"""

from __future__ import annotations

import copy
import re

# the parser ``re.compile`` itself uses: its parse tree is what the prefilter reads
import re._constants as _C  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from collections.abc import Callable, Iterator

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


# --- Literal prefilter -------------------------------------------------------------------
#
# Most folded patterns can only match where some literal word occurs: "\bnaltrexone\s*[-/+]
# \s*bupropion" needs both "naltrexone" and "bupropion" in the text, "\b(?:depot|implant\w*)"
# needs "depot" or "implant". Such a pattern need not run on a text without its words: a
# substring test (``in``) is many times cheaper than a regex search that fails. The words
# are read from the pattern's parse tree (``re._parser``, the parser ``re.compile`` itself
# uses), so each pattern's prefilter follows the pattern as written and needs no upkeep:
#
#   a run of literal letters in sequence      -> that string must occur ("randomi[sz]ed"
#                                                 gives "randomised" or "randomized")
#   a sequence of items                        -> every item's requirement must hold (AND)
#   an alternation                             -> one branch's requirement must hold (OR);
#                                                 a branch that needs nothing voids it
#   a group, or a repeat of at least once      -> its content's requirement
#   optional parts, classes, lookarounds, ...  -> nothing required
#
# The requirement is kept only where it is cheap and selective (short literals, which occur
# in nearly every text, are dropped; very wide alternations are not tested), and becomes a
# small Python expression of ``in`` tests on the lower-cased text. It only ever answers "no
# match possible", never "match": the pattern itself still decides whenever it passes, so
# answers are exactly the pattern's.

_MIN_LITERAL = 3  # a literal shorter than this is in nearly every text: no use as a filter
_MAX_LEAVES = 48  # more ``in`` tests than this cost about what the search costs
_MAX_VARIANTS = 8  # "[sz]" classes multiply a literal run's spellings up to this many
_MAX_AND = 3  # an AND keeps its most selective few requirements

Need = tuple  # ("lit", str) | ("and", (Need, ...)) | ("or", (Need, ...))


def _strength(need: Need) -> int:
    """How selective a requirement is: the length of the shortest literal that can satisfy it."""
    kind, body = need
    if kind == "lit":
        return len(body)
    if kind == "or":
        return min(_strength(n) for n in body)
    return max(_strength(n) for n in body)


def _leaves(need: Need) -> int:
    kind, body = need
    return 1 if kind == "lit" else sum(_leaves(n) for n in body)


def _all(needs: list[Need | None], floor: int = _MIN_LITERAL) -> Need | None:
    """Every one of ``needs`` (None ones, and ones weaker than ``floor``, need nothing):
    the most selective few."""
    flat: list[Need] = []
    for n in needs:
        if n is None or _strength(n) < floor:
            continue
        flat.extend(n[1] if n[0] == "and" else [n])
    unique = list(dict.fromkeys(flat))
    if not unique:
        return None
    kept = sorted(unique, key=lambda n: (-_strength(n), _leaves(n)))[:_MAX_AND]
    return kept[0] if len(kept) == 1 else ("and", tuple(kept))


def _any(needs: list[Need | None]) -> Need | None:
    """One of ``needs``; None if any of them needs nothing."""
    flat: list[Need] = []
    for n in needs:
        if n is None:
            return None
        flat.extend(n[1] if n[0] == "or" else [n])
    unique = list(dict.fromkeys(flat))
    # "implant" makes "implants" redundant: a text with the longer has the shorter
    lits = [n[1] for n in unique if n[0] == "lit"]
    unique = [n for n in unique if n[0] != "lit" or not any(o != n[1] and o in n[1] for o in lits)]
    return unique[0] if len(unique) == 1 else ("or", tuple(unique))


def _chars(item: tuple) -> list[str] | None:
    """The characters a LITERAL or a small positive class ("[sz]") matches, else None."""
    op, av = item
    if op is _C.LITERAL:
        return [chr(av)]
    if op is _C.IN and len(av) <= 4 and all(o is _C.LITERAL for o, _ in av):
        return [chr(v) for _, v in av]
    return None


def _sequence(items: list, floor: int = _MIN_LITERAL) -> Need | None:
    needs: list[Need | None] = []
    run: list[str] = [""]  # the spellings of the literal run being read

    def close() -> None:
        if run != [""]:
            needs.append(_any([("lit", s) for s in run]))
        run[:] = [""]

    for item in items:
        chars = _chars(item)
        if chars is not None and len(run) * len(chars) <= _MAX_VARIANTS:
            run[:] = [s + c for s in run for c in chars]
            continue
        close()
        needs.append(_item(item, floor))
    close()
    return _all(needs, floor)


def _item(item: tuple, floor: int) -> Need | None:
    op, av = item
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:  # "(?i:...)": letters may be any case
            return None
        return _sequence(list(sub), floor)
    if op is _C.ATOMIC_GROUP:
        return _sequence(list(av), floor)
    if op is _C.BRANCH:
        return _any([_sequence(list(alt), floor) for alt in av[1]])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub), floor) if low >= 1 else None
    return None  # classes, anchors, lookarounds, backreferences: nothing required


def _narrowed(need: Need) -> Need:
    """``need`` with each AND cut to its one cheapest requirement (fewest tests): a weaker
    but smaller filter, for requirements with too many tests to be worth running."""
    kind, body = need
    if kind == "lit":
        return need
    if kind == "and":
        return _narrowed(min(body, key=lambda n: (_leaves(n), -_strength(n))))
    narrowed = _any([_narrowed(n) for n in body])
    assert narrowed is not None  # no branch of a requirement needs nothing
    return narrowed


def _source(need: Need) -> str:
    """The requirement as Python source. An AND tests its cheapest requirement first (the
    fewest ``in`` tests: a lone word before an alternation of twenty): most texts fail
    one of its requirements, and ``and`` stops at the first that fails, so the wide ones
    are mostly never tested. The order changes no answer."""
    kind, body = need
    if kind == "lit":
        return f"{body!r} in t"
    if kind == "and":
        body = tuple(sorted(body, key=_leaves))
    return "(" + f" {kind} ".join(_source(n) for n in body) + ")"


def prefilter(pattern: str, flags: int = 0, min_literal: int = _MIN_LITERAL) -> str | None:
    """A Python expression in ``t`` (the lower-cased text) that is False only when
    ``pattern`` (folded, searched case-sensitively) cannot match ``t``; None if there is
    no cheap one (no literal of ``min_literal`` letters it needs)."""
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    need = _sequence(list(tree), min_literal)
    if need is not None and _leaves(need) > _MAX_LEAVES:
        need = _narrowed(need)
    if need is None or _strength(need) < min_literal or _leaves(need) > _MAX_LEAVES:
        return None
    return _source(need)


# --- Searching by alternatives ----------------------------------------------------------
#
# A pattern that is a long alternation of unlike phrases ("secondary analysis | sub-study |
# open-label extension | data from the trial | ...") gets one prefilter that passes on
# nearly every text (some branch needs only "trial"), and then runs every branch at every
# position. Each branch alone has a sharper prefilter, so ``search`` asks only the branches
# whose words the text has for where the first match starts, and lets the whole pattern
# match there: the leftmost start of the whole is the leftmost start of any branch, and
# ``match`` at that position picks the branch the whole would (the same groups, the same
# span). Used on long texts where at most half the branches pass their filters, and on
# any text where at most a quarter do (a sentence with the words of one or two of many
# branches: the whole would try every branch at every position); else one search is
# cheaper. On any text, when no branch passes its filter the whole cannot match
# and is not run: such a pattern's own prefilter is often void (one branch needs nothing
# cheap, or there are too many words to test), yet most sentences have none of its words.

_MIN_BRANCHES = 3
# a sentence that passes several branches' filters is searched faster whole than branch
# by branch: only a long text (a whole abstract) is worth searching half the branches alone
_LONG_TEXT = 400
# ... but any text is worth it when at most 1 in this many branches has its words
_FEW_LIVE = 4


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """Positions of the brackets and bars that shape ``pattern``: "(", ")" and "|" outside
    character classes, not escaped."""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            # a class ends at the first "]" not escaped and not first in it ("[]a]", "[^]a]")
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c in "()|":
            yield i, c
        i += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, looking into groups that wrap a whole
    alternative ("(?:a|b)|c" gives a, b, c); a pattern without "|" is its own one."""
    pieces, depth, start = [], 0, 0
    for i, c in _structure(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
    pieces.append(pattern[start:])
    out: list[str] = []
    for piece in pieces:
        inner = _wrapped(piece)
        out.extend([piece] if inner is None else _top_level_alternatives(inner))
    return out


def _wrapped(piece: str) -> str | None:
    """The inside of a non-capturing group that is the whole piece ("(?:a|b)" gives "a|b")."""
    if not (piece.startswith("(?:") and piece.endswith(")")):
        return None
    depth = 0
    for i, c in _structure(piece):
        if c in "()":
            depth += 1 if c == "(" else -1
            if depth == 0 and i != len(piece) - 1:
                return None  # "(?:a)b(?:c)": the first group closes before the end
    return piece[3:-1]


def _branches(folded: str, flags: int) -> list[tuple[re.Pattern[str], str | None]]:
    """Each top-level alternative compiled, with its own prefilter's source; [] where splitting
    does not pay (few alternatives, none with a filter) or an alternative cannot stand
    alone (a back-reference to another's group)."""
    pieces = _top_level_alternatives(folded)
    if len(pieces) < _MIN_BRANCHES:
        return []
    out = []
    for piece in pieces:
        try:
            compiled = re.compile(piece, flags)
        except re.error:
            return []
        # (a branch's filter only has to beat scanning the text with that branch: even
        # two letters do, "\\bnb\\b" needs "nb")
        needs = prefilter(piece, flags, min_literal=2)
        out.append((compiled, needs))
    return out if any(needs is not None for _, needs in out) else []


def _live_branches(
    branches: list[tuple[re.Pattern[str], str | None]],
) -> Callable[[str], list[re.Pattern[str]]]:
    """One function giving, in order, the branches whose filters pass on ``t`` (all the
    filters' ``in`` tests in one call, not a call per branch; like :class:`Folded`'s own
    filter, its text holds only ``in`` tests of the pattern's literals, written with repr())."""
    tests = ", ".join("True" if needs is None else f"({needs})" for _, needs in branches)
    return eval(
        f"lambda t: [b for b, ok in zip(_B, ({tests},)) if ok]",
        {"_B": [b for b, _ in branches]},
    )


# Many patterns search the same sentence one after another: its lower-cased copy is kept
# for the last few texts, keyed by the text itself (an equal string lowers to the same
# copy, so always right; roles and facts often pass the same sentence again as a new
# string object). One dict look-up; the oldest entry goes first when it is full.
_RECENT: dict[str, str] = {}
_RECENT_MAX = 32


def _lowered(text: str) -> str:
    low = _RECENT.get(text)
    if low is None:
        low = text.lower()
        if len(_RECENT) >= _RECENT_MAX:
            del _RECENT[next(iter(_RECENT))]
        _RECENT[text] = low
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
        # the prefilter's source is kept for reading (``Folded(p).needs``); None: no filter.
        # It is compiled once into a function; its text is built only from the pattern's
        # own literals, each written with repr(), so eval runs nothing but ``in`` tests.
        self.needs = prefilter(folded, flags & ~re.IGNORECASE) if folded is not None else None
        self._may_match: Callable[[str], bool] | None = (
            eval(f"lambda t: {self.needs}") if self.needs is not None else None
        )
        self._branches = _branches(folded, flags & ~re.IGNORECASE) if folded is not None else []
        self._live = _live_branches(self._branches) if self._branches else None
        self._branch_tests: list[Callable[[str], bool] | None] | None = None  # see ``_tests``
        # (``finditer`` steps from match to match by branches only where no match can be
        # empty: an empty match moves on by other rules)
        self._never_empty = (
            self._live is not None
            and _parser.parse(self.folded.pattern, self.folded.flags).getwidth()[0] > 0
        )

    def _text(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The pattern and text to search, or None when the prefilter rules a match out.
        (Hot: called hundreds of times per article, mostly to say None, so the look-up of
        the lower-cased text is written out here rather than called.)"""
        folded = self.folded
        if folded is self.original:
            return folded, text
        low = _RECENT.get(text)
        if low is None:
            low = _lowered(text)
        if len(low) != len(text):
            return self.original, text
        may_match = self._may_match
        if may_match is not None and not may_match(low):
            return None
        return folded, low

    def within(self, context: str) -> Folded:
        """This pattern for searching parts of ``context`` only (the sentences of the record
        whose joined text ``context`` is): the same answers, with the branches whose words
        ``context`` lacks never tested again. Most records have the words of a few of a long
        alternation's branches, yet each sentence would test them all. A part has no word
        its whole lacks, so a branch ruled out for the whole is ruled out for each part; the
        search still counts every branch when it chooses between searching whole and by
        branches, so it takes the path the pattern itself would. Kept by the caller for one
        record, never stored here."""
        if self._live is None:
            return self
        low = context.lower()
        # (a capital sigma lowers by its neighbours: a part might lower unlike the whole)
        if len(low) != len(context) or "\u03a3" in context:
            return self
        live = {id(b) for b in self._live(low)}
        kept = [
            (b, test)
            for (b, _), test in zip(self._branches, self._tests(), strict=True)
            if id(b) in live
        ]
        narrowed = copy.copy(self)
        narrowed._live = lambda t: [b for b, test in kept if test is None or test(t)]
        return narrowed

    def _tests(self) -> list[Callable[[str], bool] | None]:
        """Each branch's filter as its own function (None: no filter), made on first use
        (few patterns are ever narrowed) and kept: one per branch, whatever the records."""
        if self._branch_tests is None:
            # (like the other filters, their text is only ``in`` tests of the literals)
            self._branch_tests = [
                None if needs is None else eval(f"lambda t: {needs}") for _, needs in self._branches
            ]
        return self._branch_tests

    def _live_only(self, low: str) -> list[re.Pattern[str]] | None:
        """The branches worth searching alone in ``low`` ([]: none has its words, so the
        whole cannot match), or None where the whole pattern is searched."""
        if self._live is None:
            return None
        live = self._live(low)
        n = len(self._branches)
        if (
            not live
            or _FEW_LIVE * len(live) <= n
            or (len(low) >= _LONG_TEXT and 2 * len(live) <= n)
        ):
            return live
        return None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """A match whose positions are the original text's (its groups are lower-cased);
        ``pos`` and ``endpos`` as for ``re.Pattern.search`` (the prefilter reads the whole
        text: words a match needs within ``text[:endpos]`` are in the whole text too)."""
        found = self._text(text)
        if found is None:
            return None
        rx, low = found
        end = len(low) if endpos is None else endpos
        if rx is self.folded and (live := self._live_only(low)) is not None:
            return self._first(low, live, pos, end)
        return rx.search(low, pos, end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``re.Pattern.match`` in the folded text (positions the original text's)."""
        found = self._text(text)
        if found is None:
            return None
        rx, low = found
        return rx.match(low, pos, len(low) if endpos is None else endpos)

    def _first(
        self, low: str, live: list[re.Pattern[str]], pos: int, end: int | None = None
    ) -> re.Match[str] | None:
        """The whole pattern's first match from ``pos`` (ending by ``end``): it starts where
        the first of the live branches' matches starts, and is the whole pattern's match
        there."""
        end = len(low) if end is None else end
        starts = [m.start() for b in live if (m := b.search(low, pos, end)) is not None]
        return self.folded.match(low, min(starts), end) if starts else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = self._text(text)
        if found is None:
            return iter(())
        rx, low = found
        if rx is self.folded and self._never_empty and (live := self._live_only(low)) is not None:
            return self._each(low, live)
        return rx.finditer(low)

    def _each(self, low: str, live: list[re.Pattern[str]]) -> Iterator[re.Match[str]]:
        """``finditer`` by the live branches: each match found from the end of the one
        before (as ``finditer`` does where no match is empty)."""
        pos = 0
        while (m := self._first(low, live, pos)) is not None:
            yield m
            pos = m.end()

    def findall(self, text: str) -> list[str]:
        found = self._text(text)
        return found[0].findall(found[1]) if found is not None else []

    def sub(self, repl: object, text: str) -> str:
        """Replace matches in the original text (positions from the folded search)."""
        out, last = [], 0
        for m in self.finditer(text):
            out.append(text[last : m.start()])
            out.append(repl(m) if callable(repl) else str(repl))
            last = m.end()
        out.append(text[last:])
        return "".join(out)
