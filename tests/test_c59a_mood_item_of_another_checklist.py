"""Mood as one item of another condition's symptom or withdrawal checklist ("dysphoric
mood" among fatigue, pain and sleep on a disease's symptom checklist; among yawning and
sweating on an opioid-withdrawal(-like) checklist) is not mood measured as an outcome in
its own right (CONTRACT.md, "Mood as an outcome"), wherever the checklist is named.

Round 59, c59a; shown by holdout207 23200033 (Gulf War illness, Kansas symptom checklist)
and holdout206 23000037 (MS, "opioid-withdrawal-like symptoms", a withdrawal checklist).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

CASES = [
    # (title, abstract, expected on_topic)
    (
        "Low-dose naltrexone 1.5 mg vs 4.5 mg in Gulf War illness: symptom checklist outcomes",
        "Sixty-six veterans with Gulf War illness were randomised to naltrexone 1.5 or 4.5 mg/day for 12 weeks. The 25-item Kansas symptom checklist (fatigue, pain, cognitive complaints, dysphoric mood, sleep) improved more with 4.5 mg. Pain scores improved at both doses.",
        False,
    ),
    (
        "Low-dose naltrexone and opioid-withdrawal-like symptoms in multiple sclerosis",
        "In 65 people with relapsing MS starting LDN 4.5 mg, a 16-item withdrawal checklist including dysphoric mood, yawning and sweating was completed weekly; 38% were on SSRIs. Symptoms were rare and transient.",
        False,
    ),
    (
        "Low-dose naltrexone in fibromyalgia: a randomised trial",
        "Methods: Eighty women with fibromyalgia took LDN 4.5 mg or placebo. Outcomes were pain and a 20-item symptom inventory covering sleep, stiffness, low mood and fatigue.\nResults: Pain fell by 30%.",
        False,
    ),
    (
        "Naltrexone 3 mg nightly for long COVID fatigue",
        "Forty adults with long COVID received naltrexone 3 mg nightly. Results: Scores on the symptom checklist items for fatigue, brain fog and low mood improved over 8 weeks.",
        False,
    ),
    (
        "Low-dose naltrexone in Crohn's disease",
        "Fifty adults with Crohn's disease were given LDN 4.5 mg for 12 weeks. Conclusions: LDN was tolerated; withdrawal-like symptoms such as irritable mood and yawning were transient.",
        False,
    ),
    (
        "Mood on the withdrawal checklist after low-dose naltrexone in chronic pain",
        "Sixty patients with chronic low back pain took LDN 1.5 mg; opioid withdrawal signs were scored.",
        False,
    ),
    # near misses: mood measured in its own right
    (
        "Low-dose naltrexone in fibromyalgia: pain and depression",
        "Methods: Eighty women with fibromyalgia took LDN 4.5 mg or placebo. Outcomes were pain, a 20-item symptom inventory, and depressive symptoms on the Beck Depression Inventory.\nResults: BDI scores fell.",
        True,
    ),
    (
        "Low-dose naltrexone in Gulf War illness",
        "Sixty-six veterans with Gulf War illness were randomised to naltrexone 4.5 mg/day or placebo. The symptom checklist and the Profile of Mood States were completed; depression scores on the PHQ-9 fell more with LDN.",
        True,
    ),
    (
        "Low-dose naltrexone in major depression: symptom checklist outcomes",
        "Forty adults with major depressive disorder took LDN 4.5 mg. The 90-item Symptom Checklist depression subscale fell.",
        True,
    ),
    (
        "Low-dose naltrexone for mood in multiple sclerosis",
        "Methods: Sixty people with MS took LDN 4.5 mg. Mood was rated weekly on the Hospital Anxiety and Depression Scale; a 16-item withdrawal checklist was also completed.\nResults: HADS depression fell.",
        True,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "on_topic"), CASES)
def test_mood_on_another_checklist(title: str, abstract: str, on_topic: bool) -> None:
    assert facts(title, abstract, RCT).on_topic is on_topic
