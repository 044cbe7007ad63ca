"""Round 64, c64b: an abbreviation the article defines after the name and its dose level
("naltrexona a dosis bajas (NDB)", "naltrexone at low doses (NDB)") names the low-dose drug,
so a dose written with it ("NDB 3 mg por la noche") is an LDN dose. Only "naltrexone
(ABBR)" and "low-dose naltrexone (ABBR)" were learnt, and the Spanish and Portuguese words
of the dose level were not in the glossary. Shown by holdout225 25200017 (LDN added to
tricyclics, a Spanish open multicentre study)."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

SPANISH = (
    "[Low-dose naltrexone added to tricyclic antidepressants in resistant depression: open "
    "multicentre study]"
)


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses"),
    [
        # holdout225 25200017, the record's own words
        (
            SPANISH,
            "Objetivo: evaluar la naltrexona a dosis bajas (NDB) como potenciación de "
            "antidepresivos tricíclicos.\n"
            "Métodos: estudio abierto, no aleatorizado, en cuatro hospitales. Se incluyeron "
            "sesenta y cuatro pacientes con depresión mayor resistente en tratamiento con "
            "amitriptilina 150 mg/día o clomipramina 150 mg/día como antidepresivo; se añadió "
            "NDB 3 mg por la noche durante 10 semanas.\n"
            "Resultados: la puntuación HAMD-17 descendió de 24,6 a 15,2.",
            TRIAL,
            [3.0],
        ),
        # probe: English word order, the dose in the results
        (
            "Naltrexone at low doses in major depressive disorder: an open study",
            "Methods: Adults with major depressive disorder took naltrexone at low doses "
            "(NLD) for eight weeks.\n"
            "Results: Thirty patients took NLD 2 mg nightly; MADRS scores fell.",
            TRIAL,
            [2.0],
        ),
        # probe: the definition in the title, the dose in the conclusions, "in a low dose"
        (
            "Naltrexone in a low dose (NLD) for bipolar depression: a pilot study",
            "Twenty patients with bipolar depression were treated for six weeks. "
            "Conclusions: NLD 4 mg once daily was well tolerated and mood improved.",
            TRIAL,
            [4.0],
        ),
        # probe: Portuguese, an unlabelled abstract, the dose in the opening sentence
        (
            "Naltrexona em doses baixas (NBD) na depressão maior: ensaio aberto",
            "NBD 1,5 mg foi adicionada ao antidepressivo de 24 pacientes com depressão. "
            "A depressão melhorou.",
            TRIAL,
            [1.5],
        ),
        # probe: ultra-low doses in micrograms, randomised arms
        (
            "Naltrexone at ultra-low doses (UNX) for depressive symptoms: a randomised trial",
            "Methods: 60 adults with major depressive disorder were randomised to UNX 250 µg "
            "or placebo.\nResults: Mood improved with UNX.",
            RCT,
            [0.25],
        ),
    ],
)
def test_an_abbreviation_defined_after_the_dose_words_is_the_low_dose(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float]
) -> None:
    assert facts(title, abstract, types).ldn_doses_mg == doses


def test_a_standard_dose_defined_the_same_way_stays_off_topic() -> None:
    """Near miss: the words after the name say a standard dose, and the dose given is one."""
    f = facts(
        "Naltrexone at standard doses (NSD) in alcohol use disorder with depression",
        "Methods: 80 adults with alcohol use disorder and depressive symptoms were randomised "
        "to NSD 50 mg or placebo.\nResults: Depression scores did not differ.",
        RCT,
    )
    assert not f.on_topic
    assert f.ldn_doses_mg == []


def test_a_low_dose_abbreviation_with_a_standard_dose_is_not_ldn() -> None:
    """Near miss: an abbreviation defined as the low dose, given at 50 mg, is no LDN dose."""
    f = facts(
        "Naltrexone at low doses (NLD) versus 50 mg in depression",
        "Methods: 70 adults with major depressive disorder were randomised to NLD 50 mg or "
        "placebo.\nResults: Mood improved.",
        RCT,
    )
    assert f.ldn_doses_mg == []
