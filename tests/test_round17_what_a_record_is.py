"""What a record is, whom it selects and what they take with LDN (round 17, from
preprints9, holdout57 and holdout58 once opened). Each test failed before its fix."""

from __future__ import annotations

from typing import Any

import pytest
from written import PROTOCOL, RCT, facts, gaps, judge_preprints

# -- a withdrawal posted as a preprint's later version, linked only by the DOI -----------
# (preprints9 PPR9000009/PPR9000013: Europe PMC gave no versionList; the versions share
# the preprint's DOI and carry versionNumber 1 and 2)

TITLE = (
    "Low-dose naltrexone 4.5 mg added to escitalopram in major depression: "
    "a randomised controlled trial"
)
RESULTS = (
    "Methods: Adults with major depressive disorder taking escitalopram were randomly "
    "assigned to naltrexone 4.5 mg or placebo for 10 weeks. Results: Eighty-two patients "
    "were randomised; MADRS fell more with LDN (p = 0.01)."
)


def _preprint(rid: str, number: int, title: str, abstract: str, doi: str) -> dict[str, Any]:
    return {
        "id": rid,
        "source": "PPR",
        "doi": doi,
        "title": title,
        "abstractText": abstract,
        "pubTypeList": {"pubType": ["Preprint"]},
        "bookOrReportDetails": {"publisher": "medRxiv"},
        "versionNumber": number,
        "firstPublicationDate": f"2025-0{number + 2}-10",
    }


@pytest.mark.parametrize(
    ("notice_title", "notice", "doi_v2"),
    [
        # preprints9's form: "WITHDRAWN: <title>", the authors withdraw it
        (
            f"WITHDRAWN: {TITLE}",
            "The authors have withdrawn this manuscript because an error in the "
            "randomisation code was identified after posting. Therefore, the authors do "
            "not wish this work to be cited as reference for the project.",
            "10.1101/2025.03.01.25300001",
        ),
        # probes: the server withdraws it, the title unchanged, the DOI in other case
        (
            TITLE,
            "This preprint has been withdrawn by medRxiv at the request of the "
            "corresponding author because consent could not be confirmed.",
            "10.1101/2025.03.01.25300001".upper(),
        ),
        # "retracted", a notice title of its own
        (
            "Withdrawal notice",
            "Version 2 replaces version 1: the present manuscript is retracted by all "
            "authors because the outcome data were not verified and should not be cited.",
            "10.1101/2025.03.01.25300001",
        ),
    ],
)
def test_a_withdrawal_sharing_the_preprints_doi_voids_the_earlier_version(
    notice_title: str, notice: str, doi_v2: str
) -> None:
    ids, verdicts = judge_preprints(
        [
            _preprint("PPR1", 1, TITLE, RESULTS, "10.1101/2025.03.01.25300001"),
            _preprint("PPR2", 2, notice_title, notice, doi_v2),
        ]
    )
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    v1 = verdicts["europepmc:PPR1"]
    assert v1.retracted and set(v1.gaps.values()) == {"no"}
    assert verdicts["europepmc:PPR2"].role == "retraction"


def test_near_miss_a_revised_version_sharing_the_doi_stands() -> None:
    """Version 2 with results of its own (a revision, not a withdrawal) joins version 1
    and the study keeps its gaps."""
    revised = RESULTS.replace("p = 0.01", "p = 0.008; revised analysis")
    ids, verdicts = judge_preprints(
        [
            _preprint("PPR1", 1, TITLE, RESULTS, "10.1101/2025.03.01.25300001"),
            _preprint("PPR2", 2, TITLE, revised, "10.1101/2025.03.01.25300001"),
        ]
    )
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    assert not verdicts["europepmc:PPR1"].retracted
    assert verdicts["europepmc:PPR2"].gaps["larger-trials"] == "addressed"


def test_near_miss_a_withdrawal_of_another_preprint_voids_nothing() -> None:
    ids, verdicts = judge_preprints(
        [
            _preprint("PPR1", 1, TITLE, RESULTS, "10.1101/2025.03.01.25300001"),
            _preprint(
                "PPR2",
                2,
                f"WITHDRAWN: {TITLE}",
                "The authors have withdrawn this manuscript.",
                "10.1101/2025.04.02.25300999",
            ),
        ]
    )
    assert ids["europepmc:PPR1"] != ids["europepmc:PPR2"]
    assert verdicts["europepmc:PPR1"].gaps["larger-trials"] == "addressed"


