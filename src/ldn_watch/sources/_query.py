"""A small boolean query matcher for the stand-in servers (not used against real services).

ClinicalTrials.gov's Essie expressions and Europe PMC's Lucene-like queries share a
core the stand-ins need to honour: words, "quoted phrases", trailing ``*`` wildcards,
``AND`` / ``OR`` / ``NOT`` (upper case), parentheses, implicit ``AND`` between terms,
and fielded clauses (``SRC:PPR``, ``FIRST_IDATE:[2026-01-01 TO 2026-01-31]``,
``AREA[Condition]depression``). Words match case-insensitively on word boundaries in
the record's text; a fielded clause is decided by the caller's ``field`` function,
which may return None to fall back to matching the value as text. Enough to select
records the way a watch query does, not a model of either engine's ranking or synonyms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["FieldCheck", "Query", "QuerySyntaxError"]

FieldCheck = Callable[[str, str], bool | None]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<lpar>\() | (?P<rpar>\)) |
        (?P<area>AREA\[(?P<area_name>[A-Za-z]+)\](?P<area_value>"[^"]*"|RANGE\[[^\]]*\]|[^\s()]+)) |
        (?P<field>(?P<field_name>[A-Z][A-Z_]+):(?P<field_value>"[^"]*"|\[[^\]]*\]|[^\s()]+)) |
        (?P<phrase>"[^"]*") |
        (?P<word>[^\s()"]+)
    )""",
    re.X,
)


class QuerySyntaxError(ValueError):
    """The query cannot be parsed (unbalanced parentheses, a dangling operator)."""


@dataclass(frozen=True)
class _Term:
    kind: str  # "text" | "field"
    value: str
    name: str | None = None


_Node = tuple  # ("and", a, b) | ("or", a, b) | ("not", a) | ("term", _Term)


def _tokens(query: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    pos = 0
    query = query.strip()
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if m is None or m.end() == pos:
            if query[pos:].strip() == "":
                break
            raise QuerySyntaxError(f"cannot read the query at {query[pos : pos + 20]!r}")
        pos = m.end()
        if m.group("lpar"):
            out.append(("(", None))
        elif m.group("rpar"):
            out.append((")", None))
        elif m.group("area"):
            out.append(("term", _Term("field", m.group("area_value"), m.group("area_name"))))
        elif m.group("field"):
            out.append(("term", _Term("field", m.group("field_value"), m.group("field_name"))))
        elif m.group("phrase"):
            out.append(("term", _Term("text", m.group("phrase").strip('"'))))
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                out.append((word, None))
            else:
                out.append(("term", _Term("text", word)))
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, object]:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self) -> _Node:
        node = self.conj()
        while self.peek() == "OR":
            self.take()
            node = ("or", node, self.conj())
        return node

    def conj(self) -> _Node:
        node = self.unary()
        while self.peek() in ("AND", "NOT", "term", "("):
            if self.peek() == "AND":
                self.take()
            node = ("and", node, self.unary())
        return node

    def unary(self) -> _Node:
        if self.peek() == "NOT":
            self.take()
            return ("not", self.unary())
        if self.peek() == "(":
            self.take()
            node = self.expr()
            if self.peek() != ")":
                raise QuerySyntaxError("a parenthesis is not closed")
            self.take()
            return node
        if self.peek() == "term":
            return ("term", self.take()[1])
        raise QuerySyntaxError(f"expected a term, found {self.peek() or 'the end'}")


def _text_pattern(value: str) -> re.Pattern[str]:
    words = value.split()
    parts = []
    for w in words:
        if w.endswith("*"):
            parts.append(re.escape(w[:-1]) + r"\w*")
        else:
            parts.append(re.escape(w) + r"\b")
    return re.compile(r"(?<!\w)" + r"\W+".join(parts), re.I)


class Query:
    """A parsed query; ``matches(text, field)`` tests one record."""

    def __init__(self, query: str) -> None:
        tokens = _tokens(query)
        self._tree: _Node | None = None
        if tokens:
            parser = _Parser(tokens)
            self._tree = parser.expr()
            if parser.i != len(tokens):
                raise QuerySyntaxError("unbalanced parentheses or a dangling operator")
        self._patterns: dict[str, re.Pattern[str]] = {}

    def matches(self, text: str, field: FieldCheck | None = None) -> bool:
        """Whether a record with this ``text`` matches; ``field(name, value)`` decides
        fielded clauses for this record (None: match the value as text)."""
        return self._tree is None or self._eval(self._tree, text, field)

    def _eval(self, node: _Node, text: str, field: FieldCheck | None) -> bool:
        op = node[0]
        if op == "and":
            return self._eval(node[1], text, field) and self._eval(node[2], text, field)
        if op == "or":
            return self._eval(node[1], text, field) or self._eval(node[2], text, field)
        if op == "not":
            return not self._eval(node[1], text, field)
        term: _Term = node[1]
        if term.kind == "field" and field is not None and term.name is not None:
            decided = field(term.name, term.value)
            if decided is not None:
                return decided
        value = term.value.strip('"')
        if value not in self._patterns:
            self._patterns[value] = _text_pattern(value)
        return self._patterns[value].search(text) is not None
