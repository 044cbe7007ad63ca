"""Kind: antidepressants named in the list a criterion of taking none opens ("not
currently taking any antidepressant, including SSRIs or SNRIs", "willing to refrain from
serotonergic antidepressants such as fluoxetine") are what participants do not take, so
they are no co-medication and open no "serotonergic combination" gap.

Round 48, c48b. Shown by blind registrations whose eligibility text, not their arms, put
antidepressants beside LDN (an antidepressant only permitted by the eligibility text was
read as taken); these probes are the neighbouring kind, written for this round, as
registration inclusion criteria and as a published abstract's methods.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, drug, facts, registration

from ldn_watch.assess import default_lexicon, default_rules, extract_facts, judge
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import apply_registry_status, registry_facts

LEXICON = default_lexicon()
GAP = "serotonergic-combination"


def _registration(criterion: str) -> dict[str, Any]:
    return registration(
        nct="NCT09948002",
        official_title="Low-Dose Naltrexone Versus Placebo in Major Depressive Disorder",
        summary="Adults with major depression are randomized to naltrexone "
        "4.5 mg daily or placebo for 8 weeks.",
        allocation="RANDOMIZED",
        enrollment=30,
        arms=[
            ("Low-dose naltrexone", "EXPERIMENTAL", "Naltrexone 4.5 mg once daily for 8 weeks."),
            (
                "Placebo",
                "PLACEBO_COMPARATOR",
                "Matching placebo once daily for 8 weeks.",
                ["Placebo"],
            ),
        ],
        interventions=[
            drug("Naltrexone", "Naltrexone 4.5 mg capsule", ["Low-dose naltrexone"]),
            drug("Placebo", "Placebo capsule", ["Placebo"]),
        ],
        outcomes=["Change in MADRS total score"],
        criteria="Inclusion Criteria:\n\n* Adults aged 18-65 with a "
        "current DSM-5 major depressive episode.\n* MADRS score of at least 20.\n"
        f"* {criterion}\n",
    )


def _registered(criterion: str) -> tuple[list[str], str]:
    record = parse_study(_registration(criterion))
    f = registry_facts(record, extract_facts(record, LEXICON), LEXICON)
    gaps = apply_registry_status(judge(f, default_rules()), record.registry)
    return f.concomitant_classes, gaps[GAP]


NONE_TAKEN = [
    "Not currently taking any antidepressant medication, including SSRIs or SNRIs.",
    "Willing to refrain from serotonergic antidepressants such as fluoxetine during the trial.",
    "Not on any antidepressant, for example sertraline, citalopram or venlafaxine.",
    "Agrees to abstain from all antidepressants (e.g. escitalopram, duloxetine) for the study.",
    "Must not be currently using any psychotropic drug such as mirtazapine or a tricyclic.",
]


@pytest.mark.parametrize("criterion", NONE_TAKEN)
def test_a_registration_criterion_of_taking_none_gives_no_co_medication(criterion: str) -> None:
    assert _registered(criterion) == ([], "no")


def _abstract(methods: str) -> list[str]:
    return facts(
        "Low-dose naltrexone for major depression: a randomized placebo-controlled trial",
        "Methods: Forty adults with major depressive disorder were randomized to naltrexone "
        f"4.5 mg daily or placebo for 8 weeks. {methods}\n"
        "Results: MADRS scores fell more with naltrexone.",
        RCT,
    ).concomitant_classes


@pytest.mark.parametrize("sentence", NONE_TAKEN[:3])
def test_the_same_criterion_in_an_abstract_gives_no_co_medication(sentence: str) -> None:
    assert _abstract("Participants were " + sentence[0].lower() + sentence[1:]) == []


# near misses: the antidepressant is taken (a change held back, what is left, plain use)
TAKEN = [
    "Willing to refrain from changing the dose of their SSRI during the trial.",
    "Not currently taking any antidepressant other than an SSRI such as sertraline.",
    "Currently taking an SSRI (for example sertraline) at a stable dose for 6 weeks.",
    "Must abstain from alcohol while continuing their usual SNRI such as duloxetine.",
]


@pytest.mark.parametrize("criterion", TAKEN)
def test_a_drug_kept_beside_a_criterion_still_counts(criterion: str) -> None:
    classes, value = _registered(criterion)
    assert "serotonergic" in classes
    assert value == "in_progress"
