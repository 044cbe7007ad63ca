"""Kind: a trial that characterises its people's regimens itself ("a regimen we classified
as pro-dopaminergic") and lists the regimen's members right after, set off by dashes, a
colon or "namely" rather than brackets: the study's own class wins for every member it
lists, so high-dose sertraline among them is dopaminergic here (CONTRACT.md: the 2017 pilot
enrolled regimens it calls dopaminergic, sertraline >= 150 mg among them, and its classes
are ["dopaminergic"]). Read only in brackets, the sertraline named again in the results
("high-dose sertraline (n = 16)") came back serotonergic and closed the serotonergic gap.
Shown by holdout378 42600037. Session 35, round 91, c91a.

Ways real abstracts list the members of a regimen class the study gives:
1. "on a regimen we classified as pro-dopaminergic (bupropion, a stimulant or sertraline
   >= 150 mg/day)" (read before)
2. "on a regimen we classified as pro-dopaminergic - bupropion >= 300 mg/day, a
   psychostimulant, pramipexole, or sertraline >= 150 mg/day - were randomized"
3. "maintained on pro-dopaminergic regimens: bupropion, stimulants, pramipexole or
   high-dose sertraline."
4. "on dopaminergic antidepressant regimens, namely bupropion, a psychostimulant or
   sertraline at 150 mg/day or more,"
5. "on regimens classed as dopaminergic, including bupropion, stimulants and sertraline
   150 mg/day or more."
A class word on the drug itself ("a serotonergic antidepressant: sertraline or
escitalopram") only describes it, and a drug outside the listed members keeps its own class.
"""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone augmentation in major depressive disorder: a randomized trial"


def _trial(population: str) -> str:
    return (
        f"Methods: Adults with major depressive disorder {population} were randomized to "
        "naltrexone 1 mg twice daily or placebo for 4 weeks; the regimen was kept constant.\n"
        "Results: Sixty patients were randomized. Regimens were bupropion (n = 22), "
        "stimulants (n = 14) and high-dose sertraline (n = 24). MADRS fell more with "
        "naltrexone (p = 0.03)."
    )


@pytest.mark.parametrize(
    "population",
    [
        "on a regimen we classified as pro-dopaminergic - bupropion >= 300 mg/day, a "
        "psychostimulant, or sertraline >= 150 mg/day -",
        "on a regimen we classified as pro-dopaminergic - bupropion, a psychostimulant or "
        "sertraline, the last included because of its dopamine-reuptake inhibition at high "
        "doses -",
        "maintained on pro-dopaminergic regimens, namely bupropion, a psychostimulant or "
        "sertraline at 150 mg/day or more,",
        "on regimens classed as dopaminergic, including bupropion, stimulants and sertraline "
        "150 mg/day or more,",
    ],
)
def test_listed_members_keep_the_study_class(population: str) -> None:
    f = facts(TITLE, _trial(population), RCT)
    assert f.concomitant_classes == ["dopaminergic"]
    assert f.ldn_doses_mg == [2.0]
    assert "serotonergic-combination" not in gaps(TITLE, _trial(population), RCT)


def test_drug_outside_the_list_keeps_its_class() -> None:
    # near miss: escitalopram is named as what some took besides, not a listed member
    text = (
        "Methods: Adults with major depressive disorder on a regimen we classified as "
        "pro-dopaminergic - bupropion or a psychostimulant - were randomized to naltrexone "
        "1 mg twice daily or placebo for 4 weeks. Escitalopram was continued alongside in "
        "18 patients.\nResults: Sixty patients were randomized; MADRS fell more with "
        "naltrexone (p = 0.03)."
    )
    f = facts(TITLE, text, RCT)
    assert "serotonergic" in f.concomitant_classes
    assert gaps(TITLE, text, RCT)["serotonergic-combination"] == "addressed"
