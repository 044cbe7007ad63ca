"""Kind: a study in Spanish or Portuguese counts its people in number words ("sesenta y
cuatro pacientes", "Cinquenta e oito pacientes", "ciento veinte"): that count is its n, as
the same count in English words or digits would be. Other languages' words that are also
English, or mean something else ("dos" is Portuguese "of the", "once", a lone "y"), are
not read as numbers.

Round 63, c63a; the record that showed it: holdout225 25200017 (label n 64; read none, so
larger-trials missed).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

TITLE = (
    "[Low-dose naltrexone added to tricyclic antidepressants in resistant depression: open "
    "multicentre study]"
)
RECORD = (
    "Objetivo: evaluar la naltrexona a dosis bajas (NDB) como potenciación de antidepresivos "
    "tricíclicos. Métodos: estudio abierto, no aleatorizado, en cuatro hospitales. Se "
    "incluyeron sesenta y cuatro pacientes con depresión mayor resistente (al menos dos "
    "fracasos previos) en tratamiento con amitriptilina 150 mg/día o clomipramina 150 mg/día "
    "como antidepresivo; se añadió NDB 3 mg por la noche durante 10 semanas. Resultados: la "
    "puntuación HAMD-17 descendió de 24,6 a 15,2; 23 pacientes (36%) respondieron. Efectos "
    "adversos leves. Conclusiones: la NDB es bien tolerada junto con tricíclicos y justifica "
    "un ensayo controlado."
)


def test_the_record() -> None:
    assert facts(TITLE, RECORD, JOURNAL).n == 64
    assert facts(TITLE, RECORD, TRIAL).n == 64


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "[Low-dose naltrexone as augmentation of sertraline in major depression: a "
            "randomised trial]",
            "Métodos: setenta y dos pacientes con trastorno depresivo mayor fueron "
            "aleatorizados a naltrexona 4,5 mg o placebo. Resultados: la MADRS mejoró más con "
            "naltrexona.",
            RCT,
            72,
        ),
        (
            "[Naltrexona em baixa dose associada a antidepressivos na depressão: ensaio aberto]",
            "Métodos: Cinquenta e oito pacientes com depressão maior receberam naltrexona 4,5 "
            "mg. Resultados: a HAM-D diminuiu.",
            TRIAL,
            58,
        ),
        (
            "[Naltrexona a dosis bajas en depresión: protocolo de ensayo aleatorizado]",
            "Se incluirán ciento veinte pacientes con trastorno depresivo mayor, aleatorizados "
            "a naltrexona 1,5 mg o 4,5 mg.",
            PROTOCOL,
            120,
        ),
        (
            "[Naltrexona a dosis bajas y sertralina en depresión]",
            "Treinta y cinco pacientes con depresión mayor fueron incluidos y recibieron "
            "naltrexona 4,5 mg junto con sertralina.",
            TRIAL,
            35,
        ),
        (
            "Sesenta y cuatro pacientes con depresión resistente: naltrexona 3 mg añadida a "
            "tricíclicos",
            "Estudio abierto multicéntrico. La HAMD-17 descendió de 24,6 a 15,2.",
            TRIAL,
            64,
        ),
    ],
)
def test_counts_in_words_anywhere(
    title: str, abstract: str, types: tuple[str, ...], n: int
) -> None:
    assert facts(title, abstract, types).n == n


def test_a_large_count_in_words_closes_the_gap() -> None:
    title = (
        "[Low-dose naltrexone as augmentation of sertraline in major depression: a randomised "
        "trial]"
    )
    abstract = (
        "Métodos: setenta y dos pacientes con trastorno depresivo mayor fueron aleatorizados a "
        "naltrexona 4,5 mg o placebo. Resultados: la MADRS mejoró más con naltrexona."
    )
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Métodos: 30 pacientes com depressão maior receberam naltrexona 4,5 mg; 20% dos "
            "pacientes responderam.",
            30,
        ),
        (
            "Forty adults with major depressive disorder took naltrexone 4.5 mg once daily; "
            "y = 2.1x fitted the scores (mean age 45 y).",
            40,
        ),
    ],
)
def test_words_that_are_no_numbers(abstract: str, n: int) -> None:
    assert facts("[Naltrexona em baixa dose na depressão]", abstract, TRIAL).n == n
