"""What a record is (round 18, from preprints10, holdout60 and registry12 once opened).
Each test failed before its fix."""

from __future__ import annotations

from typing import Any

import pytest
from written import LEX, RULES, drug, facts, gaps, judge_preprints, registration
from written import TRIAL as TRIAL_TYPES

from ldn_watch.studies import work_doi

# -- a withdrawal posted as a later version, the version written into the DOI -----------
# (preprints10 PPR8900009/PPR8900013: Research Square's DOIs end in "/v1" and "/v2", so
# the two versions shared no DOI and the withdrawal could not reach version 1)

TITLE = (
    "Adjunctive low-dose naltrexone 3 mg in treatment-resistant depression on "
    "venlafaxine or duloxetine: a multicentre open-label study"
)
RESULTS = (
    "Methods: Adults with treatment-resistant depression on a stable SNRI received "
    "naltrexone 3 mg daily for 8 weeks. Results: Sixty-four patients were enrolled; "
    "HAMD fell by 9.1 points (p < 0.001)."
)
WITHDRAWN = (
    "The authors have withdrawn this manuscript because the site data could not be "
    "verified. Therefore, the authors do not wish this work to be cited as reference."
)


def _preprint(
    rid: str, number: int | None, title: str, abstract: str, doi: str, server: str
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rid,
        "source": "PPR",
        "doi": doi,
        "title": title,
        "abstractText": abstract,
        "pubTypeList": {"pubType": ["Preprint"]},
        "bookOrReportDetails": {"publisher": server},
        "firstPublicationDate": f"2025-0{(number or 1) + 2}-10",
    }
    if number is not None:
        out["versionNumber"] = number
    return out


@pytest.mark.parametrize(
    ("server", "doi_v1", "doi_v2", "numbered"),
    [
        # preprints10's form: Research Square, "/v1" and "/v2", versionNumber given
        ("Research Square", "10.21203/rs.3.rs-6612087/v1", "10.21203/rs.3.rs-6612087/v2", True),
        # probes: Preprints.org ".v1", no versionNumber (the DOI alone says which is later)
        (
            "Preprints.org",
            "10.20944/preprints202603.1288.v1",
            "10.20944/preprints202603.1288.V2",
            False,
        ),
        # an F1000 platform: "<journal>.<article>.<version>"
        (
            "Wellcome Open Research",
            "10.12688/wellcomeopenres.19876.1",
            "10.12688/wellcomeopenres.19876.2",
            True,
        ),
        # Qeios: version 1 has no suffix, later ones ".2"
        ("Qeios", "10.32388/XKAHAE", "10.32388/XKAHAE.2", False),
    ],
)
def test_a_withdrawal_whose_doi_names_its_version_voids_the_earlier_version(
    server: str, doi_v1: str, doi_v2: str, numbered: bool
) -> None:
    ids, verdicts = judge_preprints(
        [
            _preprint("PPR1", 1 if numbered else None, TITLE, RESULTS, doi_v1, server),
            _preprint(
                "PPR2", 2 if numbered else None, f"WITHDRAWN: {TITLE}", WITHDRAWN, doi_v2, server
            ),
        ]
    )
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    v1 = verdicts["europepmc:PPR1"]
    assert v1.retracted and set(v1.gaps.values()) == {"no"}


def test_near_miss_a_withdrawal_of_another_research_square_preprint_voids_nothing() -> None:
    ids, verdicts = judge_preprints(
        [
            _preprint("PPR1", 1, TITLE, RESULTS, "10.21203/rs.3.rs-6612087/v1", "Research Square"),
            _preprint(
                "PPR2",
                2,
                f"WITHDRAWN: {TITLE}",
                WITHDRAWN,
                "10.21203/rs.3.rs-6612088/v2",
                "Research Square",
            ),
        ]
    )
    assert ids["europepmc:PPR1"] != ids["europepmc:PPR2"]
    assert verdicts["europepmc:PPR1"].gaps["larger-trials"] == "addressed"


@pytest.mark.parametrize(
    ("doi", "work"),
    [
        ("10.21203/rs.3.rs-6612087/v3", "10.21203/rs.3.rs-6612087"),
        ("10.22541/au.170000000.12345678/v1", "10.22541/au.170000000.12345678"),
        # DOIs that name no version stay whole
        ("10.1101/2025.03.01.25300001", "10.1101/2025.03.01.25300001"),
        ("10.2139/ssrn.4812345", "10.2139/ssrn.4812345"),
        ("10.1016/j.jad.2016.10.001", "10.1016/j.jad.2016.10.001"),
    ],
)
def test_the_works_doi_drops_only_a_version_suffix(doi: str, work: str) -> None:
    assert work_doi(doi) == work


