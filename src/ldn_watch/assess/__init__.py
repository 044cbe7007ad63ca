"""Assess: facts from an article's text, then per-gap verdicts from configurable rules.

The one entry point the rest of the program needs is :func:`assess`; the pieces are
importable for tests and tools (``extract_facts``, ``Lexicon``, ``judge``...). The
extractor compiles its patterns when first imported (about half a second): it is loaded
on first use, so that commands which only read verdicts (``status``, ``report``) never
pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ldn_watch.assess.gaps import (
    GapRule,
    Verdict,
    default_rules,
    gap_states,
    judge,
    rules_from_config,
    rules_version,
    verdicts,
)
from ldn_watch.assess.lexicon import Lexicon, default_lexicon
from ldn_watch.assess.version import extractor_version
from ldn_watch.model import Assessment, Record

if TYPE_CHECKING:
    from ldn_watch.assess.extract import extract_facts

__all__ = [
    "GapRule",
    "Lexicon",
    "Verdict",
    "assess",
    "default_lexicon",
    "default_rules",
    "extract_facts",
    "extractor_version",
    "gap_states",
    "judge",
    "rules_from_config",
    "rules_version",
    "verdicts",
]


def __getattr__(name: str) -> Any:
    if name == "extract_facts":
        from ldn_watch.assess.extract import extract_facts

        return extract_facts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def assess(article: Record, lexicon: Lexicon, rules: Iterable[GapRule]) -> Assessment:
    """Facts and gap verdicts (each with a short reason) for one article, stamped with
    the rules' version."""
    from ldn_watch.assess.extract import extract_facts

    rules = list(rules)
    facts = extract_facts(article, lexicon)
    judged = verdicts(facts, rules, lexicon.spec)
    return Assessment(
        pmid=article.id,
        source=article.source,
        facts=facts,
        gaps={k: v.value for k, v in judged.items()},
        rules_version=rules_version(rules, lexicon),
        reasons={k: v.reason for k, v in judged.items()},
    )
