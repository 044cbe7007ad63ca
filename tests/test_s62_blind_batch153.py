"""Kinds from blind batch 153 (session 62, first measured on the src of 31e9d1e6), written
again in other words.

- preprints131 PPR9900847: a flexible-dose trial's final doses ("21 were taking 4.5 mg ... 4
  were taking 1.5 mg; outcomes did not differ by final dose, although the study was not
  designed to compare doses") read as doses compared: dose-finding falsely addressed.
- registry138 NCT00290798: "The patient has had more than eight adequate antidepressant
  trials, including SSRIs, SNRIs, a tricyclic and an MAOI" read as drugs taken with LDN.
"""

from __future__ import annotations

from written import TRIAL, facts, gaps, judge_registration, registration

FLEX_TITLE = "Flexible-dose low-dose naltrexone added to sertraline in depression: an open trial"


def _flexible(results: str) -> str:
    return (
        "Methods: Adults with major depressive disorder (MADRS >= 20) taking sertraline "
        "received naltrexone flexibly dosed between 1 mg and 4.5 mg daily as tolerated for 10 "
        f"weeks. Results: Forty-two enrolled. {results}"
    )


def test_final_doses_of_a_study_not_built_to_compare_them_are_not_compared() -> None:
    text = _flexible(
        "By week 10, 25 were taking 4.5 mg and 9 were taking 1 mg; MADRS change was similar by "
        "final dose, although the trial was not powered to compare doses."
    )
    assert facts(FLEX_TITLE, text, TRIAL).compares_doses is False
    assert "dose-finding" not in gaps(FLEX_TITLE, text, TRIAL)


def _one_patient(history: str) -> dict:
    return registration(
        title="Expanded Access to Low-Dose Naltrexone for Treatment-Resistant Depression",
        status="AVAILABLE",
        study_type="EXPANDED_ACCESS",
        summary="One adult with refractory major depression will receive naltrexone 4.5 mg daily.",
        description=f"{history} The psychiatrist requests low-dose naltrexone 4.5 mg at bedtime.",
    )


def test_trials_a_patient_has_had_are_history() -> None:
    f, _ = judge_registration(
        _one_patient(
            "The patient has had nine adequate antidepressant trials, including SSRIs, an SNRI "
            "and a tricyclic, without lasting benefit. Current antidepressants are being tapered."
        )
    )
    assert f.concomitant_classes == []


def test_a_drug_the_patient_stays_on_is_taken() -> None:
    # (control)
    f, _ = judge_registration(
        _one_patient("The patient will continue sertraline 200 mg daily unchanged.")
    )
    assert "serotonergic" in f.concomitant_classes
