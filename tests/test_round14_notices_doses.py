"""Round 14 (c14c): doses, protocol updates and notices, from holdout48, registry8 and
preprints6 once they were opened. Each test failed on the code before its fix; the
parametrised cases beyond the first are probes in other words, drugs and sections."""

from __future__ import annotations

from typing import Any

import pytest
from written import JOURNAL, PROTOCOL, facts, gaps

# -- a clause naming the study itself is its own history, not earlier work: an amended
# protocol that says where its trial was first published (holdout48 57100002, whose
# journal, "Trials", read as "published ... trials")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Update to the LINDEN trial protocol: revised sample size (protocol version 3.0)",
            "This update describes amendments to the protocol of LINDEN, a double-blind "
            "randomised trial of low-dose naltrexone (LDN) added to SSRIs in adults with major "
            "depressive disorder, first published in Trials in 2025. The target sample size "
            "was revised from 150 to 104 participants. Recruitment will close in 2027.",
        ),
        # the cue "previously published", the trial's name as the subject
        (
            "NALDEP trial: protocol amendment and revised timeline",
            "The protocol of NALDEP, a placebo-controlled trial of naltrexone 4.5 mg nightly "
            "added to escitalopram in 120 adults with major depressive disorder, was previously "
            "published. Follow-up is extended to 24 weeks; all outcomes are unchanged.",
        ),
        # an analysis plan, the cue "has been described", in a labelled section
        (
            "Statistical analysis plan for the BRIGHTEN trial",
            "Background: BRIGHTEN, a randomised trial of low-dose naltrexone 3 mg daily versus "
            "placebo in 96 adults with bipolar depression, has been described in detail "
            "elsewhere.\nMethods: This plan sets out the primary analysis of the MADRS at "
            "week 8, written before unblinding.",
        ),
    ],
)
def test_an_amended_protocol_naming_its_own_trial_keeps_it(title: str, abstract: str) -> None:
    f = facts(title, abstract, (*JOURNAL, *PROTOCOL))
    assert f.on_topic, f.off_topic_reason
    assert f.design == "protocol"
    assert f.depression_population


def test_a_named_earlier_trial_is_still_earlier_work() -> None:
    # the title names this study (DAWN); a clause about another, earlier trial stays prior
    f = facts(
        "The DAWN trial: protocol",
        "Previous trials of naltrexone 4.5 mg have been small. DAWN will randomise 80 adults "
        "with major depressive disorder to minocycline or placebo.",
        (*JOURNAL, *PROTOCOL),
    )
    assert not f.on_topic


def test_an_amended_protocol_has_its_gaps_in_progress() -> None:
    title = "NALDEP trial: protocol amendment and revised timeline"
    abstract = (
        "The protocol of NALDEP, a placebo-controlled trial of naltrexone 4.5 mg nightly added "
        "to escitalopram in 120 adults with major depressive disorder, was previously "
        "published. Follow-up is extended to 24 weeks; all outcomes are unchanged."
    )
    assert gaps(title, abstract, (*JOURNAL, *PROTOCOL)) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
    }


# -- a dose after the base treatment the drug was added to is the added drug's, when the
# words between go on to dose it (holdout48 57100019: "Low-dose naltrexone was ... added to
# venlafaxine with flexible dosing between 1.5 and 4.5 mg" gave the doses to venlafaxine)

CASE_TITLE = "Low-dose naltrexone augmentation in treatment-resistant depression: a case report"


@pytest.mark.parametrize(
    ("sentence", "doses"),
    [
        (
            "Low-dose naltrexone was added to venlafaxine with flexible dosing between 1.5 and "
            "4.5 mg at night according to tolerability.",
            [1.5, 4.5],
        ),
        # an adjunct phrase, a possessive, a titration target
        ("Naltrexone, given as an adjunct to her sertraline, was titrated to 3 mg nightly.", [3]),
        # "combined with", a dose phrase after a comma
        ("Naltrexone was combined with duloxetine, at a dose of 2 mg twice daily.", [4]),
        # the first person, the base drug as the object of "to"
        (
            "We added naltrexone to his escitalopram, starting at 1.5 mg and increasing to "
            "4.5 mg after two weeks.",
            [4.5],
        ),
    ],
)
def test_a_dose_after_the_base_treatment_is_the_added_drugs(
    sentence: str, doses: list[float]
) -> None:
    abstract = (
        "A 47-year-old woman with major depressive disorder had not responded to 12 weeks of "
        f"antidepressant treatment. {sentence} Her HAM-D score fell from 24 to 10."
    )
    assert facts(CASE_TITLE, abstract, ("Case Reports",)).ldn_doses_mg == doses


