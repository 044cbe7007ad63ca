"""Round 20 (c20a): what a record is, and what an amended protocol still plans.

An update or amendment of a protocol replaces what it says was planned before: arms and
comparisons it removed are no longer assigned, and its re-estimated sample size is the
planned n (CONTRACT.md, "Protocols and versions"). Shown by holdout65 40100030 (an update
removing the 2 mg arm of a three-arm trial); the other cases are the same kind said in
other words, and as a registration's arm groups.
"""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest
from written import JOURNAL, PROTOCOL, facts, gaps

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

UPDATE = JOURNAL + PROTOCOL


@pytest.mark.parametrize(
    ("title", "abstract", "n", "doses"),
    [
        # holdout65 40100030, shortened: the removal said as a noun, the old comparison
        # "no longer part of the trial", the size "re-estimated at"
        (
            "Update to the NALDO trial protocol: removal of the naltrexone 2 mg arm and "
            "revised sample size",
            "Background: The NALDO trial protocol described a three-arm randomised trial "
            "comparing naltrexone 2 mg and 4.5 mg daily with placebo added to SSRIs in adults "
            "with major depressive disorder.\nMethods: The ethics committee approved removal of "
            "the 2 mg arm. NALDO is now a two-arm trial of naltrexone 4.5 mg once daily versus "
            "placebo. The sample size was re-estimated at 84 participants (42 per arm). The "
            "comparison between 2 mg and 4.5 mg originally planned is no longer part of the "
            "trial.",
            84,
            [4.5],
        ),
        # probe: the arm "discontinued" by a committee, the size "revised to"
        (
            "Amendment to a protocol of low-dose naltrexone in depression",
            "Methods: The original protocol randomised adults with major depressive disorder "
            "on escitalopram to naltrexone 1 mg, 3 mg or placebo (planned n = 150). Following "
            "an interim safety review, the 1 mg group was discontinued by the data monitoring "
            "committee. Participants are now randomised 1:1 to naltrexone 3 mg daily or "
            "placebo, and the target sample is revised to 96.",
            96,
            [3.0],
        ),
        # probe: "withdrew the arm", the comparison gone, the old size "originally planned"
        (
            "Low-dose naltrexone for treatment-resistant depression: amended protocol",
            "Methods: In Amendment 2 the sponsor withdrew the 1.5 mg arm; the study no longer "
            "compares two doses of naltrexone. The trial now tests naltrexone 4.5 mg against "
            "placebo in 70 adults with treatment-resistant depression taking sertraline. "
            "Originally 105 participants were planned.",
            70,
            [4.5],
        ),
    ],
)
def test_an_amended_protocol_plans_what_it_now_says(
    title: str, abstract: str, n: int, doses: list[float]
) -> None:
    got = facts(title, abstract, UPDATE)
    assert got.design == "protocol"
    assert got.n == n
    assert got.ldn_doses_mg == doses
    assert not got.compares_doses
    assert "dose-finding" not in gaps(title, abstract, UPDATE)


def test_a_plan_that_keeps_both_doses_still_compares_them() -> None:
    # the control: "no longer" said of the people, not of the plan, removes nothing
    abstract = (
        "Methods: Adults with major depressive disorder no longer responding to sertraline "
        "will be randomised to naltrexone 1.5 mg or 4.5 mg daily, as previously described. "
        "The planned sample size is 90."
    )
    title = "Two doses of low-dose naltrexone in depression: a protocol"
    got = facts(title, abstract, PROTOCOL)
    assert got.ldn_doses_mg == [1.5, 4.5] and got.compares_doses and got.n == 90


def _demo_study() -> dict[str, Any]:
    text = files("ldn_watch.demo_data").joinpath("ctgov-demo.json").read_text("utf-8")
    # invented: LDN 1.5 mg, LDN 4.5 mg and placebo, added to an SSRI
    return copy.deepcopy(json.loads(text)["studies"][1])


