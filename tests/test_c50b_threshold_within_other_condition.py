"""People with another condition who must ALSO pass a depression-severity threshold to
enter are a depression population.

Kind: a trial takes in people with another condition (long COVID, fibromyalgia, MS) "who
also had" a depression score at or above a cut-off at entry; CONTRACT.md makes
depression_population true when people are selected "by a depression-severity inclusion
threshold", whatever other condition they have. The other condition's name may run on
past the word the spec knows ("post-COVID-19 condition (WHO definition) who also had
..."), and the threshold may be told with "defined as" in a sentence where the study
itself enrols ("LUNA enrolled adults ...").

Round 50, c50b. The record that showed it: preprints47 PPR5200009 (the LUNA trial,
"adults with post-COVID-19 condition (WHO definition) who also had at least moderate
depressive symptoms, defined as a PHQ-9 score of 10 or more at two visits").

Near misses that must stay false: the same people with depression only as an outcome, a
depressed subgroup analysed inside the trial, and a share of the sample "defined as"
depressed.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts

RECORD_TITLE = (
    "Low-dose naltrexone for depressive symptoms in post-COVID-19 condition: the LUNA "
    "randomised placebo-controlled trial"
)
RECORD = (
    "Depression is common after COVID-19. LUNA enrolled adults with post-COVID-19 condition "
    "(WHO definition) who also had at least moderate depressive symptoms, defined as a PHQ-9 "
    "score of 10 or more at two visits two weeks apart, and randomised them to naltrexone "
    "4.5 mg daily or placebo for 12 weeks; participants already taking an antidepressant "
    "kept it unchanged (escitalopram 14, vortioxetine 9, mirtazapine 8). Ninety-six "
    "participants were randomised (48 per group). The PHQ-9 fell by 6.1 points with "
    "naltrexone and 3.8 with placebo (adjusted difference -2.2, 95% CI -4.0 to -0.4); "
    "fatigue did not differ. Naltrexone was well tolerated."
)


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD, ("Preprint",))
    assert f.depression_population is True
    assert f.n == 96
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


PROBES = [
    (
        "Naltrexone 3 mg for mood in fibromyalgia: a randomised trial",
        "Low mood is frequent in fibromyalgia. We recruited women with fibromyalgia "
        "syndrome (ACR 2016) who also had a "
        "BDI-II score of 20 or more, defined as moderate depression at screening, and "
        "randomised them to naltrexone 3 mg nightly or placebo. Seventy women were "
        "randomised. BDI-II improved more with naltrexone.",
    ),
    (
        "Low-dose naltrexone in multiple sclerosis with depressive symptoms",
        "We randomised adults with relapsing multiple sclerosis who had a PHQ-9 score of 12 "
        "or higher at baseline to LDN 4.5 mg or placebo for 16 weeks. Sixty-four adults "
        "were randomised. PHQ-9 scores fell more with LDN.",
    ),
    (
        "Naltrexone at low dose for chronic pain and mood: the EASE trial",
        "Pain and depression often go together. EASE enrolled patients with chronic low back "
        "pain of at least six months who also had a HADS depression subscale score of 8 or "
        "more, and assigned them to "
        "naltrexone 4.5 mg or placebo. In all, 120 patients were assigned. Mood improved "
        "with naltrexone.",
    ),
    (
        "Low-dose naltrexone in complex regional pain syndrome: a randomised trial",
        "Depression often accompanies pain. We recruited adults with complex regional pain "
        "syndrome type 1 (Budapest criteria) who also had depressive symptoms, defined as a "
        "BDI-II of 14 or more, and randomised them to naltrexone 4.5 mg or placebo. Seventy "
        "adults were randomised. BDI-II improved.",
    ),
    (
        "Low-dose naltrexone after COVID-19: a placebo-controlled trial",
        "Mood often stays low after COVID-19. In this trial we enrolled people with long COVID "
        "syndrome (NICE definition) who scored 15 "
        "or above on the PHQ-9 at two screening visits and randomised them to naltrexone "
        "1.5 mg twice daily or placebo. We randomised 88 people. Depression scores improved.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_threshold_inside_another_condition_selects(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is True


NEAR_MISSES = [
    # the same people, depression only measured
    (
        RECORD_TITLE,
        "LUNA enrolled adults with post-COVID-19 condition (WHO definition) and randomised "
        "them to naltrexone 4.5 mg daily or placebo for 12 weeks; depressive symptoms were "
        "measured with the PHQ-9 as a secondary outcome. Ninety-six participants were "
        "randomised. The PHQ-9 fell more with naltrexone.",
    ),
    # the relative clause is about fatigue; the PHQ-9 is only a time point's measure
    (
        "Low-dose naltrexone in long COVID: the FLARE trial",
        "FLARE enrolled adults with post-COVID-19 condition (WHO definition) who had "
        "fatigue for at least 12 weeks, with the PHQ-9 recorded at weeks 0 and 12, and "
        "randomised them to naltrexone 4.5 mg or placebo. Ninety participants were "
        "randomised. Fatigue and PHQ-9 scores improved.",
    ),
    # a depressed subgroup analysed inside a long-COVID trial
    (
        "Low-dose naltrexone in long COVID: the FLARE trial",
        "FLARE randomised 140 adults with long COVID to naltrexone 4.5 mg or placebo. "
        "Participants with a PHQ-9 score of 10 or more at baseline (n = 52) were analysed "
        "separately; in them, the PHQ-9 fell by 4 points more with naltrexone.",
    ),
    # the same, the scale named with its time points, a subgroup's result without a count
    (
        "Low-dose naltrexone in long COVID: the LUNA trial",
        "Fatigue and low mood are common after COVID-19. We enrolled adults with "
        "post-COVID-19 condition (WHO definition) who had PHQ-9 and fatigue scores recorded "
        "at weeks 0, 6 and 12, and randomised them to naltrexone 4.5 mg daily or placebo. "
        "Ninety-six participants were randomised. Participants with a PHQ-9 score of 10 or "
        "more at baseline improved most with naltrexone.",
    ),
    # a share of the sample defined as depressed
    (
        "Low-dose naltrexone in fibromyalgia: a randomised trial",
        "We enrolled 150 adults with fibromyalgia syndrome and randomised them to "
        "naltrexone 4.5 mg or placebo; 38% had depression, defined as a BDI-II score of 20 "
        "or more. Pain improved and BDI-II scores fell.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NEAR_MISSES)
def test_other_condition_without_a_threshold_at_entry_does_not(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population is False


def test_a_planned_trial_of_the_kind_is_in_progress_not_addressed() -> None:
    f = facts(
        "Low-dose naltrexone for depressive symptoms in long COVID: protocol of a trial",
        "We will enrol adults with post-COVID-19 condition (WHO definition) who also have a "
        "PHQ-9 score of 10 or more and randomise 120 of them to naltrexone 4.5 mg or placebo.",
        PROTOCOL,
    )
    assert f.depression_population is True
    assert f.has_results is False