# -- a trial report that speaks of "this article" is not a review -------------------------
# (holdout60 45100023: a corrected and republished RCT, "This article replaces a version
# retracted because the active arms had been transposed", was read as a review)

TRIAL_TITLE = (
    "Low-dose naltrexone 1.5 mg versus 4.5 mg as augmentation of SSRIs in major "
    "depressive disorder: a randomised, placebo-controlled trial"
)
TRIAL = (
    "Methods: Adults with major depressive disorder and a MADRS score of 18 or more on an "
    "SSRI were randomised 1:1:1 to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 10 "
    "weeks.\n"
    "Results: Ninety-six participants were randomised (32 per group); 4.5 mg was superior "
    "to placebo (p = 0.004).\n"
    "Conclusions: LDN 4.5 mg improved depressive symptoms added to SSRIs. {said}"
)


@pytest.mark.parametrize(
    ("types", "said"),
    [
        # holdout60's form
        (
            (
                "Journal Article",
                "Randomized Controlled Trial",
                "Multicenter Study",
                "Corrected and Republished Article",
            ),
            "This article replaces a version retracted because the active arms had been "
            "transposed.",
        ),
        # probes: typed only a journal article, "this paper" corrects the earlier one
        (
            ("Journal Article",),
            "This paper corrects the dosing table of the version published in 2025.",
        ),
        # a preprint's own words, no publication types at all
        (
            (),
            "This article supersedes the first version, which was withdrawn after a "
            "coding error in the allocation list.",
        ),
    ],
)
def test_a_trial_report_naming_this_article_is_the_trial(types: tuple[str, ...], said: str) -> None:
    f = facts(TRIAL_TITLE, TRIAL.format(said=said), types, [("RepublishedFrom", "9")])
    assert f.design == "rct"
    assert f.n == 96
    assert gaps(TRIAL_TITLE, TRIAL.format(said=said), types) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


def test_near_miss_an_article_that_discusses_trials_stays_a_review() -> None:
    """No trial of its own: "this article" still names a review."""
    f = facts(
        "Low-dose naltrexone in depression: mechanisms and clinical evidence",
        "In this article we discuss the mechanisms of low-dose naltrexone and the clinical "
        "evidence for its use in major depression, including two small randomised trials.",
    )
    assert f.design == "review"


def test_near_miss_a_record_typed_review_stays_a_review() -> None:
    f = facts(TRIAL_TITLE, TRIAL.format(said=""), ("Journal Article", "Review"))
    assert f.design == "review"


# -- a review citing a trial that is recruiting is a review, not a protocol ---------------
# (preprints10 PPR8900020: "In this narrative review we summarise ..." and "a three-arm
# trial comparing 1 mg with 4.5 mg in 150 antidepressant-free patients is recruiting" was
# read as a protocol with a cited trial's n, in progress for two gaps)

REVIEW_TITLE = "Low-dose naltrexone for depression: mechanisms, evidence and open questions"


@pytest.mark.parametrize(
    ("types", "abstract"),
    [
        # preprints10's form
        (
            ("Preprint",),
            "Low-dose naltrexone (LDN), typically 1.5 to 4.5 mg daily, has attracted interest"
            " as a treatment for depression on the basis of two mechanisms: transient mu-"
            "opioid receptor blockade with rebound endorphin signalling, and antagonism of "
            "Toll-like receptor 4 on microglia. In this narrative review we summarise "
            "preclinical work, case reports and clinical studies of LDN in depressive "
            "disorders and in conditions with prominent depressive symptoms such as "
            "fibromyalgia, multiple sclerosis and long COVID. The first randomised trial, in "
            "12 patients on dopaminergic antidepressant regimens, found benefit of 1 mg twice"
            " daily; subsequent open-label series, chart reviews and a placebo-controlled "
            "augmentation trial in 86 patients taking SSRIs or SNRIs have reported "
            "improvements, and a three-arm trial comparing 1 mg with 4.5 mg in 150 "
            "antidepressant-free patients is recruiting. We discuss the uncertain optimal "
            "dose, the interaction with serotonergic antidepressants, the role of "
            "inflammation as a predictor of response, and practical issues of compounding and"
            " bedtime dosing. Larger, adequately powered, dose-finding trials are needed "
            "before LDN can be recommended for depression.",
        ),
        # probes: "we review the evidence", the cited trials "will randomise"
        (
            ("Journal Article",),
            "We review the evidence for naltrexone at 1.5 to 4.5 mg a day in major "
            "depressive disorder. Two registered trials will randomise 120 and 200 adults "
            "with major depression to naltrexone 1.5 mg or 4.5 mg as augmentation of "
            "sertraline.",
        ),
        # typed a Review by the indexers
        (
            ("Journal Article", "Review"),
            "Low-dose naltrexone (4.5 mg) has been tried in major depressive disorder. A "
            "phase 2 trial of 160 patients with major depression comparing 1.5 mg with "
            "4.5 mg added to escitalopram is currently recruiting.",
        ),
        # a systematic review in its own words
        (
            ("Preprint",),
            "We searched MEDLINE, Embase and trial registries for studies of naltrexone at "
            "1 to 6 mg a day in depression. Five studies met the inclusion criteria. One "
            "ongoing trial will enrol 180 patients with major depressive disorder on SSRIs "
            "and compare 1.5 mg with 4.5 mg.",
        ),
    ],
)
def test_a_review_citing_recruiting_trials_is_a_review(
    types: tuple[str, ...], abstract: str
) -> None:
    f = facts(REVIEW_TITLE, abstract, types)
    assert f.design == "review"
    assert f.n is None
    assert gaps(REVIEW_TITLE, abstract, types) == {}


