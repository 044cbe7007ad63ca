"""The antidepressant lexicon: packaged data, user overrides, errors, fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest

from ldn_watch.assess.lexicon import Lexicon, default_lexicon
from ldn_watch.errors import ConfigError

LEX = default_lexicon()

CONTRACT_CLASSES = {
    "fluoxetine": ("serotonergic",),
    "vortioxetine": ("serotonergic",),
    "vilazodone": ("serotonergic",),
    "trazodone": ("serotonergic",),
    "duloxetine": ("serotonergic", "noradrenergic"),
    "amitriptyline": ("serotonergic", "noradrenergic"),
    "phenelzine": ("serotonergic", "noradrenergic"),
    "mirtazapine": ("serotonergic", "noradrenergic"),
    "reboxetine": ("noradrenergic",),
    "atomoxetine": ("noradrenergic",),
    "bupropion": ("dopaminergic",),
    "methylphenidate": ("dopaminergic",),
    "pramipexole": ("dopaminergic",),
}


@pytest.mark.parametrize(("drug", "classes"), sorted(CONTRACT_CLASSES.items()))
def test_contract_class_mapping(drug: str, classes: tuple[str, ...]) -> None:
    entry = LEX.lookup(drug)
    assert entry is not None and set(entry.classes) == set(classes)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("on Zoloft, Lexapro and Cymbalta", ["sertraline", "escitalopram", "duloxetine"]),
        ("Wellbutrin XL 300 mg", ["bupropion"]),
        ("two SSRIs and an SNRI", ["SSRI", "SNRI"]),
        ("selective serotonin re-uptake inhibitors", ["SSRI"]),
        ("serotonin-noradrenaline reuptake inhibitors", ["SNRI"]),
        ("tricyclic antidepressants or MAOIs", ["tricyclic", "MAOI"]),
        ("stimulants and dopamine agonists", ["stimulants", "dopamine agonists"]),
        ("the tca cycle and a ssri-like effect", []),  # abbreviations are case-sensitive
        ("buprenorphine and naltrexone", []),
    ],
)
def test_find(text: str, names: list[str]) -> None:
    assert [m.entry.name for m in LEX.find(text)] == names


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "lexicon.toml"
    user.write_text(
        '[drugs]\nzuranolone = { classes = [], names = ["Zurzuvae"] }\n'
        'bupropion = { classes = ["dopaminergic", "noradrenergic"], names = ["Wellbutrin"] }\n'
    )
    lex = Lexicon.load(user)
    assert [m.entry.name for m in lex.find("Zurzuvae with Wellbutrin")] == [
        "zuranolone",
        "bupropion",
    ]
    assert lex.lookup("bupropion").classes == ("dopaminergic", "noradrenergic")
    assert lex.lookup("sertraline") is not None  # packaged entries stay
    assert lex.fingerprint != LEX.fingerprint


def test_fingerprint_is_stable() -> None:
    assert Lexicon.load().fingerprint == LEX.fingerprint and len(LEX.fingerprint) == 16


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "[drugs]\nfoo = { classes = ['gabaergic'] }\n",
            "drugs.foo.classes: unknown class 'gabaergic'",
        ),
        ("[drugs]\nfoo = { clases = ['serotonergic'] }\n", "drugs.foo.clases: unknown key"),
        ("[drugs]\nfoo = { names = 'Foo' }\n", "drugs.foo.names: must be a list"),
        ("[drugz]\n", "drugz: unknown key"),
        ("[drugs]\nfoo = 3\n", "drugs.foo: must be a table"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_bad_content_names_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(content)
    with pytest.raises(ConfigError) as e:
        Lexicon.load(user)
    assert message in str(e.value) and str(user) in str(e.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read lexicon"):
        Lexicon.load(tmp_path / "absent.toml")


def test_user_classes_extend_the_known_classes(tmp_path: Path) -> None:
    user = tmp_path / "lex.toml"
    user.write_text(
        'classes = ["glutamatergic"]\n[drugs]\nesketamine = { classes = ["glutamatergic"] }\n'
    )
    lex = Lexicon.load(user)
    assert "glutamatergic" in lex.classes and lex.lookup("esketamine").classes == ("glutamatergic",)


def test_folded_patterns_find_what_case_insensitive_ones_find() -> None:
    """fastre.Folded: the same matches, at the original text's positions."""
    import re

    from ldn_watch.assess.fastre import Folded, fold

    assert fold(r"\bLDN\S+(?P<Abbr>X)") == r"\bldn\S+(?P<Abbr>x)"
    assert fold(r"(?-i:nM)") is None
    rx = Folded(r"\b(?:Low[\s\-]dose|SSRIs?)\b")
    text = "İstanbul: LOW-DOSE naltrexone with SSRIs"
    assert [m.span() for m in rx.finditer(text)] == [
        m.span() for m in re.finditer(r"\b(?:Low[\s\-]dose|SSRIs?)\b", text, re.I)
    ]
    assert rx.sub(lambda m: "_" * len(m.group(0)), "an SSRI.") == "an ____."
