"""What a record is, who it enrolls, how many (round 19, from preprints11, holdout62 and
holdout63 once opened). Each test failed before its fix; the probes say the same kind in
other words."""

from __future__ import annotations

from typing import Any

import pytest
from written import LEX, RULES

from ldn_watch.assess import assess
from ldn_watch.model import Facts
from ldn_watch.sources.europepmc.parse import parse_result


def _preprint(title: str, abstract: str, keywords: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": "PPR1",
        "source": "PPR",
        "doi": "10.20944/preprints202601.0001.v1",
        "title": title,
        "abstractText": abstract,
        "pubTypeList": {"pubType": ["Preprint"]},
        "bookOrReportDetails": {"publisher": "Preprints.org"},
        "firstPublicationDate": "2026-01-10",
    }
    if keywords:
        out["keywordList"] = {"keyword": list(keywords)}
    return out


def _judged(result: dict[str, Any]) -> tuple[Facts, dict[str, str]]:
    a = assess(parse_result(result), LEX, RULES)
    return a.facts, {k: v for k, v in a.gaps.items() if v != "no"}


# -- a record that declares itself a review, whatever trials it summarises ---------------
# (preprints11 PPR8800018: "This narrative review summarises ... the small randomised
# proof-of-concept trial ..., open-label and retrospective reports": the cited
# "retrospective reports" made the review look like a cohort, so the declaration was
# dropped and the cited randomised trial became the record's own design; its research
# priorities then closed serotonergic-combination and dose-finding)

REVIEWS = [
    # preprints11's form
    (
        "Low-Dose Naltrexone for Depression: Mechanisms, Clinical Evidence and Research Priorities",
        "Low-dose naltrexone (LDN), typically 1.5-4.5 mg per day, has attracted interest as "
        "a treatment for depression. This narrative review summarises preclinical data, the "
        "small randomised proof-of-concept trial of 1 mg twice daily in patients on "
        "dopaminergic antidepressants, open-label and retrospective reports, and LDN studies "
        "in fibromyalgia in which mood was a secondary outcome. We identify three priorities: "
        "adequately powered randomised trials (at least 50 participants per arm), trials of "
        "LDN combined with serotonergic and noradrenergic antidepressants, and dose-finding "
        "studies comparing doses between 0.5 and 6 mg.",
        ("low-dose naltrexone", "depression", "review"),
    ),
    # probe: "in this overview we summarise", a cohort and a chart audit among what it covers
    (
        "Opioid modulation in mood disorders: where does low-dose naltrexone stand?",
        "In this overview we summarise what is known about low-dose naltrexone in "
        "depression: a double-blind randomised pilot in 12 outpatients taking bupropion or "
        "stimulants, case series, a retrospective chart audit and a prospective cohort of "
        "patients on sertraline or escitalopram given 4.5 mg. Trials comparing 1.5, 3 and "
        "4.5 mg added to SSRIs in at least 100 patients are the next step.",
        ("naltrexone", "depression"),
    ),
    # probe: "here we synthesise the evidence", no word "review" in the abstract
    (
        "Low-dose naltrexone as an adjunct to antidepressants",
        "Here we synthesise the clinical evidence on low-dose naltrexone (0.5-4.5 mg daily) "
        "added to SSRIs and SNRIs in major depressive disorder, drawing on randomised "
        "trials, observational registries and real-world prescription data. Patients "
        "randomised to 1 mg or 4.5 mg improved similarly. Larger trials are required.",
        (),
    ),
    # probe: no declaration in the abstract; the record's keyword says review and the
    # abstract has no participants or methods of its own
    (
        "Low-dose naltrexone in depression: neuroimmune mechanisms and clinical data",
        "Low-dose naltrexone (LDN) at 1.5-4.5 mg daily blocks microglial Toll-like receptor "
        "4. A randomised pilot in 12 patients on dopaminergic antidepressants reported "
        "benefit, and retrospective series of patients on SSRIs describe similar effects. "
        "Trials comparing 1.5 mg with 4.5 mg in patients on serotonergic antidepressants "
        "are warranted.",
        ("naltrexone", "major depressive disorder", "Narrative Review"),
    ),
]


@pytest.mark.parametrize(("title", "abstract", "keywords"), REVIEWS)
def test_a_declared_review_is_a_review_whatever_it_cites(
    title: str, abstract: str, keywords: tuple[str, ...]
) -> None:
    f, g = _judged(_preprint(title, abstract, keywords))
    assert f.design == "review"
    assert g == {}


@pytest.mark.parametrize(
    ("title", "abstract", "keywords", "design"),
    [
        # a chart review calls itself a review too: what it reviews is its own patients
        (
            "Low-dose naltrexone in depressed outpatients",
            "This retrospective review of 46 outpatients with major depression given "
            "naltrexone 4.5 mg with an SSRI found that 22 responded.",
            ("naltrexone", "review"),
            "observational",
        ),
        # a trial preprint with a review keyword keeps its own randomised design
        (
            "Low-dose naltrexone 1 mg versus 4.5 mg added to SSRIs in major depression",
            "Methods: Sixty adults with major depressive disorder on an SSRI were randomised "
            "to naltrexone 1 mg or 4.5 mg daily for 8 weeks. Results: HAMD fell more with "
            "4.5 mg (p = 0.03).",
            ("naltrexone", "review"),
            "rct",
        ),
    ],
)
def test_what_a_review_declaration_does_not_cover(
    title: str, abstract: str, keywords: tuple[str, ...], design: str
) -> None:
    f, _g = _judged(_preprint(title, abstract, keywords))
    assert f.design == design
