"""The classifier's version: a hash of its own code and packaged data, never bumped by hand.

Any change to a module of ``ldn_watch.assess``, to the registry's structured rules
(``ldn_watch.sources.registry_facts``, applied over the text facts) or to the packaged
watch spec and lexicon changes it, so stored verdicts made by older rules are redone
(``gaps.rules_version`` combines it with the rule settings and the loaded lexicon).
Computed once per process.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

_DATA = ("watch.toml", "lexicon.toml")


def code_files() -> list[Path]:
    """The code a verdict depends on: every ``assess/*.py`` file and the registry rules."""
    here = Path(__file__).resolve().parent
    return [*sorted(here.glob("*.py")), here.parent / "sources" / "registry_facts.py"]


@cache
def extractor_version() -> str:
    """12 hex digits over the code files and the packaged data files."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    config = resources.files("ldn_watch.default_config")
    for name in _DATA:
        digest.update(name.encode())
        digest.update((config / name).read_bytes())
    return digest.hexdigest()[:12]
