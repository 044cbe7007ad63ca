"""On-topic precision, round 13: records about LDN in which nobody takes LDN.

CONTRACT.md: "A study is on-topic only if participants in it receive LDN (in any arm); LDN
named only in the background or in a cited earlier study is not." Reviews, protocols
(planned participants), models and notices keep their own rules.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.assess.version import code_files
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts
from ldn_watch.store.codec import record_from_json, record_json

LEXICON = default_lexicon()

# -- registrations: the arms and interventions say what participants receive (registry7
# NCT09300030, a PET case-control study whose summary cites LDN trials as background)


def _registration(
    summary: str,
    interventions: list[dict[str, Any]],
    *,
    arms: list[dict[str, Any]] | None = None,
    inclusion: str = "Adults aged 18 to 65 with major depressive disorder (DSM-5)",
    study_type: str = "INTERVENTIONAL",
) -> dict[str, Any]:
    return registration(
        title="A Study in Major Depression",
        summary=summary,
        study_type=study_type,
        allocation="RANDOMIZED" if study_type == "INTERVENTIONAL" else None,
        enrollment=60,
        arms=arms or [],
        interventions=interventions,
        outcomes=["Change in MADRS total score"],
        criteria=f"Inclusion Criteria:\n\n* {inclusion}\n\n"
        "Exclusion Criteria:\n\n* Current opioid use or naltrexone in the past month",
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


PET = {
    "type": "DIAGNOSTIC_TEST",
    "name": "[11C]carfentanil PET",
    "description": "Tracer dose PET scan.",
    "armGroupLabels": ["Major depression", "Healthy controls"],
}


def test_a_registration_whose_arms_and_interventions_never_give_the_drug_is_off_topic() -> None:
    """registry7 NCT09300030: LDN only in the summary's background; the one intervention
    is a PET scan, so nobody in the study takes it."""
    study = _registration(
        "Open trials of low-dose naltrexone in depression suggest that the endogenous "
        "opioid system is involved in mood. This study measures mu-opioid receptor "
        "availability with PET in unmedicated people with major depression and in healthy "
        "controls. No naltrexone or other treatment is given.",
        [PET],
        arms=[
            {"label": "Major depression", "interventionNames": ["Diagnostic Test: PET"]},
            {"label": "Healthy controls", "interventionNames": ["Diagnostic Test: PET"]},
        ],
        study_type="OBSERVATIONAL",
    )
    facts = _facts(study)
    assert facts.on_topic is False
    assert facts.off_topic_reason == "no arm or intervention gives naltrexone"


def test_a_trial_of_another_drug_that_names_ldn_as_its_rationale_is_off_topic() -> None:
    """Probe: the summary names LDN with a dose as the benefit it hopes to match ("the
    mood benefit reported with low-dose naltrexone (4.5 mg nightly)"); the arms randomise
    a kappa antagonist against placebo."""
    study = _registration(
        "This trial asks whether the mood benefit reported with low-dose naltrexone (4.5 mg "
        "nightly) can be obtained with a kappa-opioid antagonist. Adults with major "
        "depression receive aticaprant 10 mg or placebo for six weeks.",
        [
            {"type": "DRUG", "name": "Aticaprant", "armGroupLabels": ["Aticaprant"]},
            {"type": "DRUG", "name": "Placebo", "armGroupLabels": ["Placebo"]},
        ],
        arms=[
            {
                "label": "Aticaprant",
                "type": "EXPERIMENTAL",
                "interventionNames": ["Drug: Aticaprant"],
            },
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "interventionNames": ["Drug: Placebo"],
            },
        ],
    )
    facts = _facts(study)
    assert facts.on_topic is False
    assert facts.off_topic_reason == "no arm or intervention gives naltrexone"


def test_the_drug_named_only_among_an_interventions_other_names_is_still_given() -> None:
    """Probe: "Drug: Study capsule" whose otherNames are "LDN"."""
    study = _registration(
        "Adults with major depression will be randomised to low-dose naltrexone 4.5 mg "
        "nightly or placebo for eight weeks.",
        [
            {
                "type": "DRUG",
                "name": "Study capsule",
                "otherNames": ["LDN"],
                "armGroupLabels": ["Active"],
            },
            {"type": "DRUG", "name": "Placebo", "armGroupLabels": ["Placebo"]},
        ],
        arms=[
            {
                "label": "Active",
                "type": "EXPERIMENTAL",
                "interventionNames": ["Drug: Study capsule"],
            },
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "interventionNames": ["Drug: Placebo"],
            },
        ],
    )
    assert _facts(study).on_topic is True


def test_people_required_to_be_taking_the_drug_already_receive_it() -> None:
    """Probe: a behavioural trial in people on stable LDN: they take it (in every arm),
    though the study does not give it; "no prior naltrexone" would ask the opposite."""
    summary = (
        "Adults with major depression who take low-dose naltrexone 4.5 mg nightly are "
        "randomised to mindfulness training or a waiting list."
    )
    interventions = [
        {"type": "BEHAVIORAL", "name": "Mindfulness training", "armGroupLabels": ["Mindfulness"]}
    ]
    arms = [
        {"label": "Mindfulness", "type": "EXPERIMENTAL"},
        {"label": "Waiting list", "type": "NO_INTERVENTION"},
    ]
    taking = _registration(
        summary,
        interventions,
        arms=arms,
        inclusion="Taking low-dose naltrexone at a stable dose for at least 3 months",
    )
    assert _facts(taking).on_topic is True
    naive = _registration(summary, interventions, arms=arms, inclusion="No prior use of naltrexone")
    assert _facts(naive).off_topic_reason == "no arm or intervention gives naltrexone"


def test_a_registration_that_lists_no_interventions_keeps_the_texts_answer() -> None:
    """An observational registration may register its exposure nowhere: its text decides."""
    study = _registration(
        "A cohort of adults with major depression who were prescribed low-dose naltrexone "
        "4.5 mg by their psychiatrists, followed for 12 months with the PHQ-9.",
        [],
        study_type="OBSERVATIONAL",
    )
    assert _facts(study).on_topic is True


def test_other_names_survive_storage() -> None:
    """A stored registration keeps its interventions' other names (the verdict is redone
    from the stored record when the rules change)."""
    record = parse_study(
        _registration(
            "Adults with major depression receive the study capsule or placebo.",
            [{"type": "DRUG", "name": "Study capsule", "otherNames": ["LDN", "Naltrexone HCl"]}],
        )
    )
    stored = record_from_json(record_json(record))
    assert stored.registry is not None and record.registry is not None
    assert stored.registry.interventions == record.registry.interventions
    assert stored.registry.interventions[0].other_names == ("LDN", "Naltrexone HCl")


def test_a_change_to_the_registry_rules_redoes_stored_verdicts() -> None:
    """The registry's structured rules decide verdicts too (this round's "no arm gives
    the drug"): the classifier's version covers them, so stored registrations are
    reassessed when they change."""
    assert "registry_facts.py" in {p.name for p in code_files()}
    assert all(p.is_file() for p in code_files())


# -- cell work: the "doses" are concentrations in cells, and the patients only gave serum
# (preprints5 PPR9400010: iPSC-derived microglia exposed to serum from depressed patients)

PREPRINT = ("Preprint",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # preprints5 PPR9400010
        (
            "Naltrexone and its metabolite 6β-naltrexol suppress TLR4-dependent cytokine "
            "release in human iPSC-derived microglia exposed to serum from patients with "
            "depression",
            "Inflammation contributes to depression in a subset of patients, and low-dose "
            "naltrexone is thought to act as a TLR4 antagonist in microglia. We differentiated "
            "human induced pluripotent stem cell lines into microglia-like cells and exposed "
            "them to pooled serum from patients with major depressive disorder or controls, "
            "with or without naltrexone or 6β-naltrexol (10 nM–10 µM). Depression serum "
            "increased IL-6 and TNF-α release; naltrexone reduced both in a "
            "concentration-dependent manner (IC50 ≈ 0.8 µM). These in-vitro findings provide "
            "a rationale for LDN trials in inflammatory depression.",
        ),
        # probe: the same kind, said differently (serum twice, "in-vitro", "-like cells")
        (
            "Naltrexone blocks the effect of serum from depressed patients on human stem "
            "cell-derived microglia",
            "Serum from patients with depression activates microglia. Microglia-like cells "
            "differentiated from human induced pluripotent stem cell lines were exposed to "
            "serum from patients with major depression or from healthy people, with "
            "naltrexone at 10 nM to 10 µM. Naltrexone lowered TNF release. These in-vitro "
            "data support LDN trials in patients with depression.",
        ),
        # probe: a cell line named by what it resembles, plasma from patients, micromolar
        (
            "Naltrexone dampens interferon signalling in neuron-like cells exposed to plasma "
            "from patients with major depression",
            "Low-dose naltrexone is under study for depression. SH-SY5Y neuron-like cells "
            "were incubated with plasma from 16 patients with major depression or 16 "
            "controls, with or without naltrexone (0.1 to 10 micromolar). Depression plasma "
            "raised interferon-stimulated gene expression, and naltrexone lowered it. These "
            "in-vitro results support trials of LDN in depression with raised inflammation.",
        ),
    ],
)
def test_cell_work_on_serum_from_patients_is_preclinical_and_off_topic(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, PREPRINT)
    assert f.design == "preclinical"
    assert f.on_topic is False
    assert f.n is None


def test_a_trial_that_stores_its_patients_serum_is_still_a_trial() -> None:
    """People who give samples in a trial are still its participants."""
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "Sixty adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "nightly or placebo for 8 weeks. Blood samples from patients were taken for CRP, and "
        "serum from patients was stored. MADRS scores fell more with naltrexone.",
        RCT,
    )
    assert (f.on_topic, f.design, f.n) == (True, "rct", 60)


# -- a record that says it has nobody of its own (preprints5 PPR9400011: a compounded
# solution's stability, "No patient data are reported"): nobody takes LDN. Reviews,
# protocols, notices, models and surveys keep their own rules.

NOBODY = "no participants: nobody in the study takes naltrexone"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # preprints5 PPR9400011
        (
            "Stability and dose uniformity of a compounded low-dose naltrexone oral solution "
            "(1 mg/mL) prepared for a depression trial",
            "Methods paper. Trials of low-dose naltrexone (LDN) in depression require "
            "flexible, blinded doses below commercially available strengths. We describe the "
            "preparation of a 1 mg/mL naltrexone hydrochloride oral solution and matching "
            "placebo for an upcoming placebo-controlled trial in major depressive disorder, and "
            "report its stability. Six batches were stored at 4 °C and 25 °C for 90 days and "
            "assayed by HPLC. Content remained within 95–105% at 4 °C for 90 days and at 25 °C "
            "for 30 days; dose uniformity for 0.5, 1.0 and 4.5 mL volumes met pharmacopoeial "
            "limits. Taste-masking made active and placebo indistinguishable in a 20-person "
            "panel of healthy volunteers. No patient data are reported.",
        ),
        # probes: the same kind said differently
        (
            "Validation of an HPLC assay for compounded low-dose naltrexone 4.5 mg capsules "
            "used in depression trials",
            "Compounded capsules of low-dose naltrexone (1.5, 3 and 4.5 mg) are used in trials "
            "in depression. We validated an HPLC method for content and uniformity in 12 "
            "batches from three pharmacies. Two batches fell outside 90-110% of label claim. "
            "This study did not involve human participants.",
        ),
        (
            "Preparing blinded low-dose naltrexone and placebo for a multicentre depression "
            "trial: a pharmacy report",
            "We describe how the trial pharmacy prepared naltrexone 4.5 mg and matching placebo "
            "capsules for an adjunctive trial in major depression, and how blinding was "
            "checked. Dissolution and appearance met specifications. No participants were "
            "recruited for this report.",
        ),
        (
            "Stability of low-dose naltrexone oral suspension for depression studies",
            "Low-dose naltrexone (LDN) is given in depression trials as an oral liquid. We "
            "prepared 1 mg/mL suspensions and measured content over 60 days at two "
            "temperatures; 4.5 mL doses stayed within limits. No patient-level data were "
            "collected.",
        ),
    ],
)
def test_a_record_with_nobody_of_its_own_is_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, PREPRINT)
    assert f.on_topic is False
    assert f.off_topic_reason == NOBODY
    assert f.design == "other"


@pytest.mark.parametrize(
    ("title", "abstract", "types", "design"),
    [
        # a protocol: nobody enrolled *yet*, its planned people will take LDN
        (
            "Low-dose naltrexone 4.5 mg added to SSRIs in major depression: protocol for a "
            "randomised trial",
            "Recruitment has not started and no participants have been enrolled yet. We will "
            "randomise 120 adults with major depressive disorder on an SSRI to naltrexone "
            "4.5 mg nightly or placebo for 8 weeks; the primary outcome is MADRS change.",
            PROTOCOL,
            "protocol",
        ),
        # a model: its simulated cohort stands for the trials it draws on (holdout10/15)
        (
            "Cost-effectiveness of low-dose naltrexone augmentation in treatment-resistant "
            "depression: a Markov model",
            "A Markov model compared low-dose naltrexone 4.5 mg/day added to an SSRI with SSRI "
            "alone in a hypothetical cohort of 10,000 adults with treatment-resistant "
            "depression. No patients were enrolled. LDN augmentation cost 12,000 per QALY "
            "gained.",
            JOURNAL,
            "other",
        ),
        # a simulation study of dose-finding designs (preprints1 PPR9800012, labelled
        # on-topic like the models)
        (
            "Bayesian adaptive dose-finding designs for low-dose naltrexone augmentation in "
            "depression: a simulation study",
            "Methods: We simulated phase II trials comparing response-adaptive randomisation "
            "and a fixed four-arm design for LDN doses of 0.5, 1.5, 3 and 4.5 mg/day plus "
            "placebo. No participants were recruited.\nResults: Across 10,000 simulated "
            "trials, the adaptive design with 180 participants found the minimum effective "
            "dose more often.",
            PREPRINT,
            "other",
        ),
        # "no patients were treated with <another drug>" says nothing of LDN's people
        (
            "Low-dose naltrexone in major depression: an open-label trial",
            "Thirty adults with major depressive disorder took naltrexone 4.5 mg nightly for 8 "
            "weeks. No patients were treated with ketamine. MADRS scores fell by 12 points.",
            TRIAL,
            "nonrandomized_trial",
        ),
        # a survey of prescribers: its respondents are its people (CONTRACT.md lists such
        # surveys among records with their own dose rule)
        (
            "Prescribing low-dose naltrexone for depression: a survey of psychiatrists",
            "We surveyed 214 psychiatrists about their use of low-dose naltrexone (LDN) for "
            "depression. Most prescribed 1.5 to 4.5 mg/day, usually as augmentation of an "
            "SSRI. No patient data were collected. Respondents reported improvement in mood "
            "in about half of their patients.",
            JOURNAL,
            "observational",
        ),
        # a qualitative interview study of LDN users: they take it
        (
            "Living with low-dose naltrexone for depression: a qualitative interview study",
            "We interviewed 18 adults with treatment-resistant depression who had taken "
            "low-dose naltrexone (4.5 mg nightly) for at least three months. Thematic analysis "
            "identified improved mood, vivid dreams and difficulty obtaining compounded "
            "prescriptions.",
            JOURNAL,
            "observational",
        ),
    ],
)
def test_records_with_their_own_rules_stay_on_topic(
    title: str, abstract: str, types: tuple[str, ...], design: str
) -> None:
    f = facts(title, abstract, types)
    assert (f.on_topic, f.design) == (True, design)


def test_an_animal_study_of_low_dose_naltrexone_per_kg_is_off_topic() -> None:
    """Nobody in an animal study takes the human low dose, whatever the authors call it."""
    f = facts(
        "Low-dose naltrexone reduces depressive-like behaviour in chronically stressed rats",
        "Rats exposed to chronic unpredictable stress received low-dose naltrexone "
        "(0.1 mg/kg/day) or vehicle for 21 days. LDN restored sucrose preference and reduced "
        "immobility in the forced swim test.",
    )
    assert (f.on_topic, f.design) == (False, "preclinical")
