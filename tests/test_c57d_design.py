"""Kind: a study's design said in many ways and places (round 57, c57d; design probes,
no record). Each design -- a non-randomised trial (open-label pilot, single-arm,
uncontrolled, an open-label extension, a letter reporting its own open study, a
non-randomised comparison with a concurrent control), a randomised trial (randomly
assigned, allocated at random, computer-generated sequence, double-blind and
placebo-controlled after randomisation, cluster-randomised, crossover in random order,
n-of-1 with randomised periods), an observational study (chart review, registry or
retrospective cohort, cross-sectional survey of users, case-control), a case report and a
protocol ("will be randomised") -- is written in the title, the opening sentence, the
methods, the results, the conclusions or an unlabelled abstract, with the traps that
must not make an open study randomised (a cited randomised trial, one hoped for or
needed, "unlike randomised trials", "randomly selected charts", "a random-effects
model").

The probes listed in ``NOT_YET`` still read wrong after round 57 (none would turn a gap
to "addressed": they are read as design "other" or "review", which closes no gap).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from written import JOURNAL, facts, gaps

T0 = "Low-dose naltrexone as adjunct in major depressive disorder"
P: list[tuple[str, str, str, Sequence[str], str]] = []


def add(exp: str, title: str, abstract: str, types: Sequence[str] = JOURNAL, tag: str = "") -> None:
    P.append((exp, title, abstract, types, tag))


# ---- nonrandomized: decisive words in each place
NR_PHRASES = [
    ("open-label pilot", "an open-label pilot study"),
    ("single-arm", "a single-arm trial"),
    ("uncontrolled", "an uncontrolled trial"),
]
for kind, phr in NR_PHRASES:
    add(
        "nonrandomized_trial",
        f"Low-dose naltrexone added to sertraline in major depression: {phr}",
        "Sixty adults with major depressive disorder taking sertraline received naltrexone 4.5 mg nightly for 8 weeks. MADRS fell by 10 points (p < 0.001).",
        tag=f"title:{kind}",
    )
    add(
        "nonrandomized_trial",
        T0,
        f"This was {phr} of naltrexone 4.5 mg added to sertraline. Sixty adults with major depressive disorder took part. MADRS fell by 10 points (p < 0.001).",
        tag=f"opening:{kind}",
    )
    add(
        "nonrandomized_trial",
        T0,
        f"Background: Opioid modulation may help depression.\nMethods: In {phr}, sixty adults with major depressive disorder on sertraline received naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS fell by 10 points (p < 0.001).\nConclusions: LDN was well tolerated.",
        tag=f"methods:{kind}",
    )
    add(
        "nonrandomized_trial",
        T0,
        f"Background: Opioid modulation may help depression.\nMethods: Sixty adults with major depressive disorder on sertraline took naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS fell by 10 points (p < 0.001).\nConclusions: In this {phr.split(' ', 1)[1]}, LDN was well tolerated; a randomised trial is warranted.",
        tag=f"concl:{kind}",
    )

add(
    "nonrandomized_trial",
    T0,
    "Methods: Fifty-six outpatients with major depressive disorder taking escitalopram were enrolled. All participants received naltrexone 1.5 mg at bedtime for eight weeks.\nResults: Response occurred in 20 of 56.",
    tag="all participants received",
)
add(
    "nonrandomized_trial",
    T0,
    "All participants received naltrexone 3 mg daily in addition to their venlafaxine. Fifty-two adults with treatment-resistant depression were included, and HAM-D scores fell by 8 points over 12 weeks.",
    tag="all received unlabelled",
)
add(
    "nonrandomized_trial",
    T0,
    "We prospectively enrolled 64 patients with major depressive disorder who were taking an SSRI and added naltrexone 4.5 mg at night for eight weeks. Depression scores improved significantly (p = 0.002).",
    tag="prospectively enrolled added",
)
add(
    "nonrandomized_trial",
    T0,
    "Methods: Seventy adults with persistent depressive disorder were enrolled in one group; naltrexone was started at 1 mg and escalated to 2, 3 and 4.5 mg at two-week intervals.\nResults: The 3 mg step was best tolerated.",
    tag="escalation one group",
)
add(
    "nonrandomized_trial",
    "Open-label extension of a trial of low-dose naltrexone in major depression",
    "After the double-blind phase, 58 participants with major depressive disorder entered a 24-week open-label extension in which all took naltrexone 4.5 mg with their SSRI. Improvement was maintained.",
    tag="OLE title",
)
add(
    "nonrandomized_trial",
    T0,
    "In this open-label extension, 58 participants with major depressive disorder who had completed the randomised phase took naltrexone 4.5 mg with their SSRI for a further 24 weeks. Improvement was maintained.",
    tag="OLE opening",
)
add(
    "nonrandomized_trial",
    T0,
    "Methods: Fifty-five adults with major depressive disorder taking fluoxetine received naltrexone 4.5 mg; they were compared with a concurrent control group of 40 patients on fluoxetine alone in a non-randomised comparison.\nResults: MADRS fell more with LDN (p = 0.01).",
    tag="nonrandomised concurrent control",
)
add(
    "nonrandomized_trial",
    T0,
    "Methods: Sixty patients with major depressive disorder were enrolled. Patients chose whether to add naltrexone 4.5 mg to their paroxetine (n = 32) or continue paroxetine alone (n = 28); allocation was by patient preference.\nResults: Response was higher with LDN.",
    tag="allocation by preference",
)

# ---- nonrandomized with traps (must not become rct)
TRAPS = [
    "The 2017 trial randomised 12 patients to naltrexone or placebo.",
    "We hope this encourages a randomised trial.",
    "Randomised trials are needed.",
    "Unlike randomised trials, this study included patients with comorbidity.",
    "Randomly selected charts were checked for data quality.",
    "Pooled estimates used a random-effects model.",
    "A previous double-blind, placebo-controlled study randomly assigned 30 patients.",
    "Larger placebo-controlled trials with random allocation should follow.",
]
for i, trap in enumerate(TRAPS):
    add(
        "nonrandomized_trial",
        T0,
        f"Sixty adults with major depressive disorder on citalopram received open-label naltrexone 4.5 mg nightly for 8 weeks in a single-arm study. {trap} MADRS fell by 9 points (p < 0.001).",
        tag=f"trap-unlab:{i}",
    )
    add(
        "nonrandomized_trial",
        T0,
        f"Background: {trap}\nMethods: Sixty adults with major depressive disorder on citalopram received naltrexone 4.5 mg nightly for 8 weeks in an open-label study.\nResults: MADRS fell by 9 points (p < 0.001).",
        tag=f"trap-bg:{i}",
    )
    add(
        "nonrandomized_trial",
        T0,
        f"Methods: Sixty adults with major depressive disorder on citalopram received naltrexone 4.5 mg nightly for 8 weeks in an open-label pilot.\nResults: MADRS fell by 9 points (p < 0.001).\nConclusions: LDN added to citalopram was tolerated. {trap}",
        tag=f"trap-concl:{i}",
    )
    # without any nonrandom word (bare course of treatment)
    add(
        "nonrandomized_trial",
        T0,
        f"Methods: Sixty adults with major depressive disorder on citalopram were given naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS fell by 9 points (p < 0.001).\nConclusions: LDN added to citalopram was tolerated. {trap}",
        tag=f"trap-bare:{i}",
    )

# ---- letter reporting own small study
add(
    "nonrandomized_trial",
    "Low-dose naltrexone with duloxetine in depression",
    "We treated 14 outpatients with major depressive disorder on duloxetine with open-label naltrexone 4.5 mg for 6 weeks; 8 responded.",
    types=("Letter",),
    tag="letter own open study",
)

# ---- rct
RCT_PH = [
    ("randomly assigned", "were randomly assigned to naltrexone 4.5 mg or placebo"),
    ("allocated at random", "were allocated at random to naltrexone 4.5 mg or placebo"),
    (
        "1:1 allocation",
        "underwent 1:1 allocation by computer-generated sequence to naltrexone 4.5 mg or placebo",
    ),
    (
        "dbpc randomization",
        "entered a double-blind, placebo-controlled phase after randomization to naltrexone 4.5 mg or placebo",
    ),
    (
        "cluster",
        "were treated in 12 clinics, which were cluster-randomised to naltrexone 4.5 mg or usual care",
    ),
    (
        "crossover random order",
        "received naltrexone 4.5 mg and placebo for four weeks each in random order",
    ),
]
for kind, phr in RCT_PH:
    add(
        "rct",
        T0,
        f"Methods: Sixty adults with major depressive disorder on sertraline {phr}.\nResults: MADRS fell more with LDN (p = 0.01).",
        tag=f"rct-methods:{kind}",
    )
    add(
        "rct",
        T0,
        f"Sixty adults with major depressive disorder on sertraline {phr}. MADRS fell more with LDN (p = 0.01).",
        tag=f"rct-unlab:{kind}",
    )
add(
    "rct",
    "Low-dose naltrexone versus placebo added to sertraline: a randomised trial",
    "Sixty adults with major depressive disorder on sertraline took naltrexone 4.5 mg or placebo for 8 weeks. MADRS fell more with LDN (p = 0.01).",
    tag="rct title",
)
add(
    "rct",
    "Cluster-randomised trial of low-dose naltrexone in depressed primary care patients",
    "Sixty adults with major depressive disorder on sertraline in 12 practices took naltrexone 4.5 mg or usual care. MADRS fell more with LDN (p = 0.01).",
    tag="cluster title",
)
add(
    "rct",
    T0,
    "Methods: In a series of n-of-1 trials, each of 52 patients with major depressive disorder completed three pairs of periods in which naltrexone 4.5 mg and placebo were given in randomised order.\nResults: 20 patients benefited.",
    tag="n-of-1 randomised periods",
)
add(
    "rct",
    T0,
    "Background: Uncontrolled reports suggested benefit.\nMethods: Sixty adults with major depressive disorder on sertraline were randomly assigned to naltrexone 4.5 mg or placebo.\nResults: MADRS fell more with LDN (p = 0.01).\nConclusions: Unlike the open-label pilot, this trial was controlled.",
    tag="rct with cited open pilot",
)
add(
    "rct",
    T0,
    "Results: Of 60 randomised adults with major depressive disorder on sertraline, those assigned naltrexone 4.5 mg improved more than those on placebo (p = 0.01).",
    tag="rct in results only",
)
add(
    "rct",
    T0,
    "Methods: Sixty adults with major depressive disorder on sertraline took naltrexone 4.5 mg or placebo for 8 weeks.\nResults: MADRS fell more with LDN (p = 0.01).\nConclusions: In this randomised trial, LDN added to sertraline helped.",
    tag="rct in conclusions only",
)

# ---- observational
OBS = [
    (
        "chart review",
        "We conducted a chart review of 80 adults with major depressive disorder prescribed naltrexone 4.5 mg alongside an SSRI.",
    ),
    (
        "reviewed records",
        "We reviewed the records of 80 adults with major depressive disorder who had been prescribed naltrexone 4.5 mg with an SSRI.",
    ),
    (
        "registry cohort",
        "In a national registry cohort, 800 adults with major depressive disorder who started naltrexone 4.5 mg with an SSRI were followed.",
    ),
    (
        "retrospective cohort",
        "This retrospective cohort included 120 adults with major depressive disorder given naltrexone 4.5 mg with sertraline.",
    ),
    (
        "survey",
        "In a cross-sectional survey of 300 users of naltrexone 4.5 mg with depression, most also took an SSRI.",
    ),
    (
        "case-control",
        "In a case-control study, 90 depressed patients who used naltrexone 4.5 mg were compared with 180 who did not.",
    ),
]
for kind, sent in OBS:
    add(
        "observational",
        T0,
        f"{sent} Depression scores fell over 12 weeks.",
        tag=f"obs-unlab:{kind}",
    )
    add(
        "observational",
        T0,
        f"Methods: {sent}\nResults: Depression scores fell over 12 weeks.\nConclusions: Randomised trials are needed.",
        tag=f"obs-methods+rct-needed:{kind}",
    )

# ---- case report
add(
    "case_report",
    T0,
    "We describe a 42-year-old woman with major depressive disorder on sertraline who improved after naltrexone 4.5 mg was added.",
    tag="case 42yo",
)
add(
    "case_report",
    "Low-dose naltrexone added to sertraline: three cases",
    "Three women with major depressive disorder improved after naltrexone 4.5 mg was added to sertraline.",
    tag="three cases title",
)
add(
    "case_report",
    T0,
    "We report two patients with treatment-resistant depression who responded to naltrexone 3 mg added to venlafaxine.",
    tag="two patients",
)

# ---- protocol
add(
    "protocol",
    T0,
    "Sixty adults with major depressive disorder on sertraline will be randomised to naltrexone 4.5 mg or placebo for 8 weeks. The primary outcome is MADRS change.",
    tag="will be randomised",
)
add(
    "protocol",
    T0,
    "Methods: Participants (n = 120) with major depressive disorder will be randomly assigned 1:1 to naltrexone 4.5 mg or placebo added to their SSRI.\nDiscussion: This trial will test LDN.",
    tag="will be randomly assigned",
)


# still read wrong (reported, not fixed in round 57): a course of treatment given to the
# study's own people without a design word, a design named only in a hedged conclusion,
# allocation by preference, and "we reviewed the records" (read as a review)
NOT_YET = {
    "concl:open-label pilot",
    "concl:single-arm",
    "concl:uncontrolled",
    "all participants received",
    "all received unlabelled",
    "prospectively enrolled added",
    "escalation one group",
    "allocation by preference",
    "obs-unlab:reviewed records",
    "obs-methods+rct-needed:reviewed records",
}


@pytest.mark.parametrize(
    ("exp", "title", "abstract", "types"),
    [pytest.param(e, t, a, ty, id=tag) for e, t, a, ty, tag in P if tag not in NOT_YET],
)
def test_design_probe(exp: str, title: str, abstract: str, types: Sequence[str]) -> None:
    assert facts(title, abstract, types).design == exp


@pytest.mark.parametrize(
    ("exp", "title", "abstract", "types"),
    [pytest.param(e, t, a, ty, id=tag) for e, t, a, ty, tag in P if tag in NOT_YET],
)
def test_probes_not_yet_read_never_address_a_gap(
    exp: str, title: str, abstract: str, types: Sequence[str]
) -> None:
    # where the design is still misread, it errs to "no" (no false "addressed")
    assert "addressed" not in gaps(title, abstract, types).values()
