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


# ------------------------------------------------------------------ the watch spec
def test_the_watch_is_data() -> None:
    """The drug, its band, the condition and the gaps come from
    config/watch.toml, not from code."""
    from ldn_watch.assess import default_rules

    spec = LEX.spec
    assert (spec.drug, spec.low_max_mg, spec.standard_min_mg) == ("naltrexone", 6.0, 25.0)
    assert [x.name for x in spec.lookalikes][:2] == ["naltrexone-bupropion", "samidorphan"]
    assert [r.id for r in default_rules()] == list(spec.gaps)
    assert default_rules()[0].min_participants == spec.gaps["larger-trials"]["min_participants"]


def test_a_user_file_can_watch_another_drug(tmp_path: Path) -> None:
    """The engine reads "drug X at a low dose for condition Y" from the spec."""
    from ldn_watch.assess import extract_facts
    from ldn_watch.model import AbstractSection, Article

    user = tmp_path / "watch.toml"
    user.write_text(
        '[drug]\nname = "examplumab"\nlabel = "LDE"\nabbreviations = { LDE = "low" }\n'
        "low_max_mg = 10.0\nstandard_min_mg = 40.0\n"
    )
    lex = Lexicon.load(user)
    assert lex.spec.drug == "examplumab" and lex.fingerprint != LEX.fingerprint
    article = Article(
        "1",
        "Low-dose examplumab in major depressive disorder: a randomized trial",
        abstract=[
            AbstractSection("Sixty adults with MDD were randomized to examplumab 8 mg or placebo.")
        ],
    )
    f = extract_facts(article, lex)
    assert (f.on_topic, f.n, f.ldn_doses_mg) == (True, 60, [8.0])
    assert not extract_facts(article, LEX).on_topic  # the default watch is another drug


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[drug]\nnmae = 'x'\n", "drug.nmae: unknown key"),
        ("[drug]\nlow_max_mg = 'six'\n", "drug.low_max_mg: must be float"),
        ("[drug]\nlow_max_mg = 30\n", "need 0 < low_max_mg < standard_min_mg"),
        ("[condition]\noutcome_pattern = '(unclosed'\n", "not a valid regular expression"),
        ("[drug]\nabbreviations = { X = 'tiny' }\n", "drug.abbreviations.X: must be one of"),
        ("[gaps.larger-trials]\nmin_participants = 3\n", "gaps: unknown key"),
    ],
)
def test_bad_watch_values_name_the_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(content)
    with pytest.raises(ConfigError) as e:
        Lexicon.load(user)
    assert message in str(e.value) and str(user) in str(e.value)


def test_condition_min_dose_is_checked(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text("[drugs]\nfoo = { classes = [], condition_min_mg = -1 }\n")
    with pytest.raises(ConfigError, match="condition_min_mg: must be a positive number"):
        Lexicon.load(user)


def test_the_extractor_version_is_a_hash_of_code_and_data() -> None:
    from ldn_watch.assess import extractor_version, rules_version
    from ldn_watch.assess.gaps import default_rules

    v = extractor_version()
    assert len(v) == 12 and int(v, 16) >= 0 and v == extractor_version()
    assert rules_version(default_rules(), LEX) != v  # rules and lexicon are folded in too
