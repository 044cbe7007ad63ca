"""Kind: a study written in French, Italian, German or Spanish states how many people it
enrolled in that language's number words or people nouns ("Quatre-vingt-seize patients",
"trentasei pazienti", "vier Patientinnen und Patienten", "42 mujeres"): that count is its
n, as the same count in English would be. Number words that count no people (ages,
weeks, scores, "drei von vier" responders beside a larger enrolled count) are no n.

Round 64, c64c; the records that showed it: preprints46 PPR5300017 (French
"Quatre-vingt-seize patients": n read 40, larger-trials and dose-finding in progress
missed), preprints46 PPR5300007 (Italian "Sono stati arruolati 36 pazienti": n None, and
the recommended "studio randomizzato" read as the design), preprints41 PPR5800018 (Spanish
"Se incluyeron 42 mujeres": the 38 completers read instead), preprints41 PPR5800019
(German "vier Patientinnen und Patienten": n None).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, TRIAL, facts, gaps, judge_preprint, preprint

FRENCH_TITLE = (
    "[Low-dose naltrexone as adjunctive treatment for bipolar depression: protocol of a "
    "three-arm randomised, double-blind, placebo-controlled trial]"
)
FRENCH = (
    "<h4>Contexte</h4>La dépression bipolaire reste difficile à traiter.<h4>Méthodes</h4>"
    "Essai multicentrique, randomisé, en double aveugle, à trois bras. Quatre-vingt-seize "
    "patients adultes présentant un épisode dépressif majeur au cours d'un trouble bipolaire "
    "(MADRS ≥ 20) seront répartis au hasard (1:1:1) entre naltrexone 1 mg/jour, naltrexone "
    "4 mg/jour et placebo pendant 8 semaines. Les antidépresseurs sont interdits."
)
ITALIAN_TITLE = (
    "[Low-dose naltrexone as augmentation of SSRIs in persistent depressive disorder: an "
    "open-label pilot study]"
)
ITALIAN = (
    "Abbiamo valutato, in uno studio in aperto a braccio singolo, l'aggiunta di naltrexone a "
    "basso dosaggio alla terapia con un SSRI. Sono stati arruolati 36 pazienti ambulatoriali "
    "adulti con disturbo depressivo persistente e punteggio HAM-D-17 pari o superiore a 14. "
    "Il naltrexone è stato somministrato alla dose di 2 mg la sera. Dopo 12 settimane, 29 "
    "pazienti hanno completato lo studio. I risultati giustificano uno studio randomizzato "
    "controllato."
)
SPANISH_TITLE = "Low-dose naltrexone for fibromyalgia with depressive symptoms: an open-label study"
SPANISH = (
    "<h4>Métodos</h4>Estudio abierto, de un solo brazo, de 12 semanas. Se incluyeron 42 "
    "mujeres con fibromialgia que recibieron naltrexona 4,5 mg cada noche. Los desenlaces "
    "fueron el FIQR y el BDI-II.<h4>Resultados</h4>Treinta y ocho pacientes completaron el "
    "estudio. El BDI-II bajó de 24,1 a 17,6."
)
GERMAN_TITLE = (
    "[Low-dose naltrexone as add-on to tranylcypromine in treatment-resistant depression: a "
    "case series]"
)
GERMAN = (
    "<h4>Methode</h4>Retrospektive Fallserie von vier Patientinnen und Patienten (48-67 "
    "Jahre) mit rezidivierender depressiver Störung, die zusätzlich niedrig dosiertes "
    "Naltrexon (LDN) erhielten.<h4>Ergebnisse</h4>Drei von vier Patienten zeigten nach acht "
    "Wochen eine Reduktion der MADRS um mindestens 50 %."
)


def test_the_records() -> None:
    f, g = judge_preprint(preprint(FRENCH_TITLE, FRENCH))
    assert f.n == 96
    assert g == {"larger-trials": "in_progress", "dose-finding": "in_progress"}
    f, _ = judge_preprint(preprint(ITALIAN_TITLE, ITALIAN))
    assert f.n == 36
    assert f.design == "nonrandomized_trial"
    assert judge_preprint(preprint(SPANISH_TITLE, SPANISH))[0].n == 42
    assert judge_preprint(preprint(GERMAN_TITLE, GERMAN))[0].n == 4


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        # French, in the opening sentence, a protocol's plan, an unlabelled abstract
        (
            "[Naltrexone à faible dose et sertraline dans la dépression : essai ouvert]",
            "Soixante-quatorze femmes avec un trouble dépressif majeur ont reçu de la "
            "naltrexone 4,5 mg le soir. La MADRS a diminué.",
            TRIAL,
            74,
        ),
        (
            "[Naltrexone à faible dose dans la dépression résistante : protocole]",
            "Méthodes : quatre-vingt-dix-huit patients avec une dépression seront répartis au "
            "hasard entre naltrexone 4,5 mg et placebo.",
            PROTOCOL,
            98,
        ),
        (
            "[Naltrexone à faible dose dans la dépression]",
            "Résultats : trente et un adultes avec une dépression ont été inclus et ont reçu "
            "la naltrexone 3 mg.",
            TRIAL,
            31,
        ),
        # Italian, in the title, the methods and the results
        (
            "Cinquantadue pazienti con depressione maggiore: naltrexone a basso dosaggio",
            "Studio in aperto a braccio singolo; naltrexone 4,5 mg la sera per 8 settimane.",
            TRIAL,
            52,
        ),
        (
            "[Naltrexone a basso dosaggio nella depressione: studio randomizzato]",
            "Metodi: sono stati randomizzati sessantotto pazienti con depressione maggiore a "
            "naltrexone 1 mg o placebo. Risultati: la MADRS è migliorata.",
            JOURNAL,
            68,
        ),
        (
            "[Naltrexone a basso dosaggio nella depressione]",
            "Risultati: ventotto donne con depressione sono state incluse e hanno ricevuto "
            "naltrexone 3 mg.",
            TRIAL,
            28,
        ),
        # German, joined counts, women, adolescents
        (
            "[Niedrig dosiertes Naltrexon bei Depression: offene Studie]",
            "Methode: sechsundfünfzig Patienten mit depressiver Störung erhielten niedrig "
            "dosiertes Naltrexon 4,5 mg abends.",
            TRIAL,
            56,
        ),
        (
            "Zwölf Jugendliche mit depressiver Störung und niedrig dosiertes Naltrexon",
            "Offene Studie: Naltrexon 1,5 mg abends über acht Wochen.",
            TRIAL,
            12,
        ),
        # Spanish people nouns
        (
            "[Naltrexona a dosis bajas en depresión: ensayo abierto]",
            "Resultados: se incluyeron 27 hombres con depresión mayor que recibieron "
            "naltrexona 4,5 mg.",
            TRIAL,
            27,
        ),
    ],
)
def test_counts_in_other_languages_anywhere(
    title: str, abstract: str, types: tuple[str, ...], n: int
) -> None:
    assert facts(title, abstract, types).n == n


def test_a_count_in_french_words_plans_a_large_trial() -> None:
    assert (
        gaps(
            "[Low-dose naltrexone in treatment-resistant depression: protocol of a randomised "
            "trial]",
            "Méthodes : quatre-vingt-dix-huit patients adultes présentant un épisode dépressif "
            "caractérisé (MADRS ≥ 20) seront répartis au hasard entre naltrexone 4,5 mg et "
            "placebo.",
            PROTOCOL,
        ).get("larger-trials")
        == "in_progress"
    )


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # ages, weeks and scores in words count no one
        (
            "[Naltrexone à faible dose dans la dépression]",
            "Une femme de quarante-sept ans avec une dépression a reçu la naltrexone 4,5 mg "
            "pendant douze semaines.",
            None,
        ),
        (
            "[Niedrig dosiertes Naltrexon bei Depression]",
            "Eine Patientin, zweiundsechzig Jahre, erhielt Naltrexon 4,5 mg über acht Wochen; "
            "die MADRS fiel um dreißig Punkte.",
            None,
        ),
        # responders among the enrolled are not the enrolled
        (
            "[Niedrig dosiertes Naltrexon bei Depression]",
            "Methode: 30 Patienten mit depressiver Störung erhielten Naltrexon 4,5 mg. "
            "Ergebnisse: Drei von zwölf Patienten mit Schlafstörung brachen ab.",
            30,
        ),
        (
            "[Naltrexone a basso dosaggio nella depressione]",
            "Sono stati arruolati 40 pazienti; dopo otto settimane, ventidue pazienti hanno "
            "risposto al naltrexone 4,5 mg.",
            40,
        ),
    ],
)
def test_words_that_count_no_one(title: str, abstract: str, n: int | None) -> None:
    assert facts(title, abstract, TRIAL).n == n
