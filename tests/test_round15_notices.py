"""What a record is (round 15, from holdout50-52, registry9 and preprints7 once opened):
notices posted in a record's own place, and records that are not about the watched use."""

from __future__ import annotations

from typing import Any

import pytest
from test_registry_facts import _study
from written import LEX, PROTOCOL, RCT, RULES, TRIAL, facts, gaps

from ldn_watch.assess import assess, extract_facts
from ldn_watch.model import Correction, Facts, Record
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.europepmc.parse import parse_result
from ldn_watch.sources.registry_facts import registry_facts
from ldn_watch.studies import Member, edges, group, judge_study

PREPRINT = ("Preprint",)
TRIAL_TITLE = (
    "Open-label low-dose naltrexone added to SSRIs for postpartum depression: a single-arm trial"
)
TRIAL_ABSTRACT = (
    "Methods: Fifty-two women with postpartum depression taking sertraline or escitalopram "
    "received naltrexone 1.5 mg for one week, then 3 mg to week 8.\n"
    "Results: EPDS fell from 19.2 to 10.1; 27 of 52 responded."
)

# -- a withdrawal posted as the preprint's new version (preprints7 PPR9200004/5) ---------


@pytest.mark.parametrize(
    "notice",
    [
        # preprints7's own wording
        "This preprint has been withdrawn by the authors. A data-management error was found: "
        "EPDS questionnaires were entered twice, so the number of participants and the change "
        "in depression scores reported in version 1 are overstated and should not be cited.",
        # probes: the authors as the subject, the data restated
        "The authors have withdrawn this manuscript because an error in the randomisation code "
        "was found after posting. Sixty-four adults with major depression taking sertraline "
        "received naltrexone 4.5 mg; these findings should no longer be relied upon.",
        # the server as the subject, under a heading
        "Withdrawal notice: medRxiv has withdrawn this preprint at the request of the "
        "corresponding author, as consent forms of 58 participants on escitalopram plus "
        "low-dose naltrexone could not be located.",
        # "retracted", the work named late in the sentence
        "Version 2 of this preprint replaces version 1: the present manuscript is formally "
        "retracted by all authors because the depression outcome data were not verified.",
    ],
)
def test_a_withdrawal_notice_is_a_notice_with_no_data_of_its_own(notice: str) -> None:
    f = facts(TRIAL_TITLE, notice, PREPRINT)
    assert f.role == "retraction" and f.design == "other"
    assert f.n is None and f.concomitant_classes == []
    assert gaps(TRIAL_TITLE, notice, PREPRINT) == {}


