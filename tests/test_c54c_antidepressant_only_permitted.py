"""An antidepressant the rules of entry only permit, with no one said to take it, is not
taken with LDN.

Kind: "stable SSRI use was permitted", "concurrent SNRIs were allowed if ...", "permitted
concomitant medications: SSRIs and SNRIs" say that people may keep such a drug, not that
anyone does: no serotonergic or noradrenergic class (a false "serotonergic-combination"
verdict). A permission to go on with the drug ("were allowed to continue their
escitalopram"), a permission counted in people ("permitted in eight participants") and a
drug named as taken stay co-medication. Round 54, c54c: relocation probes for the round
52-53 kind "an antidepressant only permitted or prohibited by the eligibility" (no bench
record); the decisive words in every place an article or a registration carries them.
"""

from __future__ import annotations

import pytest
from relocation import ART_PLACES, REG_PLACES, art_abstract, reg_base, registration
from written import RCT, facts, judge_registration

TITLE = "Low-dose naltrexone added to bupropion in major depressive disorder: a randomized trial"
METHODS = (
    "Forty adults with major depressive disorder taking bupropion were randomized to "
    "naltrexone 1 mg twice daily or placebo for 8 weeks."
)
RESULTS = "MADRS scores fell more with naltrexone than with placebo (p = 0.03)."
ARM = {
    "enrolled": 40,
    "arm_label": "Naltrexone",
    "arm_desc": "Naltrexone 1 mg twice daily added to bupropion.",
}

ONLY_PERMITTED = [
    "Stable SSRI use was permitted.",
    "Concurrent SNRIs were allowed if the dose had not changed for 8 weeks.",
    "Permitted concomitant medications: SSRIs and SNRIs at stable doses.",
    "Sertraline at a stable dose was allowed.",
    "Treatment with a stable SNRI (duloxetine or venlafaxine) is permitted.",
    "Use of tricyclic antidepressants was prohibited.",
    "Concomitant MAOIs were not allowed.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", ONLY_PERMITTED)
def test_article_permission_is_no_comedication(sentence: str, place: str) -> None:
    f = facts(TITLE, art_abstract(METHODS, RESULTS, sentence, place), RCT)
    assert f.concomitant_classes == ["dopaminergic"]


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", ONLY_PERMITTED)
def test_registration_permission_is_no_comedication(sentence: str, place: str) -> None:
    f, gaps = judge_registration(registration(reg_base(**ARM), sentence, place))
    assert f.concomitant_classes == ["dopaminergic"]
    assert gaps["serotonergic-combination"] == "no"


TAKEN = [
    "Participants were allowed to continue their escitalopram unchanged.",
    "Stable SSRI use was permitted; 18 participants took sertraline throughout.",
    "Participants continued their SSRI at an unchanged dose throughout the trial.",
    "All were on a stable SSRI for at least 8 weeks before and during the trial.",
    "A stable dose of venlafaxine was permitted in eight participants.",
]


@pytest.mark.parametrize("place", ["unlabelled", "Methods", "Results"])
@pytest.mark.parametrize("sentence", TAKEN)
def test_article_drug_taken_is_kept(sentence: str, place: str) -> None:
    f = facts(TITLE, art_abstract(METHODS, RESULTS, sentence, place), RCT)
    assert "serotonergic" in f.concomitant_classes


@pytest.mark.parametrize("place", ["description", "arm", "eligibility"])
@pytest.mark.parametrize("sentence", TAKEN)
def test_registration_drug_taken_is_kept(sentence: str, place: str) -> None:
    f, _ = judge_registration(registration(reg_base(**ARM), sentence, place))
    assert "serotonergic" in f.concomitant_classes