@pytest.mark.parametrize(
    "description",
    [
        "Arm removed in Amendment 2.",
        "Naltrexone 1.5 mg once daily at bedtime. This arm was closed to enrolment after "
        "protocol version 3.",
        "Discontinued: naltrexone 1.5 mg nightly; no longer part of the study.",
    ],
)
def test_a_registration_arm_an_amendment_removed_is_no_arm(description: str) -> None:
    study = _demo_study()
    ps = study["protocolSection"]
    module = ps["armsInterventionsModule"]
    module["armGroups"][0]["description"] = description
    module["interventions"][0]["description"] = "Low-dose naltrexone capsules taken at bedtime."
    ps["descriptionModule"]["briefSummary"] = (
        "Low-dose naltrexone or placebo added for 8 weeks to the SSRI of adults with major "
        "depressive disorder."
    )
    record = parse_study(study)
    got = registry_facts(record, extract_facts(record, default_lexicon()))
    assert got.ldn_doses_mg == [4.5]
    assert not got.compares_doses


# -- a record typed a clinical trial, or dosing its people by cohorts, is a trial: "cohort"
# in a dose-escalation sense is no observational cohort (holdout64 41100021)

FLUOX = "Open-label low-dose naltrexone added to fluoxetine in adolescents with depression"


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # holdout64 41100021, shortened: typed Phase I, two sequential open-label cohorts
        (
            FLUOX + ": a two-cohort dose-escalation study",
            "Methods: Adolescents with major depressive disorder after 8 weeks of fluoxetine "
            "were enrolled in two sequential open-label cohorts: 12 received naltrexone 1.5 "
            "mg/d and, after safety review, 12 received 4.5 mg/d, for 8 weeks.\nResults: All "
            "24 participants completed treatment. CDRS-R decreased in both cohorts.",
            ("Journal Article", "Clinical Trial, Phase I"),
        ),
        # probe: no trial type, cohorts told by their order with the dose each took
        (
            "Low-dose naltrexone with sertraline in major depression: an ascending-dose study",
            "Methods: Twenty adults with major depressive disorder on sertraline took part; the "
            "first cohort of 10 took naltrexone 1 mg daily and, once it was judged safe, the "
            "next cohort of 10 took 3 mg daily for six weeks.\nResults: MADRS fell by 8 and 11 "
            "points. Both doses were well tolerated.",
            JOURNAL,
        ),
        # probe: a preprint (no types), lettered cohorts with their doses
        (
            "Naltrexone at two low doses added to escitalopram in depression",
            "Methods: Patients with major depressive disorder on escitalopram were assigned in "
            "turn to cohort A (LDN 2 mg/d, n = 15) or cohort B (LDN 4.5 mg/d, n = 15).\n"
            "Results: Response rates were 40% and 53%.",
            ("Preprint",),
        ),
    ],
)
def test_dose_cohorts_are_a_trial_not_an_observational_cohort(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    got = facts(title, abstract, types)
    assert got.design == "nonrandomized_trial"
    assert gaps(title, abstract, types) == {
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


def test_a_trial_typed_record_calling_its_people_a_cohort_is_a_trial() -> None:
    abstract = (
        "Methods: A cohort of 30 outpatients with major depressive disorder taking venlafaxine "
        "received naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS decreased from 28 to 17."
    )
    title = "Low-dose naltrexone in depressed adults taking venlafaxine"
    assert facts(title, abstract, ("Journal Article", "Clinical Trial")).design == (
        "nonrandomized_trial"
    )
    # untyped, the same words stay a cohort (precision first)
    assert facts(title, abstract, JOURNAL).design == "observational"


def test_an_observational_cohort_told_in_waves_stays_observational() -> None:
    abstract = (
        "Methods: We followed a cohort of 200 adults with major depressive disorder prescribed "
        "naltrexone 4.5 mg; the first cohort was seen in 2015-2018 and the second in "
        "2019-2022.\nResults: MADRS decreased."
    )
    assert facts("Low-dose naltrexone users in a depression clinic", abstract).design == (
        "observational"
    )


# -- a trial still recruiting tells where recruitment stood on a date: that accrual is not
# its planned size (holdout65 40100011, a statistical analysis plan)

SAP = (
    "Statistical analysis plan for a trial of low-dose naltrexone added to sertraline in depression"
)


@pytest.mark.parametrize(
    ("abstract", "planned"),
    [
        # holdout65 40100011, shortened: "had been randomised on <date>"
        (
            "Methods: The planned sample of 240 participants (120 per arm) gives 85% power. The "
            "primary analysis will use a mixed model. Recruitment is ongoing; 183 participants "
            "had been randomised on 1 August 2025.",
            240,
        ),
        # probe: the date first, "had been enrolled"
        (
            "Methods: A sample of 200 participants provides 90% power to detect a 3-point "
            "difference in MADRS. On 15 March 2026, 141 participants had been enrolled.",
            200,
        ),
        # probe: "at the data cut-off"
        (
            "Methods: The trial randomises 120 adults (60 per group) to naltrexone 4.5 mg or "
            "placebo. At the data cut-off, 77 adults had been randomised at four sites.",
            120,
        ),
    ],
)
def test_a_dated_accrual_is_not_the_planned_size(abstract: str, planned: int) -> None:
    got = facts(SAP, abstract, JOURNAL)
    assert got.design == "protocol"
    assert got.n == planned


# -- computational work on the molecule (network pharmacology, docking, simulation) has
# no participants: nobody takes the drug, so it is not on-topic (preprints12 PPR8700016)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # preprints12 PPR8700016, shortened
        (
            "Exploring the antidepressant mechanism of low-dose naltrexone via network "
            "pharmacology, molecular docking and molecular dynamics simulation",
            "Low-dose naltrexone (LDN) has attracted interest as a potential antidepressant. "
            "Potential targets of naltrexone were collected from SwissTargetPrediction and "
            "depression-related targets from GeneCards. Molecular docking showed binding "
            "energies below -7.0 kcal/mol for naltrexone with TLR4/MD-2. These results suggest "
            "that LDN may exert antidepressant effects through TLR4.",
        ),
        # probe: "in silico" in the title, a human dose named in the conclusion
        (
            "Low-dose naltrexone and depression: an in silico study of its targets",
            "Background: LDN is used off-label for depression.\nMethods: We predicted the "
            "targets of naltrexone from three databases, intersected them with depression "
            "genes and docked naltrexone to the hub proteins.\nResults: TLR4 and OPRM1 showed "
            "the lowest binding energies.\nConclusion: LDN at low doses (1.5-4.5 mg) may act "
            "on depression through TLR4.",
        ),
        # probe: no method's name in the title, "docked" and "simulated" in the text
        (
            "How might low-dose naltrexone lift mood? A computational pharmacology analysis",
            "Naltrexone, given at 4.5 mg for depression, was docked against 40 inflammatory "
            "proteins, and the complexes were simulated for 200 ns. Stable binding to "
            "TLR4/MD-2 was found. The findings suggest a mechanism for the antidepressant "
            "effect of LDN.",
        ),
    ],
)
def test_in_silico_work_on_the_drug_has_nobody_and_is_off_topic(title: str, abstract: str) -> None:
    got = facts(title, abstract, ("Preprint",))
    assert not got.on_topic
    assert got.off_topic_reason and got.off_topic_reason.startswith("no participants")


def test_a_trial_that_also_docks_the_drug_keeps_its_people() -> None:
    abstract = (
        "Methods: Twenty adults with major depressive disorder received naltrexone 4.5 mg "
        "nightly for 8 weeks; naltrexone was also docked to TLR4.\nResults: MADRS fell by 9 "
        "points."
    )
    got = facts("Low-dose naltrexone in depression: a pilot trial with docking", abstract)
    assert got.on_topic and got.design == "nonrandomized_trial"
