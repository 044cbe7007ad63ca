"""Round 28 (c28a): a subgroup given a dosing accommodation is not whom the study selected.
Holdout82 23100038 (a 97-person open-label extension of LDN added to SSRIs or SNRIs in
major depression) said "participants with insomnia could take it on alternate nights" and
was read as a population selected for insomnia: every gap "no". Letting some people take
the drug another way ("could/may/were allowed to", "received it in the morning", "had
their dose halved") selects nobody; "adults with fibromyalgia ... were randomised" still
does."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone added to SSRIs or SNRIs in major depressive disorder: an open trial"


def _abstract(accommodation: str) -> str:
    return (
        "Objective: To assess low-dose naltrexone (LDN) added to antidepressants in major "
        "depressive disorder (MDD).\n"
        "Methods: Eighty-four outpatients on a stable SSRI or SNRI took naltrexone 4.5 mg "
        f"nightly for 12 weeks; {accommodation}\n"
        "Results: MADRS fell by 10 points; 40% responded."
    )


@pytest.mark.parametrize(
    "accommodation",
    [
        "participants with insomnia could take it on alternate nights.",
        "patients with chronic pain were allowed to split the dose.",
        "those with migraine received it in the morning instead.",
        "participants with chronic kidney disease had their dose halved.",
        "patients with nausea may take it with food.",
        "shift workers took it on waking rather than at bedtime.",
    ],
)
def test_a_subgroups_dosing_accommodation_selects_nobody(accommodation: str) -> None:
    abstract = _abstract(accommodation)
    f = facts(TITLE, abstract, TRIAL)
    assert f.depression_population
    assert "selected for" not in (f.notes.get("depression_population") or "")
    assert gaps(TITLE, abstract, TRIAL) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    ("title", "methods", "other"),
    [
        (
            "Low-dose naltrexone for mood: a randomised trial",
            "Ninety-two adults with fibromyalgia and depressive symptoms were randomised to "
            "naltrexone 4.5 mg or placebo, added to their SSRI.",
            None,  # (read as "fibromyalgia and <the condition>": no selection reason named)
        ),
        # (the title names depression: only the abstract's selection says it was another
        # condition; "could enrol" is a permission to join, a selection)
        (
            "Low-dose naltrexone for depression: a randomised trial",
            "Participants with long COVID could enrol if fatigue had lasted 12 weeks; 88 were "
            "randomised to naltrexone 4.5 mg or placebo, added to their SSRI.",
            "long COVID",
        ),
    ],
)
def test_a_true_selection_for_another_condition_stays(
    title: str, methods: str, other: str | None
) -> None:
    abstract = f"Methods: {methods}\nResults: Depressive symptoms fell more with LDN."
    f = facts(title, abstract, RCT)
    assert not f.depression_population
    if other is not None:
        assert f.notes["depression_population"] == f"participants selected for {other}"
    assert gaps(title, abstract, RCT) == {}


def test_the_extension_of_holdout82_kind() -> None:
    title = (
        "Long-term safety of low-dose naltrexone added to SSRIs or SNRIs: 40-week open-label "
        "extension of a randomised trial"
    )
    abstract = (
        "Objective: To assess the long-term safety of low-dose naltrexone (LDN) in major "
        "depressive disorder (MDD).\n"
        "Methods: Participants who completed the 12-week randomized phase could enter a "
        "40-week open-label extension in which all received LDN added to their SSRI or SNRI. "
        "The dose was flexible between 1.5 and 4.5 mg/day; participants with insomnia could "
        "take it on alternate nights. Of 109 completers, 97 entered the extension.\n"
        "Results: MADRS response was maintained in 72%."
    )
    assert gaps(title, abstract, JOURNAL) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }
