"""Kinds from blind batch 187 (session 70, first measured on the src of b459747c), written
again in other words.

- holdout783 52205910 (a false serotonergic in-progress verdict): a protocol of LDN against
  escitalopram that says "Participants allocated to LDN will not receive escitalopram or
  any other antidepressant" was read as LDN taken with escitalopram.
- holdout785 52205953 (n): a secondary analysis of "the modified intention-to-treat sample
  ..., comprising 91 of the 96 randomised adults": its own sample is 91.
- registry172 NCT00291806 (classes): "stable doses of duloxetine, milnacipran, pregabalin or
  low-dose amitriptyline (<= 25 mg at night) prescribed for fibromyalgia pain and sleep":
  the purpose at the end is every item's, over a drug of no class and a low-dose item.
- preprints165 PPR9901863 (doses): the sentence between "(FACIT-F <=30)" and "(PHQ-9 >=10)"
  was taken for an HTML tag and lost (tests/test_europepmc.py has the parser's own test).
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts, gaps, judge_preprint, preprint

SECONDARY = ("Journal Article",)


def test_a_plan_that_its_ldn_arm_will_not_receive_the_comparator_takes_none() -> None:
    title = "Low-dose naltrexone versus sertraline for depression: protocol for a randomised trial"
    text = (
        "Methods: Adults with a new episode of depression who are not taking an "
        "antidepressant will be randomised 1:1 to LDN 4.5 mg daily or sertraline 50 mg daily "
        "for 12 weeks. Participants allocated to LDN will not receive sertraline or any "
        "other antidepressant during the trial. We aim to randomise 120 participants."
    )
    f = facts(title, text, PROTOCOL)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, PROTOCOL)


def test_a_plan_whose_people_keep_their_ssri_still_takes_it() -> None:
    # (control: the plan keeps the antidepressant and only forbids a new one)
    title = "Low-dose naltrexone added to sertraline: protocol for a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder taking sertraline will be randomised "
        "to LDN 4.5 mg or placebo added to sertraline for 12 weeks. Participants will not "
        "start any other antidepressant. We aim to randomise 120 participants."
    )
    assert facts(title, text, PROTOCOL).concomitant_classes == ["serotonergic"]


def test_a_secondary_analysis_counts_the_part_its_sample_comprises() -> None:
    title = (
        "Background antidepressant class and response to adjunctive low-dose naltrexone: a "
        "secondary analysis of the ALDA randomised trial"
    )
    text = (
        "Methods: This secondary analysis used the per-protocol sample of ALDA, comprising "
        "78 of the 84 randomised adults with major depressive disorder who took LDN 4.5 mg "
        "or placebo with an SSRI or SNRI for 8 weeks. We estimated the treatment-by-class "
        "interaction on MADRS change.\n"
        "Results: The interaction was not significant."
    )
    assert facts(title, text, SECONDARY).n == 78


def test_a_purpose_after_a_list_with_a_drug_of_no_class_is_every_items() -> None:
    title = "Low-dose naltrexone for fibromyalgia pain and mood: a randomised trial"
    text = (
        "Methods: 110 adults meeting the ACR fibromyalgia criteria were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. Participants could continue stable doses "
        "of duloxetine, milnacipran, gabapentin or low-dose amitriptyline prescribed for "
        "fibromyalgia pain. Secondary outcomes included the Beck Depression Inventory-II."
    )
    assert facts(title, text, RCT).concomitant_classes == []


def test_a_preprint_abstract_keeps_the_text_between_two_comparison_signs() -> None:
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone for fatigue after cancer treatment: a randomised trial",
            "<h4>Methods</h4>Survivors with fatigue (FACIT-F <=30) were randomised to "
            "naltrexone 4.5 mg daily or placebo for 16 weeks. A subgroup had depressive "
            "symptoms (PHQ-9 >=10). <h4>Results</h4>156 were randomised. PROMIS Depression "
            "scores fell by 3.8 versus 1.6 points.",
        )
    )
    assert f.ldn_doses_mg == [4.5]