def test_near_miss_a_trial_protocol_citing_a_review_stays_a_protocol() -> None:
    abstract = (
        "Background: A systematic review found only one small trial of low-dose naltrexone "
        "in depression.\n"
        "Methods: In this trial, 160 adults with major depressive disorder on an SSRI will be "
        "randomised to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 12 weeks."
    )
    title = "Low-dose naltrexone augmentation of SSRIs in major depression: a trial protocol"
    f = facts(title, abstract)
    assert f.design == "protocol"
    assert f.n == 160
    assert gaps(title, abstract)["dose-finding"] == "in_progress"


# -- one registered arm's levels are one regimen, not a comparison of doses ----------------
# (registry12 NCT08700008: an open-label extension, one arm, 4.5 mg raised to 6 mg in
# non-responders, its intervention "4.5 mg or 3 mg capsules": dose-finding in progress)


def _registered(
    arms: list[tuple[str, str, str]],
    detail: str,
    intervention: str = "",
    allocation: str = "NA",
) -> Any:
    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    study = registration(
        nct="NCT00000001",
        title="Low dose naltrexone in women with perimenopausal depression",
        summary="Women with perimenopausal depression on an SSRI take low dose "
        "naltrexone for 24 weeks, continuing their SSRI.",
        description=detail,
        conditions=["Depression", "Perimenopausal Disorder"],
        allocation=allocation,
        enrollment=60,
        arms=[{"label": label, "type": kind, "description": text} for label, kind, text in arms],
        interventions=[drug("Naltrexone hydrochloride", intervention)],
        outcomes=["HDRS-17"],
    )
    assessed, _ = assess_record(parse_study(study), LEX, RULES)
    return assessed


@pytest.mark.parametrize(
    ("arms", "detail", "intervention", "allocation"),
    [
        # registry12's form: one open-label arm, raised in non-responders, two capsules
        (
            [
                (
                    "Open-label LDN",
                    "EXPERIMENTAL",
                    "Naltrexone 4.5 mg daily; 6 mg daily (3 mg BID) in non-responders from week 8",
                )
            ],
            "All participants start on naltrexone 4.5 mg in the evening. Participants who have "
            "not responded at week 8 may have the dose increased to 3 mg twice daily (6 mg/day) "
            "at the discretion of the investigator.",
            "4.5 mg or 3 mg capsules, hospital pharmacy",
            "NA",
        ),
        # probes: LDN against placebo, the LDN arm raised if the score has not fallen
        (
            [
                (
                    "LDN",
                    "EXPERIMENTAL",
                    "Naltrexone 3 mg at night, raised to 4.5 mg at week 4 for those whose MADRS "
                    "has fallen by less than 25%",
                ),
                ("Placebo", "PLACEBO_COMPARATOR", "Matching placebo capsule at night"),
            ],
            "Participants are randomised to naltrexone or placebo for 12 weeks.",
            "Capsules of 3 mg or 4.5 mg naltrexone",
            "RANDOMIZED",
        ),
        # one arm whose dose the psychiatrist picks
        (
            [
                (
                    "Naltrexone",
                    "EXPERIMENTAL",
                    "Naltrexone 2 mg or 4 mg per day, chosen by the treating psychiatrist",
                )
            ],
            "Each woman takes naltrexone, 2 mg or 4 mg a day, alongside her SSRI.",
            "",
            "NA",
        ),
    ],
)
def test_one_registered_arms_doses_are_one_regimen(
    arms: list[tuple[str, str, str]], detail: str, intervention: str, allocation: str
) -> None:
    a = _registered(arms, detail, intervention, allocation)
    assert a.facts.on_topic
    assert not a.facts.compares_doses
    assert a.gaps["dose-finding"] == "no"


