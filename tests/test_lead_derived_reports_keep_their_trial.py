"""A derived report that leaves the condition to its trial takes the trial's population.

An open-label extension says who entered it ("Completers of the 12-week SERENAL trial
(NCT...) could enter ...; 96 patients entered"), a biomarker sub-study how many of the
randomised gave samples; neither says again that the trial took in people with major
depression. Read alone they selected nobody (or named no condition at all, so were
off-topic), and missed the larger-trials and serotonergic "addressed" their trial's
people give them: holdout151 16600037 and 16600033, holdout142 15600039. Two steps:

* the report joins its trial: the registry id of the parent it names is its own study's
  (``roles.cited_registrations`` had counted an extension's parent, or the trial its
  title names, as another study);
* within the study, ``studies.keep_population`` gives a derived report that names no
  population the population of the trial's own records, and, when it names no
  antidepressant, the co-medication they agree on.

The records are assessed by the real classifier; only the study is built here.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from written import LEX, RCT, RULES, TRIAL, article

from ldn_watch.assess import assess
from ldn_watch.studies import Member, edges, keep_population

NCT = "NCT09120451"

PARENT_TITLE = (
    "Low-dose naltrexone augmentation of SSRIs and SNRIs in major depressive disorder: "
    "the SERENAL randomised trial"
)
PARENT = (
    "Methods: Adults with major depressive disorder and an inadequate response to an SSRI or "
    "SNRI were randomised to naltrexone 4.5 mg or placebo at night for 12 weeks, continuing "
    "their antidepressant (NCT09120451).\n"
    "Results: 164 patients were randomised. MADRS fell more with naltrexone (-3.1 points)."
)

EXTENSIONS = [
    # the record's wording: the parent and its registry id in the methods
    (
        "Open-label extension of the SERENAL trial: 40 weeks of low-dose naltrexone with SSRIs "
        "or SNRIs",
        "Background: Longer-term data on low-dose naltrexone combined with serotonergic "
        "antidepressants are lacking.\n"
        f"Methods: Completers of the 12-week SERENAL trial ({NCT}) could enter a 40-week "
        "open-label extension. All received naltrexone 4.5 mg at night, with their SSRI or "
        "SNRI unchanged.\n"
        "Results: Ninety-six patients entered; 71 completed. No new safety signals emerged.",
    ),
    # probes: the parent named by the title's acronym in the background
    (
        "Long-term open-label extension of the SERENAL trial: naltrexone with SSRIs over a year",
        f"Background: SERENAL ({NCT}) compared naltrexone 4.5 mg with placebo added to SSRIs "
        "over 12 weeks.\n"
        "Methods: Completers could enter a 52-week open-label extension in which all received "
        "naltrexone 4.5 mg; SSRIs continued. Ninety-seven participants entered the extension.\n"
        "Results: Most responders maintained response at week 52.",
    ),
    (
        "Extension phase of SERENAL: one year of low-dose naltrexone",
        f"Participants who finished the double-blind phase of SERENAL ({NCT}) were offered "
        "naltrexone 4.5 mg nightly for 40 further weeks with escitalopram or sertraline "
        "continued. 88 took part and 70 finished.",
    ),
]


def member(pmid: str, title: str, abstract: str, types: tuple[str, ...] = TRIAL) -> Member:
    """A stored record with its own assessment, as the store hands it to the studies layer."""
    record = replace(article(title, abstract, types), id=pmid, nct_ids=[NCT])
    a = assess(record, LEX, RULES)
    return Member(record, a.facts, dict(a.gaps), dict(a.reasons))


def kept(*members: Member) -> dict[str, Member]:
    return {m.record.id: m for m in keep_population(members, RULES)}


@pytest.mark.parametrize(("title", "abstract"), EXTENSIONS)
def test_an_extension_joins_the_trial_it_names(title: str, abstract: str) -> None:
    ext = member("11", title, abstract)
    assert f"ctgov:{NCT}" in edges(ext.record, ext.facts)


def test_a_trial_cited_in_an_extensions_background_stays_another_study() -> None:
    """Near miss: a registry id told of another trial ("a larger trial ... began") is not
    the extension's own, so it joins no study by it."""
    ext = member(
        "12",
        "Open-label extension of the SERENAL trial",
        f"Background: A larger trial of naltrexone with SSRIs ({NCT}) began recruiting in "
        "2025.\n"
        "Methods: Completers of SERENAL could enter a 40-week open-label extension on "
        "naltrexone 4.5 mg. 96 patients entered.",
    )
    assert f"ctgov:{NCT}" not in edges(ext.record, ext.facts)


