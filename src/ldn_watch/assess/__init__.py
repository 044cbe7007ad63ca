"""Assess: facts from an article's text, then per-gap verdicts from configurable rules.

The one entry point the rest of the program needs is :func:`assess`; the pieces are
importable for tests and tools (``extract_facts``, ``Lexicon``, ``judge``...).
"""

from __future__ import annotations

from collections.abc import Iterable

from ldn_watch.assess.extract import EXTRACTOR_VERSION, extract_facts
from ldn_watch.assess.gaps import (
    GapRule,
    default_rules,
    gap_states,
    judge,
    rules_from_config,
    rules_version,
)
from ldn_watch.assess.lexicon import Lexicon, default_lexicon
from ldn_watch.model import Assessment, Record

__all__ = [
    "EXTRACTOR_VERSION",
    "GapRule",
    "Lexicon",
    "assess",
    "default_lexicon",
    "default_rules",
    "extract_facts",
    "gap_states",
    "judge",
    "rules_from_config",
    "rules_version",
]


def assess(article: Record, lexicon: Lexicon, rules: Iterable[GapRule]) -> Assessment:
    """Facts and gap verdicts for one article, stamped with the rules' version."""
    rules = list(rules)
    facts = extract_facts(article, lexicon)
    return Assessment(
        pmid=article.id,
        facts=facts,
        gaps=judge(facts, rules),
        rules_version=rules_version(rules, lexicon),
    )