@pytest.mark.parametrize(
    "sentence",
    [
        # the base drug's own dose, written right after it
        "Naltrexone 3 mg nightly was added to venlafaxine 225 mg/day.",
        # a clause about the base drug
        "Naltrexone 3 mg nightly was added to sertraline, which was increased to 150 mg.",
        # a bracket after the base drug: an aside on the protocol's history (registry5
        # NCT09500022, "added to the ongoing tricyclic antidepressant (dose reduced from
        # 4.5 mg in protocol version 3)")
        "One naltrexone 3 mg capsule at bedtime, added to the ongoing tricyclic "
        "antidepressant (dose reduced from 4.5 mg in protocol version 3).",
    ],
)
def test_the_base_treatments_own_dose_stays_its_own(sentence: str) -> None:
    abstract = (
        "A 47-year-old woman with major depressive disorder had not responded to 12 weeks of "
        f"antidepressant treatment. {sentence} Her HAM-D score fell from 24 to 10."
    )
    f = facts(CASE_TITLE, abstract, ("Case Reports",))
    assert f.on_topic and f.ldn_doses_mg == [3]


# -- the arms of a registration, each assigned its own dose, compare doses however they
# are named; a heading's "standard" ("Standard volume (experimental): 4.5 mL of X") names
# an arm, not a usual dose outside the study (registry8 NCT09200004: [1.5] and no
# dose-finding, labelled [1.5, 4.5] and dose-finding in progress)


def _registration(arms: list[tuple[str, str]], detail: str = "") -> Any:
    from written import LEX, RULES, registration

    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    study = registration(
        nct="NCT00000001",
        title="Naltrexone for persistent depressive disorder",
        summary="Adults with persistent depressive disorder receive one of "
        "the regimens below for 12 weeks.",
        description=detail,
        conditions=["Persistent Depressive Disorder"],
        allocation="RANDOMIZED",
        enrollment=44,
        arms=[
            {"label": label, "type": "EXPERIMENTAL", "description": text} for label, text in arms
        ],
        outcomes=["Change in HAM-D17"],
    )
    assessed, _ = assess_record(parse_study(study), LEX, RULES)
    return assessed


@pytest.mark.parametrize(
    ("arms", "detail", "doses"),
    [
        (
            [
                ("Low volume", "1.5 mL of naltrexone oral solution at bedtime."),
                ("Standard volume", "4.5 mL of naltrexone oral solution at bedtime."),
            ],
            "Naltrexone oral solution is compounded at 1 mg/mL.",
            [1.5, 4.5],
        ),
        # mg doses, arms named by the usual and a reduced dose
        (
            [
                ("Usual dose", "Naltrexone 4.5 mg capsule nightly."),
                ("Reduced dose", "Naltrexone 1.5 mg capsule nightly."),
            ],
            "",
            [1.5, 4.5],
        ),
        # three arms, one of them a titration to its kept dose
        (
            [
                ("Standard LDN", "Low-dose naltrexone 1.5 mg for a week, then 4.5 mg daily."),
                ("Half dose", "Low-dose naltrexone 2 mg daily."),
                ("Micro dose", "Low-dose naltrexone 0.5 mg daily."),
            ],
            "",
            [0.5, 2, 4.5],
        ),
    ],
)
def test_registered_arms_each_on_its_own_dose_compare_doses(
    arms: list[tuple[str, str]], detail: str, doses: list[float]
) -> None:
    a = _registration(arms, detail)
    assert a.facts.ldn_doses_mg == doses
    assert a.facts.compares_doses
    assert a.gaps["dose-finding"] == "in_progress"


def test_registered_arms_on_one_dose_compare_nothing() -> None:
    a = _registration(
        [
            ("With sertraline", "Naltrexone 4.5 mg nightly added to sertraline."),
            ("Alone", "Naltrexone 4.5 mg nightly."),
        ]
    )
    assert a.facts.ldn_doses_mg == [4.5] and not a.facts.compares_doses


def test_a_standard_dose_outside_a_heading_is_still_not_the_studys() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label trial",
        "Methods: 30 adults with major depressive disorder took naltrexone 2 mg nightly, below "
        "the standard 4.5 mg, for 8 weeks.\nResults: MADRS fell.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [2]


# -- a cohort's protocol has observed nobody: a typical dose in the list of what it will
# record ("Dose (typically 1.5-4.5 mg) ... will be recorded") is a guess at what it will
# find, not a dose its people take (preprints6 PPR9300009: [1.5, 4.5], labelled []); the
# dose its people are prescribed ("usually at 1.5 to 4.5 mg/day") and a cohort with data
# keep theirs

COHORT = "Low-dose naltrexone in routine care of depression: protocol for a prospective cohort"
ENROL = (
    "Methods: This prospective observational registry will enrol 500 adults with a current "
    "depressive episode who are starting low-dose naltrexone in routine care. "
)


