"""A background antidepressant named as one level of a stratification factor ("randomisation
is stratified by site and by background antidepressant class (serotonergic/noradrenergic
vs. bupropion)") is a drug every arm keeps taking, not a comparator arm, however far the
factor's name stands from its levels (round 55, c55c; shown by registry53 NCT04200002,
a dose-ranging registration whose stratification sentence dropped bupropion and with it
the dopaminergic class). Arms allocated after a stratification still name comparators."""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, drug, facts, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

TITLE = "Low-dose naltrexone augmentation in treatment-resistant depression: a randomised trial"
ON = (
    "Methods: Adults with major depressive disorder currently on a stable dose of an SSRI, an "
    "SNRI, bupropion, mirtazapine, or a tricyclic antidepressant were randomised to "
    "naltrexone 4.5 mg or placebo. "
)
ALL = ["dopaminergic", "noradrenergic", "serotonergic"]


@pytest.mark.parametrize(
    "strata",
    [
        # the record's wording
        "Randomization is stratified by site and by background antidepressant class "
        "(serotonergic/noradrenergic vs. bupropion).",
        # probes: other words, other order, a results sentence
        "Allocation was stratified by centre, by sex and by the background antidepressant "
        "taken at entry (an SSRI or SNRI versus bupropion).",
        "Results: Response did not differ between the strata defined at randomisation by site "
        "and by baseline antidepressant, serotonergic agents versus bupropion.",
        "Blocks were stratified by trial site, baseline HAM-D band and current antidepressant "
        "(mirtazapine or a tricyclic vs. bupropion).",
    ],
)
def test_a_stratum_level_is_taken_by_every_arm(strata: str) -> None:
    f = facts(TITLE, ON + strata, RCT)
    assert "bupropion" in f.concomitant_antidepressants
    assert sorted(f.concomitant_classes) == ALL


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Randomisation was stratified by site and sex, and 80 adults with major "
        "depressive disorder on sertraline were randomised to naltrexone 4.5 mg versus "
        "bupropion 300 mg.",
        "Methods: Stratified by site and sex, 80 adults with major depressive disorder on "
        "sertraline were randomised to naltrexone 4.5 mg versus bupropion 300 mg.",
    ],
)
def test_arms_allocated_after_a_stratification_stay_comparators(abstract: str) -> None:
    f = facts(TITLE, abstract, RCT)
    assert "bupropion" not in f.concomitant_antidepressants
    assert f.concomitant_classes == ["serotonergic"]


def _registration(description: str) -> dict[str, Any]:
    arms = [
        {
            "label": f"LDN {d} mg",
            "type": "EXPERIMENTAL",
            "description": f"Naltrexone {d} mg once daily, adjunctive to current antidepressant.",
            "interventionNames": ["Drug: Naltrexone"],
        }
        for d in ("1.5", "4.5")
    ] + [
        {
            "label": "Placebo",
            "type": "PLACEBO_COMPARATOR",
            "description": "Placebo once daily, adjunctive to current antidepressant.",
            "interventionNames": ["Drug: Placebo"],
        }
    ]
    return registration(
        title="Two Doses of Low-Dose Naltrexone Added to Antidepressants",
        official_title="A Randomized Trial of Naltrexone 1.5 mg and 4.5 mg Daily "
        "as Adjunctive Treatment in Major Depressive Disorder",
        summary="Which daily dose of low-dose naltrexone works best when it "
        "is added to an antidepressant in major depression.",
        description=description,
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=120,
        arms=arms,
        interventions=[
            drug("Naltrexone", "Low-dose naltrexone capsules", ["LDN 1.5 mg", "LDN 4.5 mg"])
        ],
        outcomes=["Change in MADRS total score"],
        criteria="Inclusion Criteria:\n\n* Adults with major depressive "
        "disorder\n* On a stable dose of an SSRI, an SNRI, bupropion or mirtazapine, "
        "continued unchanged\n\nExclusion Criteria:\n\n* Current opioid use",
    )


def _registry_facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    lexicon = default_lexicon()
    return registry_facts(record, extract_facts(record, lexicon), lexicon)


@pytest.mark.parametrize(
    "description",
    [
        "Participants are randomized 1:1:1 to naltrexone 1.5 or 4.5 mg daily or placebo, each "
        "added to the ongoing antidepressant. Randomization is stratified by site and by "
        "background antidepressant class (serotonergic/noradrenergic vs. bupropion).",
        "Stratification factors are site, sex and the background antidepressant at entry "
        "(SSRI, SNRI or mirtazapine versus bupropion). Participants are randomized 1:1:1 to "
        "naltrexone 1.5 or 4.5 mg daily or placebo.",
    ],
)
def test_a_registrations_stratum_level_is_a_background_drug(description: str) -> None:
    f = _registry_facts(_registration(description))
    assert "bupropion" in f.concomitant_antidepressants
    assert sorted(f.concomitant_classes) == ALL
