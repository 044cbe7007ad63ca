"""In people selected for another condition, the standing medication they came in on,
listed without a purpose, treats that condition: it is no antidepressant taken with LDN
for depression.

Kind: a study of people selected for fibromyalgia (long COVID, chronic pain, MS) lets
them keep their "stable background medication including duloxetine, milnacipran,
pregabalin, SSRIs and amitriptyline" (their usual medicines, their current treatment,
e.g. ...). The list says nothing about depression; in that population it is the other
condition's treatment (CONTRACT.md, Classes: only antidepressants taken as treatment for
depression count). A list headed by the kind itself ("stable antidepressant treatment,
including sertraline, is allowed") still names antidepressants taken with LDN, and in
people selected for depression their background medication is theirs for it.

Round 54, c54b; the record that showed it: registry52 NCT04300014 ("LDN for Pain and Mood
in Fibromyalgia": "Stable background medication including duloxetine, milnacipran,
pregabalin, SSRIs and amitriptyline was allowed and recorded").
"""

from __future__ import annotations

import pytest
from written import RCT, facts

OTHER = [
    (
        "Low-dose naltrexone on pain, depressive symptoms and inflammatory markers in "
        "fibromyalgia: a randomized trial",
        "Methods: Adults with fibromyalgia were randomized to naltrexone 4.5 mg or placebo for "
        "12 weeks. Stable background medication including duloxetine, milnacipran, pregabalin, "
        "SSRIs and amitriptyline was allowed and recorded. Outcomes included pain and "
        "depressive symptoms (BDI-II).\nResults: Pain and BDI-II scores fell more with "
        "naltrexone.",
    ),
    (
        "Low-dose naltrexone for post-COVID fatigue: a randomised trial",
        "Methods: 80 adults with post-COVID condition were randomised to LDN 3 mg or placebo. "
        "Their usual medicines, e.g. sertraline or venlafaxine, were continued unchanged. "
        "Fatigue and PHQ-9 depression scores were measured.\nResults: Fatigue improved.",
    ),
    (
        "Low-dose naltrexone in multiple sclerosis: effects on mood and fatigue",
        "Methods: Sixty patients with multiple sclerosis were randomized to naltrexone 4.5 mg "
        "or placebo. Current treatment such as fluoxetine, modafinil or baclofen was kept "
        "stable. Depression (HADS) and fatigue were the outcomes.\nResults: HADS depression "
        "fell by 2 points.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), OTHER)
def test_other_conditions_medication_is_not_co_medication(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert f.concomitant_classes == []


KEPT = [
    # the kind named in the header
    (
        "Low-dose naltrexone in fibromyalgia: pain and mood",
        "Methods: Adults with fibromyalgia were randomized to naltrexone 4.5 mg or placebo. "
        "Stable antidepressant treatment, including sertraline, was allowed. Pain and "
        "depressive symptoms (BDI-II) were measured.\nResults: Pain fell.",
        ["serotonergic"],
    ),
    # people selected for depression: their background medication is theirs for it
    (
        "Low-dose naltrexone augmentation in major depression: a randomized trial",
        "Methods: 60 adults with major depressive disorder were randomized to naltrexone 4.5 mg "
        "or placebo. Stable background medication including sertraline or venlafaxine was "
        "continued unchanged. MADRS was the primary outcome.\nResults: MADRS fell by 4 points.",
        ["serotonergic", "noradrenergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "classes"), KEPT)
def test_kind_named_or_depressed_people_keep_their_classes(
    title: str, abstract: str, classes: list[str]
) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == classes
