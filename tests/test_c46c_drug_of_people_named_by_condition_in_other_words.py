"""The antidepressant that people of another condition take, told in other words, is
that condition's treatment, no class.

Kind: in a sample taken in for another condition, "patients with complex regional pain
syndrome taking nortriptyline", "adults with irritable bowel syndrome maintained on
citalopram", "patients with painful diabetic polyneuropathy already treated with
duloxetine", "patients with chronic widespread pain who used venlafaxine", "patients with
fibromyalgia under milnacipran treatment", "duloxetine-treated patients with fibromyalgia"
name what those people take for it, not an antidepressant taken for depression with LDN
(CONTRACT.md, "Classes"). Round 46, c46c; written as new wordings of the kind of
holdout162 17800025 ("adults with fibromyalgia on stable duloxetine 60 mg";
test_c45a_drug_of_people_named_by_other_condition), which the shared pattern read only
with the condition's last word right before "taking/on/receiving". A depressed sample
keeps its class, also where it has pain besides.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

PROBES = [
    (
        "Low-dose naltrexone in complex regional pain syndrome",
        "Sixty patients with complex regional pain syndrome taking nortriptyline were "
        "randomised to LDN 4.5 mg or placebo. Pain and depressive symptoms (BDI-II) improved "
        "with LDN.",
    ),
    (
        "Low-dose naltrexone in CRPS patients receiving amitriptyline",
        "Fifty-two adults with CRPS type 1 were randomised to LDN 4.5 mg or placebo. Pain and "
        "mood (HADS) improved with LDN.",
    ),
    (
        "Low-dose naltrexone for irritable bowel syndrome",
        "We enrolled 58 adults with irritable bowel syndrome maintained on citalopram and "
        "randomised them to naltrexone 4.5 mg or placebo. Abdominal pain and mood (HADS) "
        "improved.",
    ),
    (
        "Low-dose naltrexone in diabetic neuropathic pain",
        "Patients with painful diabetic polyneuropathy already treated with duloxetine (n = 66) "
        "were randomized to LDN 4.5 mg or placebo. Pain and depression (HADS-D) fell more "
        "with LDN.",
    ),
    (
        "Low-dose naltrexone added to venlafaxine in chronic widespread pain",
        "Seventy-two patients with chronic widespread pain who used venlafaxine were "
        "randomised to LDN 4.5 mg or placebo. Pain and depression (PHQ-9) improved.",
    ),
    (
        "Low-dose naltrexone in patients with fibromyalgia under treatment with milnacipran",
        "A total of 80 patients with fibromyalgia under milnacipran treatment were randomized "
        "to naltrexone 4.5 mg or placebo. Pain and depression scores (HADS) improved.",
    ),
    (
        "Low-dose naltrexone in fibromyalgia",
        "Duloxetine-treated patients with fibromyalgia (n = 76) received naltrexone 4.5 mg or "
        "placebo in random order for 8 weeks each. Pain and mood (BDI) improved with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_other_conditions_drug_has_no_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert f.concomitant_classes == []
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone augmentation of duloxetine in major depression",
            "Sixty-four adults with major depressive disorder already treated with duloxetine "
            "were randomised to LDN 4.5 mg or placebo. HAM-D fell more with LDN.",
        ),
        (
            "Low-dose naltrexone in depressed patients with chronic pain",
            "Adults with major depressive disorder (HAM-D >= 18) and chronic pain who used "
            "sertraline (n = 60) were randomised to LDN 4.5 mg or placebo. HAM-D fell more "
            "with LDN.",
        ),
        (
            "Low-dose naltrexone for fatigue in major depression",
            "Sixty adults with major depressive disorder (MADRS >= 20) and residual fatigue "
            "despite taking sertraline were randomised to LDN 4.5 mg or placebo. MADRS fell "
            "more with LDN.",
        ),
        (
            "Low-dose naltrexone in depression",
            "Sertraline-treated patients with major depressive disorder (n = 60) were "
            "randomised to LDN 4.5 mg or placebo. MADRS fell more with LDN.",
        ),
    ],
)
def test_depressed_sample_keeps_its_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population and "serotonergic" in f.concomitant_classes
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
