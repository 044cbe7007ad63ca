"""The kind: an antidepressant named only as what the watched drug might interact with, a
possibility weighed ("CYP-independent clearance made interactions with fluoxetine or
paroxetine unlikely", "potential interactions with SSRIs were simulated") is taken by
nobody: it gives no class and closes no serotonergic gap, wherever it is said (results,
conclusions, methods, an unlabelled abstract, a preprint). A trial whose people take the
drug keeps it. Round 61, c61a; the record that showed it: preprints56 PPR4300027 ("Population
pharmacokinetic modelling of low-dose naltrexone and 6-beta-naltrexol to select doses for
depression trials"; false serotonergic "addressed")."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps, judge_preprint, preprint

TITLE = "Low-dose naltrexone pharmacokinetics in adults with major depressive disorder"
GIVEN = (
    "Methods: Forty adults with major depressive disorder took naltrexone 4.5 mg nightly for "
    "4 weeks and plasma concentrations were measured.\n"
)

WEIGHED = [
    GIVEN + "Results: CYP-independent clearance made interactions with fluoxetine or "
    "paroxetine unlikely.",
    GIVEN + "Conclusions: Potential interactions with SSRIs such as sertraline are negligible.",
    "Forty adults with major depressive disorder took naltrexone 4.5 mg nightly for 4 weeks. "
    "Simulated co-administration with venlafaxine changed exposure by less than 5%.",
    "Methods: Forty adults with major depressive disorder took naltrexone 4.5 mg nightly; "
    "possible drug-drug interactions with escitalopram were modelled.\nResults: Exposure was "
    "dose-proportional.",
]


@pytest.mark.parametrize("abstract", WEIGHED)
def test_interaction_partner_is_not_taken(abstract: str) -> None:
    assert facts(TITLE, abstract, TRIAL).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(TITLE, abstract, TRIAL)


def test_the_record_as_a_preprint() -> None:
    _, found = judge_preprint(
        preprint(
            "Population pharmacokinetic modelling of low-dose naltrexone and 6-beta-naltrexol "
            "to select doses for depression trials",
            "Dose selection for trials of low-dose naltrexone (LDN) in depression has relied "
            "on convention. We pooled plasma concentrations from 38 healthy volunteers who "
            "received single oral doses of naltrexone 1.5 mg, 3 mg and 4.5 mg in two phase 1 "
            "studies and built a population pharmacokinetic model of naltrexone and its "
            "metabolite 6-beta-naltrexol. CYP-independent clearance made interactions with "
            "fluoxetine or paroxetine unlikely. No mood or clinical outcomes were measured.",
        )
    )
    assert "serotonergic-combination" not in found


def test_taken_drug_stays() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder on a stable dose of sertraline "
        "were randomized to naltrexone 4.5 mg or placebo added to it; interactions with "
        "sertraline were monitored.\nResults: MADRS fell more with naltrexone."
    )
    f = facts("Low-dose naltrexone added to sertraline in major depression", abstract, RCT)
    assert f.concomitant_classes == ["serotonergic"]
