"""Kind: an abstract in another language (German, French, Spanish) says who took part,
how they were allocated, the design and the co-medication in its own words ("64
ambulant behandelte Patienten ... erhielten randomisiert", "Quarante-deux patients ...
ont été randomisés", "Se incluyeron 56 pacientes", "ensayo abierto", "un ISRS o un
IRSN"): these are read as the English words they are (watch.toml [language] glossary),
so n, design, population and classes come out as for an English abstract.

Round 43, c43c. Shown by preprints39 PPR6000008 (Spanish), PPR6000017 (French),
holdout138 15200021 and holdout146 16000018 (German abstracts, bracketed English titles).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps, judge_preprint, preprint

from ldn_watch.assess.spec import default_spec

# the records' wording
GERMAN = (
    "[Low-dose naltrexone as add-on to citalopram in moderate depression: a randomized "
    "controlled trial]",
    "Background: Niedrig dosiertes Naltrexon (LDN) wird in Deutschland zunehmend off-label "
    "verordnet.\nMethods: 64 ambulant behandelte Patienten mit mittelgradiger depressiver "
    "Episode (ICD-10 F32.1) unter Citalopram 20-40 mg erhielten randomisiert zusätzlich "
    "Naltrexon 4,5 mg oder Placebo über 8 Wochen.\nResults: Die MADRS sank unter LDN um 11,8 "
    "und unter Placebo um 7,9 Punkte (p = 0,03).",
)
SPANISH = preprint(
    "Naltrexona en dosis bajas como potenciación en la depresión resistente al tratamiento: "
    "ensayo abierto multicéntrico",
    "<h4>Métodos</h4>Ensayo abierto, de un solo brazo, en cuatro hospitales. Se incluyeron "
    "pacientes adultos con trastorno depresivo mayor resistente en tratamiento estable con "
    "un ISRS o un IRSN, que recibieron naltrexona 3 mg/día durante 12 semanas sin modificar "
    "el antidepresivo.<h4>Resultados</h4>Se incluyeron 56 pacientes; 47 completaron el "
    "seguimiento.",
)
FRENCH = preprint(
    "Naltrexone à faible dose (1 mg versus 4,5 mg) en association à un antidépresseur "
    "sérotoninergique dans l'épisode dépressif caractérisé : essai randomisé en double aveugle",
    "Méthode. Quarante-deux patients présentant un épisode dépressif caractérisé "
    "(HDRS-17 ≥ 18) malgré un traitement par venlafaxine, duloxétine ou escitalopram ont été "
    "randomisés pour recevoir, en plus de cet antidépresseur, 1 mg/j ou 4,5 mg/j de "
    "naltrexone pendant huit semaines.",
)


def test_german_record_counts_its_randomised_patients() -> None:
    f = facts(*GERMAN, types=RCT)
    assert (f.design, f.n) == ("rct", 64)
    assert gaps(*GERMAN, types=RCT)["larger-trials"] == "addressed"


def test_spanish_record_reads_design_n_population_and_classes() -> None:
    f, g = judge_preprint(SPANISH)
    assert (f.design, f.n, f.depression_population) == ("nonrandomized_trial", 56, True)
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic"}
    assert g["larger-trials"] == g["serotonergic-combination"] == "addressed"


def test_french_number_words_count() -> None:
    f, g = judge_preprint(FRENCH)
    assert (f.design, f.n) == ("rct", 42)
    assert "larger-trials" not in g


# probes: the same kind in other words, other numbers and orders
@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "[Naltrexone in low dose added to sertraline for major depression: a randomised trial]",
            "Methoden: 88 Patientinnen und Patienten mit einer Major Depression unter Sertralin "
            "wurden randomisiert und erhielten Naltrexon 2 mg oder Placebo für 10 Wochen.",
            88,
        ),
        (
            "[Low-dose naltrexone with escitalopram in depression: randomised controlled trial]",
            "Methodik: Insgesamt wurden 120 Erwachsene mit depressiver Episode unter "
            "Escitalopram eingeschlossen und randomisiert Naltrexon 4,5 mg oder Placebo "
            "zugeteilt.",
            120,
        ),
        (
            "[Low-dose naltrexone with fluoxetine in depression: randomised controlled trial]",
            "Métodos: 75 pacientes con trastorno depresivo mayor en tratamiento con fluoxetina "
            "fueron aleatorizados a naltrexona 4,5 mg o placebo durante 8 semanas.",
            75,
        ),
    ],
)
def test_other_language_counts_are_read(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, types=RCT)
    assert (f.on_topic, f.n) == (True, n)


# near misses that must not change
def test_standard_dose_in_german_stays_off_topic() -> None:
    f = facts(
        "[Naltrexone in alcohol dependence]",
        "Methoden: 90 Patienten mit Alkoholabhängigkeit wurden randomisiert und erhielten "
        "Naltrexon 50 mg oder Placebo.",
        types=RCT,
    )
    assert not f.on_topic


def test_small_german_trial_stays_below_the_size_threshold() -> None:
    title = "[Low-dose naltrexone with citalopram in depression: a randomized trial]"
    abstract = (
        "Methoden: 24 Patienten mit depressiver Episode unter Citalopram erhielten "
        "randomisiert Naltrexon 4,5 mg oder Placebo."
    )
    assert facts(title, abstract, types=RCT).n == 24
    assert "larger-trials" not in gaps(title, abstract, types=RCT)


def test_english_words_are_untouched() -> None:
    f = facts(
        "Low-dose naltrexone in depression: an open-label pilot",
        "Methods: Twelve patients with major depressive disorder on citalopram received "
        "naltrexone 4.5 mg for 8 weeks; the con of the design was its size.",
    )
    assert f.n == 12


def test_an_english_month_abbreviation_is_no_french_number() -> None:
    """French "sept" (seven) left the glossary: in English abstracts it is September
    ("Between Sept 2019 and March 2021"), and the glossary is read in every record."""
    text = "Between Sept 2019 and March 2021, 64 adults were randomised."
    assert default_spec().respell(text) == text
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: a randomised trial",
        "Methods: Between Sept 2019 and March 2021 we randomised 64 adults with major "
        "depression on sertraline to naltrexone 4.5 mg or placebo.",
        types=RCT,
    )
    assert f.n == 64
