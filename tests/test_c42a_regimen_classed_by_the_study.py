"""Drugs listed as members of a class the study names for its regimens ("a regimen the
protocol classed as dopaminergic (bupropion, ..., sertraline >= 150 mg)") take that
class, not their own, whatever verb does the classing ("classed", "classes",
"designated") (round 42, c42a; shown by holdout138 15200040, where sertraline in the
list gave a false serotonergic-combination verdict)."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone added to antidepressant regimens in major depression: a randomized trial"
)


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        # the record's wording
        (
            "Methods: We randomised 84 adults with MDD who had responded inadequately to a "
            "regimen the protocol classed as dopaminergic (bupropion, stimulants, pramipexole, "
            "aripiprazole <= 5 mg, or sertraline >= 150 mg) to LDN or placebo for 8 weeks.\n"
            "Results: 29 participants were on sertraline >= 150 mg. MADRS change favoured LDN.",
            ["dopaminergic"],
        ),
        # probe: present tense, a different class and drugs of two classes in the list
        (
            "Methods: We enrolled 70 adults with MDD whose current treatment the study classes "
            "as dopaminergic (methylphenidate, bupropion, or escitalopram 20 mg) and randomised "
            "them to LDN 3 mg or placebo.\nResults: Mood improved with LDN.",
            ["dopaminergic"],
        ),
        # probe: "designated as", a noradrenergic class holding a tricyclic
        (
            "Methods: Sixty outpatients with major depression on antidepressant regimens that "
            "the investigators designated as noradrenergic (reboxetine, atomoxetine, or "
            "nortriptyline) were randomly assigned to naltrexone 2 mg or placebo.\n"
            "Results: HAM-D scores fell more with naltrexone.",
            ["noradrenergic"],
        ),
        # probe: "we classed as", the list's drug named again in the results
        (
            "Methods: In this trial, 66 patients with major depressive disorder taking a "
            "regimen we classed as dopaminergic (pramipexole, modafinil or venlafaxine 75 mg) "
            "were randomised to naltrexone 1 mg twice daily or placebo.\n"
            "Results: Twenty took venlafaxine. Response was 40% versus 18%.",
            ["dopaminergic"],
        ),
    ],
)
def test_drugs_listed_under_the_studys_class_take_that_class(
    abstract: str, classes: list[str]
) -> None:
    assert facts(TITLE, abstract, RCT).concomitant_classes == classes
    if classes == ["dopaminergic"]:
        assert "serotonergic-combination" not in gaps(TITLE, abstract, RCT)


@pytest.mark.parametrize(
    "abstract",
    [
        # a high sertraline dose alone, no class given by the study (CONTRACT.md)
        "Methods: We randomised 84 adults with MDD taking sertraline >= 150 mg or bupropion "
        "to LDN 4.5 mg or placebo.\nResults: MADRS change favoured LDN.",
        # the classing is an earlier study's, not this one's
        "Methods: We randomised 84 adults with MDD taking bupropion or sertraline to LDN "
        "4.5 mg or placebo. Sertraline was classed as dopaminergic in an earlier pilot "
        "(Mischoulon et al).\nResults: MADRS change favoured LDN.",
        # a drug outside the classed list, taken by some, keeps its own class
        "Methods: We randomised 90 adults with MDD on a regimen the protocol classed as "
        "dopaminergic (bupropion or stimulants) to LDN 4.5 mg or placebo. Thirty also took "
        "escitalopram 10 mg throughout.\nResults: MADRS change favoured LDN.",
        # a class word describing the drugs, not the study's classing of its regimens
        "Methods: Sixty outpatients with major depression taking a serotonergic "
        "antidepressant (sertraline, venlafaxine) were randomly assigned to naltrexone 2 mg "
        "or placebo.\nResults: Mood improved.",
    ],
)
def test_serotonergic_drugs_outside_a_studys_own_classing_still_count(abstract: str) -> None:
    assert "serotonergic" in facts(TITLE, abstract, RCT).concomitant_classes
