"""The antidepressant that people named by another condition take is that condition's
treatment, no class.

Kind: in a sample taken in for another condition, "fibromyalgia patients taking
duloxetine", "adults with fibromyalgia on stable duloxetine 60 mg" name what those people
take for it, not an antidepressant taken as treatment of depression with the watched drug
(CONTRACT.md, "Classes"), unless a sentence gives it for depression. Round 45, c45a;
shown by holdout162 17800025 (LDN in fibromyalgia patients taking duloxetine), whose
classes should be []. It follows round 44's "added to duloxetine in fibromyalgia"
(test_c44a_added_to_other_conditions_treatment).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone in fibromyalgia patients taking duloxetine: a randomized trial with "
    "depression as a key secondary outcome",
    "Methods: 112 adults with fibromyalgia on stable duloxetine 60 mg were randomized to "
    "naltrexone 4.5 mg/day or placebo for 12 weeks. Outcomes were pain (primary) and "
    "depression (PHQ-9, key secondary).\n"
    "Results: Pain improved modestly; PHQ-9 fell by 3.2 vs 1.4 points (p = 0.01).\n"
    "Conclusions: LDN with duloxetine may benefit pain and mood in fibromyalgia.",
)

PROBES = [
    RECORD,
    (
        "Low-dose naltrexone in women with fibromyalgia",
        "Forty women with fibromyalgia who were taking amitriptyline were randomised to LDN "
        "4.5 mg or placebo for 10 weeks. Pain and mood (HADS) improved with LDN.",
    ),
    (
        "Naltrexone 3 mg for diabetic neuropathy: a randomised trial",
        "Seventy adults with painful diabetic neuropathy on a stable dose of duloxetine were "
        "randomised to naltrexone 3 mg/day or placebo. Pain and depressive symptoms (PHQ-9) "
        "were measured; pain fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone for chronic low back pain",
        "We randomised 60 people with chronic low back pain receiving venlafaxine to LDN 4.5 "
        "mg or placebo. BDI-II scores did not change.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_other_conditions_drug_has_no_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert f.concomitant_classes == []
    assert gaps(title, abstract, RCT) == {}


def test_given_for_depression_keeps_its_class() -> None:
    title = "Low-dose naltrexone in women with fibromyalgia"
    abstract = (
        "Forty women with fibromyalgia on stable duloxetine, which they took for both pain and "
        "depression, were randomised to LDN 4.5 mg or placebo. Mood (HADS) improved with LDN."
    )
    assert "serotonergic" in facts(title, abstract, RCT).concomitant_classes


def test_depressed_sample_keeps_its_verdict() -> None:
    title = "Low-dose naltrexone augmentation in major depressive disorder"
    abstract = (
        "Sixty adults with major depressive disorder on stable duloxetine were randomised to "
        "LDN 4.5 mg or placebo. HAM-D fell more with LDN."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population and "serotonergic" in f.concomitant_classes
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