@pytest.mark.parametrize(
    "abstract",
    [
        # participants who withdrew are not the work withdrawn
        "Methods: Sixty adults with major depression taking sertraline received naltrexone "
        "4.5 mg for 8 weeks. Results: Six participants withdrew from the study; HAM-D fell.",
        # a study that mentions a withdrawn paper in its background is still a study
        "Background: A previous article on low-dose naltrexone was retracted. Methods: Sixty "
        "adults with major depression taking sertraline received naltrexone 4.5 mg daily in "
        "an open-label trial. Results: HAM-D fell.",
    ],
)
def test_a_trial_that_mentions_withdrawal_is_still_a_trial(abstract: str) -> None:
    assert facts(TRIAL_TITLE, abstract, PREPRINT).role != "retraction"
    assert gaps(TRIAL_TITLE, abstract, PREPRINT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def _version(rid: str, number: int, abstract: str, posted: str) -> dict[str, Any]:
    versions = [
        {"id": "PPR1", "source": "PPR", "versionNumber": 1},
        {"id": "PPR2", "source": "PPR", "versionNumber": 2},
    ]
    return {
        "id": rid,
        "source": "PPR",
        "title": TRIAL_TITLE,
        "abstractText": abstract,
        "pubTypeList": {"pubType": ["Preprint"]},
        "bookOrReportDetails": {"publisher": "Research Square"},
        "versionList": {"version": versions},
        "versionNumber": number,
        "firstPublicationDate": posted,
    }


def test_a_withdrawn_preprint_version_counts_toward_no_gap() -> None:
    """CONTRACT.md "Retractions": the withdrawn v1 is a retracted article; the notice (v2)
    joins it as a later version of the same preprint."""
    notice = "This preprint has been withdrawn by the authors; its results should not be cited."
    records = [
        parse_result(_version("PPR1", 1, TRIAL_ABSTRACT.replace("\n", " "), "2025-05-14")),
        parse_result(_version("PPR2", 2, notice, "2025-08-29")),
    ]
    ids = group({r.key: edges(r, None) for r in records})
    assert ids["europepmc:PPR1"] == ids["europepmc:PPR2"]
    members = []
    for r in records:
        a = assess(r, LEX, RULES)
        members.append(Member(r, a.facts, dict(a.gaps), dict(a.reasons)))
    assert members[0].gaps["larger-trials"] == "addressed"  # v1 alone would close it
    study, verdicts = judge_study(ids["europepmc:PPR1"], members, list(members[0].gaps))
    assert study.retracted and study.status == "retracted"
    assert study.why["larger-trials"] == "retracted 2025-08-29"
    assert {v.key: v.role for v in verdicts} == {
        "europepmc:PPR1": "preprint",
        "europepmc:PPR2": "retraction",
    }
    assert all(v.retracted and set(v.gaps.values()) == {"no"} for v in verdicts)
    assert all(v.on_topic for v in verdicts)


# -- retraction and replacement (holdout50 55100028) ----------------------------------

GAP_IDS = ["larger-trials", "serotonergic-combination", "dose-finding"]


def _member(record: Record, n: int, **gap: str) -> Member:
    f = Facts(on_topic=True, design="rct", n=n, has_results=True, depression_population=True)
    values = {g: gap.get(g.replace("-", "_"), "no") for g in GAP_IDS}
    return Member(record, f, values, {g: "own reason" for g in GAP_IDS})  # type: ignore[arg-type]


ORIGINAL = Record(
    "pubmed",
    "10",
    "LDN added to escitalopram in postpartum depression: an RCT",
    publication_types=["Journal Article", "Randomized Controlled Trial", "Retracted Publication"],
    corrections=[Correction("RetractionIn", "30"), Correction("RepublishedIn", "20")],
)
NOTICE = Record(
    "pubmed",
    "30",
    "Notice of retraction and replacement",
    publication_types=["Retraction of Publication"],
    corrections=[Correction("RetractionOf", "10")],
)


@pytest.mark.parametrize(
    "replacement",
    [
        # holdout50's form: typed and linked
        Record(
            "pubmed",
            "20",
            "LDN added to escitalopram in postpartum depression: an RCT",
            publication_types=["Journal Article", "Corrected and Republished Article"],
            corrections=[Correction("RepublishedFrom", "10")],
        ),
        # probe: linked as an update of the retracted article, no type
        Record(
            "pubmed",
            "20",
            "Corrected analysis: LDN added to escitalopram in postpartum depression",
            publication_types=["Journal Article", "Randomized Controlled Trial"],
            corrections=[Correction("UpdateOf", "10")],
        ),
        # probe: typed only (it joined the study through its registration)
        Record(
            "pubmed",
            "20",
            "LDN added to escitalopram in postpartum depression: an RCT (corrected)",
            publication_types=["Corrected and Republished Article"],
            nct_ids=["NCT05893316"],
        ),
    ],
)
def test_a_corrected_republication_stands_for_a_retracted_article(replacement: Record) -> None:
    """The journal retracts the article and republishes it corrected: the retracted one
    counts toward nothing, the replacement keeps its own verdicts (CONTRACT.md
    "Retractions": a gap goes back to what the other articles give)."""
    members = [
        _member(ORIGINAL, 58, larger_trials="addressed", serotonergic_combination="addressed"),
        _member(NOTICE, 58, larger_trials="addressed"),
        _member(replacement, 46, serotonergic_combination="addressed"),
    ]
    members[1].facts.role = "retraction"  # type: ignore[union-attr]
    study, verdicts = judge_study("pubmed:10", members, GAP_IDS)
    assert not study.retracted and study.lead == "pubmed:20" and study.n == 46
    assert study.gaps == {
        "larger-trials": "no",
        "serotonergic-combination": "addressed",
        "dose-finding": "no",
    }
    by_key = {v.key: v for v in verdicts}
    assert by_key["pubmed:10"].retracted and set(by_key["pubmed:10"].gaps.values()) == {"no"}
    assert not by_key["pubmed:20"].retracted
    assert by_key["pubmed:20"].gaps["serotonergic-combination"] == "addressed"
    assert set(by_key["pubmed:30"].gaps.values()) == {"no"}


def test_a_retracted_trial_with_only_its_derived_reports_stays_retracted() -> None:
    """A secondary analysis of a retracted trial replaces nothing: the study stays void."""
    secondary = Record(
        "pubmed",
        "40",
        "Anhedonia outcomes of the LDN postpartum trial: a secondary analysis",
        publication_types=["Journal Article"],
        corrections=[Correction("CommentOn", "10")],
    )
    members = [
        _member(ORIGINAL, 58, larger_trials="addressed"),
        _member(NOTICE, 58),
        _member(secondary, 58, larger_trials="addressed"),
    ]
    members[1].facts.role = "retraction"  # type: ignore[union-attr]
    study, verdicts = judge_study("pubmed:10", members, GAP_IDS)
    assert study.retracted and study.gaps["larger-trials"] == "no"
    assert all(v.retracted and v.gaps["larger-trials"] == "no" for v in verdicts)


# -- a platform's candidate arm, given to nobody yet (holdout51 54100038) --------------

PLATFORM = (
    "Selecting the opening arms of an adaptive platform trial for treatment-resistant depression"
)
PLATFORM_METHODS = (
    "Methods: A Delphi panel scored 25 candidate drugs. The platform will randomise 500 adults "
    "with major depressive disorder taking an SSRI to minocycline 200 mg/day, celecoxib "
    "400 mg/day or placebo for 12 weeks. "
)


@pytest.mark.parametrize(
    "later",
    [
        # holdout51's wording
        "New arms, including low-dose naltrexone at a different dose, may be added later.",
        # probes: another modal, the drug as an arm's name, another verb
        "Naltrexone 4.5 mg could be added as a fourth arm if funding allows.",
        "A low-dose naltrexone arm might be opened at a later stage.",
        "Further arms (for example low-dose naltrexone 3 mg) may be introduced once safety "
        "data are available.",
    ],
)
def test_a_drug_the_platform_may_add_later_is_given_to_nobody(later: str) -> None:
    f = facts(PLATFORM, PLATFORM_METHODS + later, PROTOCOL)
    assert not f.on_topic
    assert gaps(PLATFORM, PLATFORM_METHODS + later, PROTOCOL) == {}


@pytest.mark.parametrize(
    "given",
    [
        "Participants will be randomised to low-dose naltrexone 4.5 mg/day as a fourth arm.",
        # what participants could keep doing is a method, not a possibility
        "Participants already taking low-dose naltrexone 4.5 mg could continue it in the "
        "naltrexone arm.",
    ],
)
def test_a_drug_the_platform_gives_keeps_it_on_topic(given: str) -> None:
    assert facts(PLATFORM, PLATFORM_METHODS + given, PROTOCOL).on_topic


# -- the condition named but not measured (holdout52 53100012, 53100029) ---------------

AUD = "Low-dose naltrexone for alcohol use disorder: a randomised placebo-controlled pilot trial"
AUD_METHODS = (
    "Methods: Fifty adults with alcohol use disorder were randomised to naltrexone 4.5 mg/day "
    "or placebo for 12 weeks. The primary outcome was heavy drinking days. "
)
AUD_RESULTS = " Results: Heavy drinking days fell more with LDN (p=0.03)."


@pytest.mark.parametrize(
    "said",
    [
        # the people described at entry (holdout52 53100029's wording, then probes)
        "At baseline, depressive symptoms were common (mean BDI-II 21.4; 29 of 50 scored "
        "20 or more).",
        "At enrolment, many participants reported depressive symptoms (mean PHQ-9 11.2).",
        "Before randomisation, HADS depression scores were elevated in one third of the sample.",
        # items of another instrument (holdout52 53100012's form, then probes)
        "Secondary outcomes were craving and the Drinking Quality of Life questionnaire, which "
        "includes items on depression and anxiety.",
        "Secondary outcomes were craving and a quality-of-life questionnaire with questions "
        "about mood and energy, reported as a total score.",
        "Secondary outcomes were craving and the Addiction Severity Index, including its single "
        "depression item.",
    ],
)
def test_the_condition_described_at_entry_or_as_items_is_no_outcome(said: str) -> None:
    f = facts(AUD, AUD_METHODS + said + AUD_RESULTS, RCT)
    assert not f.on_topic and f.off_topic_reason == "no depression or mood outcome"


@pytest.mark.parametrize(
    "said",
    [
        # measured again later: an outcome
        "At baseline, mean BDI-II was 22; by week 12 it had fallen to 14 with LDN and 18 with "
        "placebo.",
        "Secondary outcomes were craving and depressive symptoms (BDI-II).",
        # a subscale is a measure of its own
        "Secondary outcomes were craving and the HADS depression subscale.",
    ],
)
def test_the_condition_measured_as_an_outcome_stays_on_topic(said: str) -> None:
    assert facts(AUD, AUD_METHODS + said + AUD_RESULTS, RCT).on_topic


# -- a derived report carries its parent trial's outcome (holdout51 54100040) ----------


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # holdout51's form: the parent's antidepressant effect in the opening
        (
            "Open-label extension of the FACTOR-D trial: safety of low-dose naltrexone",
            "Background: The 12-week FACTOR-D trial found a small additive antidepressant "
            "effect of low-dose naltrexone with or without sertraline. We report its "
            "open-label extension.\nMethods: Completers were offered 24 weeks of open-label "
            "LDN 4.5 mg/day.\nResults: Of 199 completers, 131 entered the extension; response "
            "was maintained in 81%.",
        ),
        # probe: the parent's outcome said as symptoms that improved
        (
            "Open-label extension of a trial of low-dose naltrexone plus sertraline",
            "Background: In the parent randomised trial, adding naltrexone 3 mg to sertraline "
            "improved depressive symptoms over placebo. This report describes its 6-month "
            "open-label extension.\nMethods: Participants continued naltrexone 3 mg with "
            "sertraline.\nResults: Seventy-two participants entered the continuation; 60 "
            "completed it. Tolerability was good.",
        ),
    ],
)
def test_an_extension_carries_its_parents_mood_outcome(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).on_topic