# -- antidepressants stopped before the study began (holdout58 47100038) ----------------

BIPOLAR = (
    "Adjunctive low-dose naltrexone for bipolar depression: a randomised, double-blind, "
    "placebo-controlled trial"
)


def _bipolar(said: str) -> str:
    return (
        "Methods: Adults with bipolar I/II depression on lithium, valproate or lamotrigine "
        f"were randomised to LDN 4.5 mg/day or placebo for 8 weeks. {said}\n"
        "Results: Eighty-six participants were randomised. MADRS fell more with LDN."
    )


@pytest.mark.parametrize(
    "said",
    [
        # holdout58's wording: a list, then "had been discontinued ... before randomisation"
        "SSRIs, SNRIs and other antidepressants had been discontinued at least two weeks "
        "before randomisation.",
        # probes: a class with its drugs in brackets, "tapered off ... before baseline"
        "Any serotonergic antidepressant (SSRIs, SNRIs, tricyclics) was tapered off over "
        "two weeks before baseline.",
        # the people as the subject, a long list after "including"
        "Before randomisation, participants stopped all antidepressants, including "
        "sertraline, venlafaxine and mirtazapine, for 14 days.",
        # drugs with a participle phrase of their own, "withdrawn before the baseline visit"
        "Escitalopram, duloxetine or any other antidepressant taken at screening were "
        "withdrawn before the baseline visit.",
        "Sertraline, venlafaxine and all other current antidepressant medications had to be "
        "stopped two weeks prior to the first dose.",
    ],
)
def test_antidepressants_stopped_before_the_study_began_are_not_taken_with_ldn(
    said: str,
) -> None:
    f = facts(BIPOLAR, _bipolar(said), RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(BIPOLAR, _bipolar(said), RCT)


@pytest.mark.parametrize(
    ("said", "classes"),
    [
        # the stop is about other drugs, in a clause of its own
        (
            "Participants took a stable SSRI; benzodiazepines had been discontinued before "
            "randomisation.",
            ["serotonergic"],
        ),
        # ... or in a time clause about other drugs
        (
            "Adults on sertraline, after any other antidepressant had been discontinued "
            "before randomisation, received LDN.",
            ["serotonergic"],
        ),
        # kept on in the same clause
        (
            "Venlafaxine was continued, other psychotropics being stopped before baseline.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_near_miss_a_stop_before_the_study_about_other_drugs(said: str, classes: list[str]) -> None:
    assert sorted(facts(BIPOLAR, _bipolar(said), RCT).concomitant_classes) == classes


# -- a depressed subgroup of a trial in another condition (preprints9 PPR9000018) --------


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # preprints9's form: the parent trial named in the background with its condition
        # ("In the X trial (n = 160), LDN did not improve fatigue in <condition>")
        (
            "Low-dose naltrexone in post-COVID-19 condition with clinically significant "
            "depressive symptoms: a prespecified subgroup analysis of the LDN-PCC randomised "
            "trial",
            "Background: In the LDN-PCC trial (n = 160), low-dose naltrexone (LDN) did not "
            "improve fatigue in post-COVID-19 condition but modestly reduced depressive "
            "symptoms.\nMethods: Participants with a baseline PHQ-9 of 10 or more were "
            "analysed by randomised group (LDN titrated to 4.5 mg daily vs placebo).\n"
            "Results: Fifty-seven participants met the threshold; 22 of them were taking an "
            "SSRI. PHQ-9 improved more with LDN.",
        ),
        # probes: the parent described as "a randomised trial of LDN in <condition>"
        (
            "Depressed patients in the LDN-MS trial: a post-hoc analysis",
            "Background: The LDN-MS study, a randomised trial of naltrexone 4.5 mg daily in "
            "relapsing multiple sclerosis (n = 96), found no effect on fatigue.\nMethods: "
            "Participants with a BDI-II of 14 or more at baseline (n = 52) were included; 18 "
            "were taking sertraline.\nResults: BDI-II fell more with LDN than placebo.",
        ),
        # ... or by whom it randomised, the subgroup cut by a score
        (
            "Low-dose naltrexone and depressive symptoms in fibromyalgia: a secondary "
            "analysis of the FINAL randomised trial",
            "Background: The FINAL trial randomised 120 women with fibromyalgia to naltrexone "
            "4.5 mg or placebo for 12 weeks.\nMethods: We analysed the 64 participants whose "
            "baseline HADS-D was 8 or more; 20 of them took an SSRI.\nResults: HADS-D fell "
            "by 3.1 points more with LDN.",
        ),
    ],
)
def test_a_depressed_subgroup_of_another_conditions_trial_is_not_a_depression_population(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population is False and (f.n or 0) >= 50
    assert gaps(title, abstract, RCT) == {}


def test_near_miss_a_subgroup_of_a_depression_trial_stays_a_depression_population() -> None:
    title = "Severe depression in the LDN-AUG trial: a post-hoc analysis"
    abstract = (
        "Background: The LDN-AUG trial randomised 180 adults with major depressive disorder "
        "taking an SSRI to naltrexone 4.5 mg or placebo. Low-dose naltrexone is also used "
        "in fibromyalgia.\nMethods: Participants with a MADRS of 30 or more at baseline "
        "(n = 70) were analysed.\nResults: MADRS fell more with LDN."
    )
    assert facts(title, abstract, RCT).depression_population is True
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


# -- the record's own trial, introduced by name in its background (holdout57 48100019) ---


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # holdout57's form: the title's acronym in brackets before its subtitle
        (
            "Adjunctive low-dose naltrexone for treatment-resistant depression (ALTER-D): "
            "protocol amendment and statistical analysis plan",
            "Background: ALTER-D is a multicentre, double-blind trial of low-dose naltrexone "
            "(LDN) versus placebo in adults with treatment-resistant depression taking a "
            "stable SSRI, SNRI, bupropion or mirtazapine; the original protocol was published "
            "in 2025. We report substantial amendment 2.\nMethods: The target sample size was "
            "revised from 300 to 220 participants (110 per arm).\nDiscussion: Recruitment is "
            "ongoing.",
        ),
        # probes: the acronym bracketed before a subtitle, the trial in the present tense
        (
            "Naltrexone 4.5 mg added to antidepressants in major depression (LINDA): an "
            "update to the trial protocol",
            "Background: LINDA randomises adults with major depressive disorder who take "
            "sertraline, venlafaxine or bupropion to LDN 4.5 mg or placebo; its protocol "
            "appeared in 2024.\nMethods: This update extends recruitment to 8 sites and "
            "raises the planned sample to 180 participants.\nDiscussion: Recruitment "
            "continues.",
        ),
        # ... or named by the title with design words before "trial"
        (
            "Statistical analysis plan for the LOTUS-MDD randomised controlled trial of "
            "low-dose naltrexone augmentation",
            "Background: The LOTUS-MDD trial randomises adults with major depression who "
            "are taking an SSRI or SNRI at a stable dose to naltrexone 3 mg or placebo for "
            "10 weeks; its protocol was published earlier.\nMethods: This plan describes the "
            "analyses, with MADRS change at week 10 as primary outcome.",
        ),
    ],
)
def test_the_records_own_trial_described_in_its_background_is_not_earlier_work(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, PROTOCOL)
    assert {"serotonergic", "noradrenergic"} <= set(f.concomitant_classes)
    assert gaps(title, abstract, PROTOCOL)["serotonergic-combination"] == "in_progress"


def test_near_miss_an_earlier_trial_named_in_the_background_stays_earlier_work() -> None:
    """The title names the record's own trial; another trial's acronym in the background
    is still earlier work."""
    title = (
        "Low-dose naltrexone for depression in primary care (NALPRIM): protocol for a "
        "randomised trial"
    )
    abstract = (
        "Background: The PILOT-LDN trial gave naltrexone 4.5 mg to 30 adults taking "
        "sertraline or venlafaxine.\nMethods: Adults with major depressive disorder taking "
        "bupropion will be randomised to LDN 1.5 mg or placebo; we will randomise 120."
    )
    f = facts(title, abstract, PROTOCOL)
    assert f.concomitant_classes == ["dopaminergic"]
    assert f.ldn_doses_mg == [1.5]
