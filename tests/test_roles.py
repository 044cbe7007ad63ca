"""Every fact is computed from sentence roles, not from its own skip-lists.

Three checks, each written so that it fails if someone adds a private "not about this
study" list to a fact module again:

1. every registered fact extractor takes the role-annotated record (``roles.Doc``);
2. no pattern outside ``roles.py`` recognises a role cue: a set of sentences that are
   pure background, earlier work, future work or unknowns (no drug, no condition, no
   study word) is run through every compiled pattern of every other assess module and
   of the watch spec, and none may match the cue that gives the sentence its role;
3. no module but ``roles.py`` (and the splitter, ``text.py``) looks at abstract sections
   directly: they ask the roles (``s.background``, ``s.own``, ``s.in_conclusion``...).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import typing
from pathlib import Path

import pytest

from ldn_watch.assess import assess, default_lexicon, default_rules, roles
from ldn_watch.assess.extract import FACT_EXTRACTORS
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.text import RawSentence
from ldn_watch.model import AbstractSection, Article

ASSESS = Path(roles.__file__).resolve().parent
ROLE_MODULES = {"roles", "text", "fastre", "__init__"}
OTHER_MODULES = sorted(
    p.stem for p in ASSESS.glob("*.py") if p.stem not in ROLE_MODULES and p.stem != "__init__"
)

# (sentence, the cue that makes it background / earlier / future work)
PROBES = [
    ("Further research is needed.", "is needed"),
    ("Larger samples are warranted before any recommendation.", "warranted"),
    ("This effect has been reported previously.", "has been reported"),
    ("Future work should address this question.", "Future"),
    ("To date, this remains unknown.", "To date"),
    ("Previous reports suggested a benefit.", "Previous reports"),
    ("Confirmation in larger samples is needed.", "is needed"),
    ("Such combinations have not yet been examined.", "have not yet been"),
    ("Whether this holds is unclear.", "is unclear"),
    ("Earlier work has long been cited for this.", "Earlier work"),
]


def test_every_fact_extractor_reads_the_role_annotated_record() -> None:
    assert FACT_EXTRACTORS, "extract.FACT_EXTRACTORS lists the fact extractors"
    for fn in FACT_EXTRACTORS:
        first = next(iter(inspect.signature(fn).parameters))
        hints = typing.get_type_hints(fn)
        assert hints[first] is roles.Doc, f"{fn.__module__}.{fn.__name__}({first}: ...)"


@pytest.mark.parametrize(("sentence", "cue"), PROBES)
def test_the_roles_mark_each_probe(sentence: str, cue: str) -> None:
    s = roles.annotate(RawSentence(sentence, None, 1))
    assert not s.own and s.masked.strip() == ""


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern of the other assess modules and of the watch spec."""
    # run the extractor once so every room has built its patterns from the spec
    article = Article(
        "1",
        "Low-dose naltrexone with sertraline in major depression: a randomized trial",
        abstract=[AbstractSection("Sixty adults with MDD were randomized to LDN 4.5 mg.")],
    )
    lexicon = default_lexicon()
    assess(article, lexicon, default_rules())
    found: list[tuple[str, re.Pattern[str]]] = []

    def collect(name: str, value: object) -> None:
        if isinstance(value, re.Pattern):
            found.append((name, value))
        elif isinstance(value, Folded):
            found.append((name, value.original))
        elif isinstance(value, list | tuple):
            for i, item in enumerate(value):
                collect(f"{name}[{i}]", item)
        elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            for f in value.__dataclass_fields__:
                collect(f"{name}.{f}", getattr(value, f))

    for stem in OTHER_MODULES:
        module = importlib.import_module(f"ldn_watch.assess.{stem}")
        for key, value in vars(module).items():
            collect(f"{stem}.{key}", value)
    spec = lexicon.spec
    for key, value in vars(spec).items():
        collect(f"spec.{key}", value)
    for key, value in spec._memo.items():
        collect(f"spec.compiled[{key}]", value)
    return found


def test_no_module_outside_roles_recognises_a_role_cue() -> None:
    patterns = _patterns()
    assert len(patterns) > 100  # the scan really sees the rooms' patterns
    offenders = []
    for sentence, cue in PROBES:
        a = sentence.index(cue)
        b = a + len(cue)
        for name, rx in patterns:
            for m in rx.finditer(sentence):
                if m.start() <= a and m.end() >= b:
                    offenders.append(f"{name} matches {m.group(0)!r} in {sentence!r}")
    assert offenders == []


@pytest.mark.parametrize("stem", OTHER_MODULES)
def test_only_the_roles_read_abstract_sections(stem: str) -> None:
    tree = ast.parse((ASSESS / f"{stem}.py").read_text(encoding="utf-8"))
    constants = {"BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS", "TITLE"}
    bad = [
        f"line {node.lineno}"
        for node in ast.walk(tree)
        if (isinstance(node, ast.Attribute) and node.attr == "section")
        or (isinstance(node, ast.Name) and node.id in constants)
        or (isinstance(node, ast.alias) and node.name in constants)
    ]
    assert bad == [], f"{stem}.py reads sections itself: {bad}"