def test_an_extension_of_a_pain_trial_is_not_made_mood_by_others_work() -> None:
    abstract = (
        "Background: Earlier studies have suggested an antidepressant effect of low-dose "
        "naltrexone. The parent trial randomised 90 women with fibromyalgia to LDN or placebo "
        "for pain. We report its extension.\nMethods: Completers took naltrexone 4.5 mg for "
        "24 weeks.\nResults: Of 80 completers, 66 entered; pain scores remained stable."
    )
    assert not facts(
        "Open-label extension of a trial of LDN in fibromyalgia", abstract, TRIAL
    ).on_topic


# -- a platform registration whose arms give the drug (registry9 NCT09100010) ----------


def _platform(summary: str, *, ldn_arms: bool = True) -> Facts:
    study = _study("NCT99900001")
    ps = study["protocolSection"]
    ps["identificationModule"]["briefTitle"] = "ATLAS: Adaptive Platform Trial in Depression"
    ps["identificationModule"]["officialTitle"] = (
        "ATLAS: Adaptive Platform Trial of Augmentation Strategies in Treatment-Resistant "
        "Depression"
    )
    ps["descriptionModule"] = {"briefSummary": summary}
    arms_ = [("Minocycline", "Minocycline 200 mg/day", "Minocycline")]
    if ldn_arms:
        arms_ += [
            ("Naltrexone 1 mg", "Low-dose naltrexone 1 mg daily", "Naltrexone"),
            ("Naltrexone 4.5 mg", "Low-dose naltrexone 4.5 mg daily", "Naltrexone"),
        ]
    ps["armsInterventionsModule"] = {
        "armGroups": [
            {
                "label": lab,
                "type": "EXPERIMENTAL",
                "description": d,
                "interventionNames": [f"Drug: {i}"],
            }
            for lab, d, i in arms_
        ]
        + [
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "description": "Shared placebo",
                "interventionNames": ["Drug: Placebo"],
            }
        ],
        "interventions": [
            {"type": "DRUG", "name": i, "armGroupLabels": [lab]} for lab, _, i in arms_
        ],
    }
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEX))


@pytest.mark.parametrize(
    "summary",
    [
        # registry9's wording
        "Several augmentation treatments for treatment-resistant depression are compared "
        "against a shared placebo arm under one master protocol. The current arms are "
        "minocycline, two doses of low-dose naltrexone, and placebo.",
        # probe: the drug named as a domain of the platform
        "A master protocol with an anti-inflammatory domain and an opioid-modulation domain "
        "(low-dose naltrexone) tests augmentation in treatment-resistant depression.",
    ],
)
def test_a_platform_whose_arms_give_the_drug_is_on_topic(summary: str) -> None:
    f = _platform(summary)
    assert f.on_topic and sorted(f.ldn_doses_mg) == [1.0, 4.5]


def test_a_platform_that_only_may_add_the_drug_stays_off_topic() -> None:
    f = _platform(
        "Several augmentation treatments for treatment-resistant depression are compared "
        "against a shared placebo. Low-dose naltrexone may be added as a later arm.",
        ldn_arms=False,
    )
    assert not f.on_topic