def test_near_miss_two_registered_dose_arms_are_compared() -> None:
    a = _registered(
        [
            ("LDN 1.5 mg", "EXPERIMENTAL", "Naltrexone 1.5 mg at night for 12 weeks"),
            ("LDN 4.5 mg", "EXPERIMENTAL", "Naltrexone 4.5 mg at night for 12 weeks"),
        ],
        "Participants are randomised to naltrexone 1.5 mg or 4.5 mg for 12 weeks.",
        allocation="RANDOMIZED",
    )
    assert a.facts.compares_doses
    assert a.gaps["dose-finding"] == "in_progress"


def test_near_miss_one_arm_of_sequential_dose_cohorts_still_finds_a_dose() -> None:
    a = _registered(
        [
            (
                "Dose escalation",
                "EXPERIMENTAL",
                "Sequential dose cohorts: naltrexone 1 mg, then 2 mg, then 4.5 mg a day, each "
                "opened if no dose-limiting adverse events occurred",
            )
        ],
        "A dose-finding study: the next cohort receives the next dose level.",
    )
    assert a.facts.compares_doses


# -- the strengths a dosage form comes in are not compared arms ---------------------------
# (registry12 NCT08700008 again: its intervention, "4.5 mg or 3 mg capsules, hospital
# pharmacy", was the sentence that compared doses; the same said in an article)

OPEN_TITLE = "Open-label low-dose naltrexone added to SSRIs in major depressive disorder"
OPEN = (
    "Methods: Adults with major depressive disorder on an SSRI took naltrexone 4.5 mg "
    "nightly for 12 weeks. {said}\n"
    "Results: Sixty patients were enrolled; MADRS fell by 9 points (p < 0.001)."
)


@pytest.mark.parametrize(
    "said",
    [
        "Naltrexone was supplied as 4.5 mg or 3 mg capsules.",
        # probes: "available in", tablets named after each strength
        "Naltrexone is available in 1.5 mg or 4.5 mg capsules.",
        "The hospital pharmacy stocked 4.5 mg tablets or 3 mg tablets.",
    ],
)
def test_a_dosage_forms_strengths_are_not_compared_doses(said: str) -> None:
    f = facts(OPEN_TITLE, OPEN.format(said=said), TRIAL_TYPES)
    assert not f.compares_doses
    assert "dose-finding" not in gaps(OPEN_TITLE, OPEN.format(said=said), TRIAL_TYPES)


def test_near_miss_doses_allocated_as_capsules_are_compared() -> None:
    title = "Low-dose naltrexone 1.5 mg versus 4.5 mg added to SSRIs in major depression"
    abstract = (
        "Methods: Adults with major depressive disorder on an SSRI were randomised to 1.5 mg "
        "or 4.5 mg capsules nightly for 12 weeks.\n"
        "Results: Sixty patients were randomised; MADRS fell more with 4.5 mg (p = 0.02)."
    )
    assert facts(title, abstract, ("Randomized Controlled Trial",)).compares_doses


# -- a raise for non-responders told twice is one raise ---------------------------------
# (the kind registry12 NCT08700008 showed in its text: "Participants who have not responded
# ... may have the dose increased to 3 mg twice daily (6 mg/day)": the restated level hid
# the condition said before its first telling, the 4.5 mg became a titration step and the
# raise a level given to all)

EXTENSION_TITLE = "Open-label extension of low-dose naltrexone in perimenopausal depression"


@pytest.mark.parametrize(
    "raise_",
    [
        "participants who had not responded had the dose increased to 3 mg twice daily (6 mg/day)",
        # probes: "non-responders", the restatement in other words
        "non-responders had the dose increased to 3 mg twice daily (i.e. 6 mg per day)",
        "women without a 50% fall in HDRS-17 were raised to 2 mg three times a day (6 mg daily)",
    ],
)
def test_a_raise_for_some_told_twice_keeps_both_levels_and_compares_nothing(raise_: str) -> None:
    abstract = (
        "Methods: Women with perimenopausal depression on an SSRI took naltrexone 4.5 mg in "
        f"the evening for 24 weeks, with dose escalation at week 8: {raise_}.\n"
        "Results: Sixty women were enrolled; HDRS-17 fell by 6 points."
    )
    f = facts(EXTENSION_TITLE, abstract, TRIAL_TYPES)
    assert f.ldn_doses_mg == [4.5, 6.0]
    assert not f.compares_doses


def test_near_miss_a_raise_for_everyone_told_twice_is_the_target() -> None:
    abstract = (
        "Methods: Women with perimenopausal depression on an SSRI took naltrexone 4.5 mg in "
        "the evening for 2 weeks, then the dose was increased to 3 mg twice daily (6 mg/day) "
        "for 22 weeks.\n"
        "Results: Sixty women were enrolled; HDRS-17 fell by 6 points."
    )
    f = facts(EXTENSION_TITLE, abstract, TRIAL_TYPES)
    assert f.ldn_doses_mg == [6.0]
    assert not f.compares_doses