@pytest.mark.parametrize(("title", "abstract"), EXTENSIONS)
def test_an_extension_takes_its_trials_population(title: str, abstract: str) -> None:
    parent = member("10", PARENT_TITLE, PARENT, RCT)
    ext = member("11", title, abstract)
    assert ext.facts is not None and not ext.facts.depression_population
    out = kept(parent, ext)["11"]
    assert out.facts is not None and out.facts.on_topic and out.facts.depression_population
    assert out.gaps["larger-trials"] == "addressed"
    assert out.gaps["serotonergic-combination"] == "addressed"
    assert "the trial it reports on" in out.facts.notes["depression_population"]


SUB_TITLE = "C-reactive protein and response to low-dose naltrexone in the SERENAL trial"
SUB_STUDY = (
    "High-sensitivity CRP was measured at baseline and week 12 in a biomarker sub-study of "
    f"SERENAL ({NCT}). Sixty-four of the 164 randomised participants (placebo 31; naltrexone "
    "4.5 mg 33) provided both samples. Baseline CRP > 3 mg/L predicted a larger response."
)


def test_a_sub_study_naming_no_antidepressant_keeps_its_trials_classes() -> None:
    parent = member("10", PARENT_TITLE, PARENT, RCT)
    sub = member("13", SUB_TITLE, SUB_STUDY, RCT)
    assert sub.facts is not None and sub.facts.concomitant_classes == []
    out = kept(parent, sub)["13"]
    assert out.facts is not None
    assert out.facts.depression_population
    assert set(out.facts.concomitant_classes) == {"serotonergic", "noradrenergic"}
    assert out.gaps["larger-trials"] == "addressed"


def test_a_derived_report_keeps_nothing_from_records_that_disagree_on_classes() -> None:
    """Near miss: the trial's records name different co-medication; none is kept."""
    parent = member("10", PARENT_TITLE, PARENT, RCT)
    other = member(
        "14",
        "Low-dose naltrexone added to bupropion in major depressive disorder: SERENAL",
        "Adults with major depressive disorder taking bupropion were randomised to naltrexone "
        f"4.5 mg or placebo ({NCT}). 164 patients were randomised.",
        RCT,
    )
    sub = member("13", SUB_TITLE, SUB_STUDY, RCT)
    out = kept(parent, other, sub)["13"]
    assert out.facts is not None
    assert out.facts.depression_population
    assert out.facts.concomitant_classes == []


def test_a_derived_report_naming_another_condition_keeps_its_own_reading() -> None:
    """Near miss: a sub-study that says its people were selected for fibromyalgia."""
    parent = member("10", PARENT_TITLE, PARENT, RCT)
    sub = member(
        "15",
        "Naltrexone and pain in fibromyalgia: a secondary analysis",
        "In a secondary analysis of a randomised trial of naltrexone 4.5 mg in women with "
        "fibromyalgia, 64 participants completed daily pain diaries. Pain fell by 18%.",
        RCT,
    )
    out = kept(parent, sub)["15"]
    assert out.facts is not None
    assert not out.facts.depression_population
    assert out.gaps == sub.gaps


def test_a_derived_report_gains_nothing_from_a_trial_not_selected_for_depression() -> None:
    """Near miss: the trial's own records select nobody for depression."""
    parent = member(
        "10",
        "Low-dose naltrexone for fatigue in multiple sclerosis: a randomised trial",
        "Adults with relapsing multiple sclerosis and fatigue were randomised to naltrexone "
        f"4.5 mg or placebo ({NCT}); 120 were randomised. Mood was a secondary outcome.",
        RCT,
    )
    ext = member("11", *EXTENSIONS[0])
    out = kept(parent, ext)["11"]
    assert out.facts is not None
    assert not out.facts.depression_population
    assert out.gaps["larger-trials"] == "no"
