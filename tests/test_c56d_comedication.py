"""The kind: an add-on trial of LDN in which the participants keep taking their own
antidepressant, said in many ways and places (drug name, brand name, class name or
abbreviation, with a dose, in eligibility, as background treatment, in a baseline or
results sentence, in the title, the opening sentence or the conclusions only, in an
unlabelled abstract, and in a registration's summary, arm, intervention, eligibility,
title or outcome). That antidepressant's class is the co-medication's class and closes
the serotonergic gap (CONTRACT.md: "the classes of the antidepressants taken together
with LDN; a class named without drugs counts").

The one family that failed: the antidepressant named as the usual care the watched drug
(and its placebo) is added to, "naltrexone or placebo in addition to treatment as usual
with an SSRI", "on top of standard care with escitalopram", "as an adjunct to usual care
with an SNRI". The usual-care words were read as a control arm's name, so the drug was a
comparator's. Usual care counts as what people are on when the watched drug is added to
it; it stays a comparator when it is the other side of the allocation ("naltrexone or
treatment as usual with escitalopram", "... plus usual care, or usual care with
sertraline").

The traps that must not become co-medication: the antidepressant only in a comparator
arm, stopped or washed out before LDN, prohibited, failed earlier, taken for pain or
sleep, named in cited or future work.

Round 56, c56d; no record: probes written in the engineer's own words after unseen sets
missed "addressed" verdicts for antidepressants taken alongside LDN.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, completed_registration, facts, judge_registration

TITLE = "Low-dose naltrexone in major depressive disorder: a randomized placebo-controlled trial"
OBJ = "Objective: To test low-dose naltrexone in adults with major depressive disorder."
MET = (
    "Methods: Sixty-four adults with major depressive disorder were randomized to naltrexone "
    "4.5 mg nightly or placebo for 8 weeks."
)
ON_AD = (
    "Methods: Sixty-four adults with major depressive disorder on a stable antidepressant "
    "were randomized to add naltrexone 4.5 mg nightly or placebo for 8 weeks."
)
RES = "Results: MADRS scores fell by 10.2 versus 6.1 points (p = 0.03)."
CON = "Conclusions: Low-dose naltrexone improved depressive symptoms."
S = ["serotonergic"]
SN = ["noradrenergic", "serotonergic"]


def _methods(sentence: str) -> list[str]:
    return [OBJ, f"Methods: {sentence}", RES, CON]


# (probe, title, abstract parts, expected classes)
TAKEN: list[tuple[str, str, list[str], list[str]]] = [
    # the usual care the drug is added to, in every place (the family that failed)
    (
        "usual care, title",
        "Low-dose naltrexone added to treatment as usual with SSRIs in major depressive "
        "disorder: a randomized trial",
        [OBJ, MET, RES, CON],
        S,
    ),
    (
        "usual care, opening sentence",
        TITLE,
        [
            "Objective: To test naltrexone 4.5 mg as an adjunct to usual care with an SNRI "
            "in major depressive disorder.",
            MET,
            RES,
            CON,
        ],
        SN,
    ),
    (
        "usual care, methods",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg nightly or placebo for 8 weeks in addition to treatment as usual with an "
            "SSRI."
        ),
        S,
    ),
    (
        "usual care, each arm",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg nightly or placebo, each added to usual care with an SNRI, for 8 weeks."
        ),
        SN,
    ),
    (
        "usual care, a list of two classes",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg at bedtime or placebo, added to treatment as usual with an SSRI or SNRI."
        ),
        SN,
    ),
    (
        "usual care, results",
        TITLE,
        [
            OBJ,
            MET,
            "Results: Naltrexone 4.5 mg on top of standard care with escitalopram lowered "
            "MADRS scores by 10.2 versus 6.1 points (p = 0.03).",
            CON,
        ],
        S,
    ),
    (
        "usual care, conclusions",
        TITLE,
        [
            OBJ,
            MET,
            RES,
            "Conclusions: Low-dose naltrexone in addition to usual care with venlafaxine "
            "improved depressive symptoms.",
        ],
        SN,
    ),
    (
        "usual care, which included",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder received naltrexone 4.5 mg "
            "nightly or placebo on top of their usual care, which included sertraline in most."
        ),
        S,
    ),
    # guards: the other ways, already read
    (
        "name with a dose",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder who were taking escitalopram "
            "10-20 mg daily were randomized to add naltrexone 4.5 mg nightly or placebo for "
            "8 weeks."
        ),
        S,
    ),
    (
        "stable dose of a class, eligibility",
        TITLE,
        _methods(
            "Adults with major depressive disorder on a stable dose of an SSRI for at least 6 "
            "weeks were randomized to naltrexone 4.5 mg or placebo nightly for 8 weeks "
            "(n = 64)."
        ),
        S,
    ),
    (
        "must be taking, class spelled out",
        TITLE,
        _methods(
            "Participants had major depressive disorder and must be taking a "
            "serotonin-norepinephrine reuptake inhibitor; 64 were randomized to naltrexone "
            "4.5 mg or placebo nightly for 8 weeks."
        ),
        SN,
    ),
    (
        "background",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder receiving background sertraline "
            "were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks."
        ),
        S,
    ),
    (
        "continued their ongoing",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder continued their ongoing "
            "duloxetine and were randomized to naltrexone 4.5 mg nightly or placebo for 8 "
            "weeks."
        ),
        SN,
    ),
    (
        "brand names",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder who stayed on Cymbalta or "
            "Effexor throughout were randomized to naltrexone 4.5 mg nightly or placebo for 8 "
            "weeks."
        ),
        SN,
    ),
    (
        "Trintellix",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder taking Trintellix were "
            "randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks."
        ),
        S,
    ),
    (
        "TCAs",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder on TCAs at antidepressant doses "
            "were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks."
        ),
        SN,
    ),
    (
        "NaSSA",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder taking mirtazapine or another "
            "NaSSA were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks."
        ),
        SN,
    ),
    (
        "Wellbutrin with an SSRI",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder who were taking Wellbutrin "
            "together with an SSRI were randomized to naltrexone 4.5 mg nightly or placebo for "
            "8 weeks."
        ),
        ["dopaminergic", "serotonergic"],
    ),
    (
        "title only",
        "Adjunctive low-dose naltrexone in patients with depression maintained on "
        "escitalopram: a randomized trial",
        [OBJ, MET, RES, CON],
        S,
    ),
    (
        "opening sentence only",
        TITLE,
        [
            "Objective: To test whether naltrexone 4.5 mg augments sertraline in adults with "
            "major depressive disorder.",
            MET,
            RES,
            CON,
        ],
        S,
    ),
    (
        "baseline share",
        TITLE,
        [
            OBJ,
            ON_AD,
            "Results: At baseline, 58% were taking SSRIs and 30% SNRIs. MADRS scores fell by "
            "10.2 versus 6.1 points (p = 0.03).",
            CON,
        ],
        SN,
    ),
    (
        "conclusions only",
        TITLE,
        [
            OBJ,
            MET,
            RES,
            "Conclusions: Taken alongside an SNRI, naltrexone 4.5 mg improved depressive symptoms.",
        ],
        SN,
    ),
]

NOT_TAKEN: list[tuple[str, str, list[str]]] = [
    (
        "usual care as the other arm",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg nightly or treatment as usual with escitalopram for 8 weeks."
        ),
    ),
    (
        "compared with usual care",
        TITLE,
        _methods(
            "Naltrexone 4.5 mg nightly was compared with treatment as usual with sertraline in "
            "64 adults with major depressive disorder."
        ),
    ),
    (
        "added to usual care, or usual care with a drug",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg plus usual care, or usual care with sertraline, for 8 weeks."
        ),
    ),
    (
        "added to usual care, or to usual care with a drug",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg added to treatment as usual or to treatment as usual with escitalopram."
        ),
    ),
    (
        "comparator",
        "Low-dose naltrexone versus sertraline in major depressive disorder: a randomized trial",
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg nightly or sertraline 50 mg daily for 8 weeks."
        ),
    ),
    (
        "washed out",
        TITLE,
        _methods(
            "After a two-week washout of their SSRI, 64 adults with major depressive disorder "
            "were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks."
        ),
    ),
    (
        "stopped before",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder who had stopped sertraline at "
            "least four weeks earlier were randomized to naltrexone 4.5 mg nightly or placebo "
            "for 8 weeks."
        ),
    ),
    (
        "prohibited",
        TITLE,
        _methods(
            "Sixty-four unmedicated adults with major depressive disorder were randomized to "
            "naltrexone 4.5 mg nightly or placebo for 8 weeks; SSRIs, SNRIs and other "
            "antidepressants were prohibited."
        ),
    ),
    (
        "failed earlier",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder who had failed two SSRIs were "
            "randomized to naltrexone 4.5 mg nightly or placebo as monotherapy for 8 weeks."
        ),
    ),
    (
        "for pain",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg nightly or placebo for 8 weeks; amitriptyline 10 mg at night for pain was "
            "allowed."
        ),
    ),
    (
        "for insomnia",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder were randomized to naltrexone "
            "4.5 mg nightly or placebo for 8 weeks; trazodone for insomnia was continued."
        ),
    ),
    (
        "future work",
        TITLE,
        [
            OBJ,
            "Methods: Sixty-four unmedicated adults with major depressive disorder were "
            "randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks.",
            RES,
            "Conclusions: Future trials should test low-dose naltrexone added to SSRIs.",
        ],
    ),
    (
        "free of antidepressants",
        TITLE,
        _methods(
            "Sixty-four adults with major depressive disorder, free of antidepressants for at "
            "least 4 weeks, were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks."
        ),
    ),
]


def _unlabelled(parts: list[str]) -> str:
    return " ".join(p.split(": ", 1)[1] if ": " in p[:15] else p for p in parts)


@pytest.mark.parametrize(("probe", "title", "parts", "classes"), TAKEN, ids=[t[0] for t in TAKEN])
def test_taken_alongside(probe: str, title: str, parts: list[str], classes: list[str]) -> None:
    for abstract in ("\n".join(parts), _unlabelled(parts)):
        f = facts(title, abstract, RCT)
        assert sorted(f.concomitant_classes) == classes, (probe, abstract)


@pytest.mark.parametrize(("probe", "title", "parts"), NOT_TAKEN, ids=[t[0] for t in NOT_TAKEN])
def test_not_taken_alongside(probe: str, title: str, parts: list[str]) -> None:
    for abstract in ("\n".join(parts), _unlabelled(parts)):
        f = facts(title, abstract, RCT)
        assert not {"serotonergic", "noradrenergic"} & set(f.concomitant_classes), (
            probe,
            abstract,
        )


def _registration(**fields: Any) -> dict[str, Any]:
    study = completed_registration(
        nct="NCT09999999",
        official_title=fields.get("title", "Low-Dose Naltrexone for Major Depressive Disorder"),
        summary=fields.get(
            "summary",
            "Adults with major depressive disorder receive low-dose naltrexone or placebo for "
            "8 weeks.",
        ),
        criteria=fields.get(
            "criteria",
            "Inclusion Criteria:\n* Major depressive disorder (DSM-5)\n* MADRS >= 20\n"
            "Exclusion Criteria:\n* Opioid use",
        ),
        enrolled=64,
        drug_arm=fields.get(
            "arm", ("Low-dose naltrexone", "Naltrexone 4.5 mg orally at bedtime for 8 weeks.")
        ),
        placebo_text=fields.get("placebo", "Matching placebo capsule at bedtime for 8 weeks."),
        outcome=fields.get("outcome", "Change in MADRS total score"),
    )
    return study


REGISTERED: list[tuple[str, dict[str, Any], list[str]]] = [
    (
        "usual care in both arms",
        {
            "arm": (
                "Low-dose naltrexone",
                "Naltrexone 4.5 mg at bedtime in addition to treatment as usual with an SSRI.",
            ),
            "placebo": "Placebo at bedtime in addition to treatment as usual with an SSRI.",
        },
        S,
    ),
    (
        "usual care in the arm, two classes",
        {
            "arm": (
                "LDN",
                "Naltrexone 4.5 mg at bedtime, added to treatment as usual with an SSRI or SNRI.",
            )
        },
        SN,
    ),
    (
        "usual care in the summary",
        {
            "summary": "Naltrexone 4.5 mg or placebo is given for 8 weeks in addition to "
            "treatment as usual with an SSRI."
        },
        S,
    ),
    (
        "usual care in the title",
        {"title": "Low-Dose Naltrexone Added to Usual Care With SSRIs for Depression"},
        S,
    ),
    (
        "usual care in the outcome",
        {"outcome": "Change in MADRS with LDN on top of usual care with an SSRI"},
        S,
    ),
    (
        "keep taking, summary",
        {
            "summary": "Adults with major depressive disorder keep taking their SSRI and "
            "receive low-dose naltrexone or placebo for 8 weeks."
        },
        S,
    ),
    (
        "continue, arm",
        {
            "arm": (
                "Low-dose naltrexone",
                "Naltrexone 4.5 mg at bedtime; participants continue their sertraline unchanged.",
            )
        },
        S,
    ),
    (
        "current antidepressant is, eligibility",
        {
            "criteria": "Inclusion Criteria:\n* Major depressive disorder (DSM-5)\n* Current "
            "antidepressant is an SSRI or an SNRI, continued at a stable dose\n"
            "Exclusion Criteria:\n* Opioid use"
        },
        SN,
    ),
]

NOT_REGISTERED: list[tuple[str, dict[str, Any]]] = [
    ("comparator arm", {"placebo": "Escitalopram 10 mg daily for 8 weeks."}),
    (
        "usual care as the comparator arm",
        {"placebo": "Treatment as usual with escitalopram 10 mg daily for 8 weeks."},
    ),
    (
        "excluded",
        {
            "criteria": "Inclusion Criteria:\n* Major depressive disorder\nExclusion Criteria:\n"
            "* Current use of an SSRI, SNRI or any other antidepressant\n* Opioid use"
        },
    ),
    (
        "washout",
        {
            "criteria": "Inclusion Criteria:\n* Major depressive disorder\n* Willing to taper "
            "off current SSRI or SNRI and complete a 2-week washout before randomization\n"
            "Exclusion Criteria:\n* Opioid use"
        },
    ),
    (
        "failed, none now",
        {
            "criteria": "Inclusion Criteria:\n* Major depressive disorder\n* Failed at least "
            "two adequate trials of SSRIs\n* Not currently taking any antidepressant\n"
            "Exclusion Criteria:\n* Opioid use"
        },
    ),
]


@pytest.mark.parametrize(("probe", "fields", "classes"), REGISTERED, ids=[r[0] for r in REGISTERED])
def test_registered_alongside(probe: str, fields: dict[str, Any], classes: list[str]) -> None:
    f, g = judge_registration(_registration(**fields))
    assert sorted(f.concomitant_classes) == classes, probe
    assert g["serotonergic-combination"] == "addressed", probe


@pytest.mark.parametrize(("probe", "fields"), NOT_REGISTERED, ids=[r[0] for r in NOT_REGISTERED])
def test_not_registered_alongside(probe: str, fields: dict[str, Any]) -> None:
    f, g = judge_registration(_registration(**fields))
    assert not {"serotonergic", "noradrenergic"} & set(f.concomitant_classes), probe
    assert g["serotonergic-combination"] == "no", probe


# The second kind: the people go on taking their own antidepressant, which the text
# never names ("continued their current antidepressant and were randomized to X or
# placebo", "kept taking their antidepressant", "antidepressant doses were not changed",
# an eligibility line "taking an antidepressant at a stable dose, to be continued
# unchanged"), and the record's indexing (MeSH, keywords) names its class: that class is
# the co-medication's, as when the text says the drug is "added to their antidepressant"
# (round 55, c55d). Not when only some may go on with it, when those who did were
# excluded, or when going on with it is the other arm.
INDEX = {
    "keywords": ["low-dose naltrexone", "SSRI augmentation"],
    "mesh_terms": ["Naltrexone", "Selective Serotonin Reuptake Inhibitors"],
}
KEPT: list[tuple[str, str]] = [
    (
        "continued their current",
        "Sixty-four adults with major depressive disorder continued their current "
        "antidepressant and were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks.",
    ),
    (
        "kept taking",
        "Sixty-four adults with major depressive disorder kept taking their antidepressant and "
        "were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks.",
    ),
    (
        "continued unchanged, after the allocation",
        "Sixty-four adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "nightly or placebo for 8 weeks; antidepressants were continued unchanged.",
    ),
    (
        "remained on",
        "Sixty-four adults with major depressive disorder remained on their antidepressant and "
        "were randomized to naltrexone 4.5 mg nightly or placebo for 8 weeks.",
    ),
    (
        "dose not changed",
        "Sixty-four adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "nightly or placebo for 8 weeks; their antidepressant dose was not changed.",
    ),
]
NOT_KEPT: list[tuple[str, str]] = [
    (
        "may continue (permitted, not required: left as it was)",
        "Sixty-four adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "nightly or placebo for 8 weeks; participants may continue their antidepressant.",
    ),
    (
        "those who continued were excluded",
        "Sixty-four adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "nightly or placebo for 8 weeks; patients who continued their antidepressant were "
        "excluded.",
    ),
    (
        "going on with it is the other arm",
        "Sixty-four adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "nightly or to continue their current antidepressant.",
    ),
    (
        "stopped before",
        "Sixty-four adults with major depressive disorder discontinued their antidepressant two "
        "weeks before they were randomized to naltrexone 4.5 mg nightly or placebo.",
    ),
    (
        "not continued",
        "Sixty-four adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "nightly or placebo as monotherapy; antidepressants were not continued.",
    ),
]


@pytest.mark.parametrize(("probe", "sentence"), KEPT, ids=[k[0] for k in KEPT])
def test_kept_own_antidepressant_indexed(probe: str, sentence: str) -> None:
    for abstract in ("\n".join(_methods(sentence)), _unlabelled(_methods(sentence))):
        f = facts(TITLE, abstract, RCT, **INDEX)
        assert f.concomitant_classes == ["serotonergic"], (probe, abstract)
    # the indexing alone gives nothing: the text must say they go on with it
    assert facts(TITLE, "\n".join([OBJ, MET, RES, CON]), RCT, **INDEX).concomitant_classes == []


@pytest.mark.parametrize(("probe", "sentence"), NOT_KEPT, ids=[k[0] for k in NOT_KEPT])
def test_not_kept_own_antidepressant_indexed(probe: str, sentence: str) -> None:
    f = facts(TITLE, "\n".join(_methods(sentence)), RCT, **INDEX)
    assert f.concomitant_classes == [], probe


def _keywords(study: dict[str, Any]) -> dict[str, Any]:
    study["protocolSection"]["conditionsModule"]["keywords"] = [
        "low-dose naltrexone",
        "SSRI augmentation",
    ]
    return study


@pytest.mark.parametrize(
    "fields",
    [
        {
            "criteria": "Inclusion Criteria:\n* Major depressive disorder (DSM-5)\n* Taking an "
            "antidepressant at a stable dose, to be continued unchanged during the study\n"
            "Exclusion Criteria:\n* Opioid use"
        },
        {
            "summary": "Adults with major depressive disorder keep taking their antidepressant "
            "and receive low-dose naltrexone or placebo for 8 weeks."
        },
        {
            "arm": (
                "LDN",
                "Naltrexone 4.5 mg nightly. Participants continue their usual antidepressant.",
            )
        },
    ],
    ids=["eligibility", "summary", "arm"],
)
def test_registration_kept_own_antidepressant_indexed(fields: dict[str, Any]) -> None:
    f, g = judge_registration(_keywords(_registration(**fields)))
    assert f.concomitant_classes == ["serotonergic"]
    assert g["serotonergic-combination"] == "addressed"
    # without the keywords nothing names the class
    f, g = judge_registration(_registration(**fields))
    assert g["serotonergic-combination"] == "no"
