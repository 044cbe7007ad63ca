"""Classes of the antidepressants taken with LDN: what the study's people may be taking, said
with a hedge in an unlabelled summary, is a method, not speculation ("Participants could also
be taking a stable SSRI (sertraline or escitalopram) or bupropion": registry27 NCT07200011 was
given none)."""

from __future__ import annotations

import json

import pytest
from written import PROTOCOL, facts, registration

from ldn_watch.sources.ctgov.parse import parse_study

BIPOLAR_TITLE = "Adjunctive low-dose naltrexone in bipolar depression: a randomised trial"


@pytest.mark.parametrize(
    "permitted",
    [
        # the record's wording
        "Participants could also be taking a stable SSRI (sertraline or escitalopram) or "
        "bupropion.",
        # probes: "may be receiving", "can take", "might be on"
        "Patients may be receiving an SSRI or bupropion at a stable dose.",
        "They can take sertraline, escitalopram or bupropion if the dose is stable.",
        "Adults might already be on bupropion or an SSRI.",
    ],
)
def test_what_the_people_may_be_taking_counts_in_an_unlabelled_summary(permitted: str) -> None:
    abstract = (
        "This study will randomise 56 adults with bipolar disorder in a current depressive "
        f"episode, on a stable mood stabilizer, to naltrexone 4.5 mg or placebo. {permitted}"
    )
    f = facts(BIPOLAR_TITLE, abstract, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic", "dopaminergic"]


def test_speculation_about_the_drug_still_is_not_a_class() -> None:
    abstract = (
        "This study will randomise 56 adults with bipolar depression to naltrexone 4.5 mg or "
        "placebo with their mood stabiliser. LDN may be a useful adjunct for patients on SSRIs."
    )
    assert facts(BIPOLAR_TITLE, abstract, PROTOCOL).concomitant_classes == []


def test_the_registration_reads_both_kinds() -> None:
    from ldn_watch.assess import default_lexicon, extract_facts
    from ldn_watch.sources.registry_facts import registry_facts

    lex = default_lexicon()
    study = registration(
        nct="NCT09999011",
        title="Adjunctive Low-Dose Naltrexone in Bipolar Depression",
        summary="This study will randomize 56 adults with bipolar disorder in "
        "a current depressive episode, on a stable mood stabilizer, to low-dose "
        "naltrexone 4.5 mg or placebo for 8 weeks. Participants could also be taking a "
        "stable SSRI (sertraline or escitalopram) or bupropion. It is a follow-up to a "
        "small pilot in which low-dose naltrexone was added to stimulant regimens.",
        conditions=["Bipolar Depression"],
        has_results=None,
    )
    record = parse_study(json.loads(json.dumps(study)))
    f = registry_facts(record, extract_facts(record, lex), lex)
    assert f.concomitant_classes == ["serotonergic", "dopaminergic"]
    assert "stimulants" not in f.concomitant_antidepressants
