"""``mentions.named``'s first look (``in`` tests of the pattern's literals before the
search) answers exactly as the pattern: speed only (round 60, c60s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ldn_watch.assess import mentions
from ldn_watch.assess.spec import default_spec, load
from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records

DEV = Path(__file__).parent / "data" / "eval_dev.xml"
OFF_TOPIC = Path(__file__).parent / "data" / "jcore-base__pubmedsample18n0001.xml.gz"

TEXTS = [
    "Low-dose naltrexone in fibromyalgia.",
    "NALTREXONE 4.5 MG IN CROHN DISEASE",
    "Naltrexon 1 mg versus 4,5 mg täglich.",
    "Patients took LDN nightly.",
    "Patients took ldn nightly.",  # an abbreviation is matched as written
    "Very low dose (VLNTX) was given.",
    "The NTX-LD arm.",
    "Low-density neutrophils (LDNs) rose.",  # a plural: the pattern decides
    "Opioid antagonists such as nalmefene were given.",
    "",
    # letters other than ASCII that match ASCII ones case-insensitively: the pattern decides
    "NALTRE\u212aSON 3 mg",
    "naltrek\u017fon 3 mg",
    "\u0130stanbul cohort given naltrexone",
    "\u0130stanbul cohort given nothing",
]


def _records(path: Path) -> list[Record]:
    return [r for r in iter_records(path) if isinstance(r, Record)]


@pytest.mark.parametrize("text", TEXTS)
def test_same_answer_as_the_pattern(text: str) -> None:
    spec = default_spec()
    pattern = mentions._build(spec).named
    assert mentions.named(text, spec) == (pattern.search(text) is not None)


def test_long_s_and_kelvin_sign_still_name_the_drug() -> None:
    spec = default_spec()
    assert mentions.named("naltrek\u017fon 3 mg", spec)
    assert mentions.named("NALTRE\u212aSON 3 mg", spec)


def test_same_answer_on_real_records() -> None:
    spec = default_spec()
    pattern = mentions._build(spec).named
    for r in [*_records(DEV), *_records(OFF_TOPIC)]:
        text = f"{r.title}\n{r.abstract_text}"
        assert mentions.named(text, spec) == (pattern.search(text) is not None), r.id


def test_no_first_look_without_abbreviations_or_with_a_spelling_not_in_ascii() -> None:
    # without abbreviations the pattern's empty alternative matches nearly anywhere, and a
    # spelling outside ASCII is not found by lower-casing: the pattern is always searched
    bare = load([("test", {"drug": {"abbreviations": {}}})])
    assert not bare.abbreviations
    assert mentions._lowered_spellings(bare) is None
    text = "Nothing of the drug here."
    assert mentions.named(text, bare) == (mentions._build(bare).named.search(text) is not None)
    other = load([("test", {"drug": {"spellings": ["naltrexón"]}})])
    assert mentions._lowered_spellings(other) is None
    assert mentions._lowered_spellings(default_spec()) is not None