@pytest.mark.parametrize(
    "recorded",
    [
        "Dose (typically 1.5-4.5 mg), concomitant antidepressants and PHQ-9 scores will be "
        "recorded every 4 weeks. No treatment is assigned by the study.",
        # "usually", the dose as what will be extracted from records
        "Prescribed doses (usually 3 to 4.5 mg) will be extracted from pharmacy records "
        "every month.",
        # the first person, the dose as what we will document
        "We will document each participant's dose, typically 1.5-4.5 mg nightly, at every visit.",
    ],
)
def test_a_cohort_protocols_dose_to_be_recorded_is_no_dose_taken(recorded: str) -> None:
    f = facts(COHORT, ENROL + recorded, JOURNAL)
    assert f.on_topic and f.design == "observational"
    assert f.ldn_doses_mg == []


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # a protocol: the dose its people are prescribed (holdout44 61100029's wording)
        (
            COHORT,
            "Methods: We will recruit 500 adults with depression (PHQ-9 >= 10) who are newly "
            "prescribed low-dose naltrexone by their general practitioner, usually at 1.5 to "
            "4.5 mg/day; the study does not assign or alter treatment.",
            [1.5, 4.5],
        ),
        # a cohort with data: the dose it recorded
        (
            "Low-dose naltrexone and depressive symptoms: a retrospective cohort",
            "Methods: We reviewed 212 adults with depression who used low-dose naltrexone "
            "(median dose 4.5 mg/day) in three clinics.\nResults: PHQ-9 scores fell by 5 points.",
            [4.5],
        ),
    ],
)
def test_a_cohorts_usual_dose_its_people_take_is_kept(
    title: str, abstract: str, doses: list[float]
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational" and f.ldn_doses_mg == doses


# -- a dose naming no drug, after a sentence naming another drug only as what the people
# take, is still the study drug's (holdout48 57100002: "Eligibility was broadened to include
# people taking vortioxetine. The titration schedule (1.5 mg, then 3 mg, then 4.5 mg at
# night) ... unchanged" gave no dose)

AMENDED = "Update to the LINDEN trial protocol (version 3.0)"
LINDEN = (
    "This update describes amendments to the protocol of LINDEN, a randomised trial of "
    "low-dose naltrexone (LDN) or placebo in 104 adults with major depressive disorder. "
)


@pytest.mark.parametrize(
    ("sentences", "doses"),
    [
        (
            "Eligibility was broadened to include people taking vortioxetine. The titration "
            "schedule (1.5 mg, then 3 mg, then 4.5 mg at night) and all outcomes are unchanged.",
            [4.5],
        ),
        # the people "on" a drug, then the dose as a daily regimen
        (
            "All participants will remain on a stable SSRI. The dose is 1 mg twice daily for "
            "12 weeks.",
            [2],
        ),
        # "an inadequate response to" a drug, then the dose in a later clause of its own
        (
            "Participants must have had an inadequate response to sertraline. Dosing starts at "
            "0.5 mg and is increased to 3 mg after one week.",
            [3],
        ),
    ],
)
def test_a_dose_after_the_peoples_own_medication_is_the_study_drugs(
    sentences: str, doses: list[float]
) -> None:
    assert facts(AMENDED, LINDEN + sentences, (*JOURNAL, *PROTOCOL)).ldn_doses_mg == doses


def test_a_dose_above_the_band_after_the_peoples_medication_stays_theirs() -> None:
    f = facts(
        AMENDED,
        LINDEN + "Participants are taking sertraline. The dose is 100 mg daily. LDN is given "
        "at 4.5 mg nightly.",
        (*JOURNAL, *PROTOCOL),
    )
    assert f.on_topic and f.ldn_doses_mg == [4.5]


# -- a notice naming several records joins them when they are one study: an authors'
# reply is CommentOn both the letter and the article (holdout48 57100006, no abstract:
# alone in a study of its own, off-topic, where the contract makes it its article's
# on-topic notice)


def _ids(*records: Any) -> dict[str, str]:
    from ldn_watch.studies import edges, group

    return group({r.key: edges(r, None) for r in records})


def _rec(pmid: str, *corr: tuple[str, str], types: tuple[str, ...] = ("Journal Article",)) -> Any:
    from ldn_watch.model import Correction, Record

    return Record(
        "pubmed",
        pmid,
        "t",
        publication_types=list(types),
        corrections=[Correction(*c) for c in corr],
    )


def test_an_authors_reply_joins_the_letter_and_the_article_it_answers() -> None:
    trial = _rec("1")
    letter = _rec("2", ("CommentOn", "1"), types=("Letter", "Comment"))
    reply = _rec("3", ("CommentOn", "2"), ("CommentOn", "1"), types=("Letter", "Comment"))
    ids = _ids(trial, letter, reply)
    assert ids["pubmed:3"] == ids["pubmed:1"] == ids["pubmed:2"]


def test_a_notice_on_an_erratum_and_its_article_joins_them() -> None:
    # other relations, other order: the article joined to its registration first
    trial = _rec("1")
    erratum = _rec("2", ("ErratumFor", "1"), types=("Published Erratum",))
    notice = _rec("3", ("ErratumFor", "1"), ("ErratumFor", "2"), types=("Published Erratum",))
    ids = _ids(notice, erratum, trial)
    assert ids["pubmed:3"] == ids["pubmed:1"]


@pytest.mark.parametrize("stored", [("1", "2"), ("1",)])
def test_a_notice_on_two_studies_or_on_one_not_stored_joins_none(stored: tuple[str, ...]) -> None:
    # two trials, each of its own; or the second record it names is not stored yet
    editorial = _rec("3", ("CommentOn", "1"), ("CommentOn", "2"), types=("Editorial",))
    ids = _ids(editorial, *(_rec(p) for p in stored))
    assert ids["pubmed:3"] not in {ids[f"pubmed:{p}"] for p in stored}
