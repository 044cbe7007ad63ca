"""Kind: a report derived from a trial (a subgroup, secondary or post-hoc analysis) sizes the
people it analysed with an "n =" and then says what picked them and that they were taken in
("n=38 with complete week-12 data were analysed"), beside a larger count randomised in its
stratum or the parent: its n is that analysed sample (CONTRACT.md: a secondary analysis
counts its own analysed sample), so no larger-trials verdict comes from the stratum's or the
parent's count. A trial reporting on itself keeps its randomised count.

Round 63, c63a; the record that showed it: holdout220 24600028 (label n 38; read 67, the
stratum's randomised count, and larger-trials "addressed").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Does antidepressant class moderate the effect of low-dose naltrexone? A prespecified "
    "subgroup analysis of SNRI-treated participants in the LUMEN trial"
)
BACKGROUND = (
    "Background: In the LUMEN trial (n=164), adjunctive low-dose naltrexone (LDN) 4.5 mg "
    "improved depression versus placebo. Here we report the prespecified subgroup stratified "
    "to serotonin-noradrenaline reuptake inhibitors."
)
METHODS = (
    "Methods: Participants taking venlafaxine or duloxetine at randomisation (n=38 with "
    "complete week-12 data were analysed; 67 were randomised in this stratum)."
)
AFTER = (
    "Results: The MADRS difference in the SNRI subgroup was -1.2 (95% CI -5.0 to 2.6), smaller "
    "than in the SSRI stratum.\nLimitations: The subgroup was underpowered.\nConclusions: The "
    "benefit of LDN may be concentrated in SSRI-treated patients."
)
RECORD = "\n".join((BACKGROUND, METHODS, AFTER))


def test_the_record() -> None:
    assert facts(TITLE, RECORD, RCT).n == 38
    assert gaps(TITLE, RECORD, RCT).get("larger-trials", "no") == "no"


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Methods: Those on sertraline (N = 29 with at least one post-baseline rating were "
            "included; 58 had been randomised in this stratum).",
            29,
        ),
        (
            "Methods: 67 were randomised in this stratum, and n=38 having complete week-12 "
            "data were analysed.",
            38,
        ),
        (
            "Methods: Patients receiving a tricyclic (n = 33 whose week-10 MADRS was recorded "
            "were analysed; 71 were randomised with a tricyclic).",
            33,
        ),
        (
            "Results: Of the stratum's 90 randomised participants, n = 44 with a week-6 HAM-D "
            "were analysed; the difference was -0.8 points.",
            44,
        ),
    ],
)
def test_analysed_part_in_the_methods_or_results(sentence: str, n: int) -> None:
    record = "\n".join((BACKGROUND, sentence, AFTER))
    assert facts(TITLE, record, RCT).n == n
    assert gaps(TITLE, record, RCT).get("larger-trials", "no") == "no"


def test_unlabelled_abstract() -> None:
    record = (
        "In the LUMEN trial (n=164), adjunctive low-dose naltrexone (LDN) 4.5 mg improved "
        "depression versus placebo. Here we report the prespecified subgroup taking SNRIs. "
        "Participants taking venlafaxine or duloxetine at randomisation (n=38 with complete "
        "week-12 data were analysed; 67 were randomised in this stratum). The MADRS "
        "difference in the SNRI subgroup was -1.2."
    )
    assert facts(TITLE, record, RCT).n == 38


def test_a_trial_reporting_on_itself_keeps_its_randomised_count() -> None:
    f = facts(
        "Low-dose naltrexone 4.5 mg versus placebo added to SNRIs in major depression: a "
        "randomised trial",
        "Methods: Adults with major depressive disorder taking venlafaxine were randomised to "
        "LDN 4.5 mg or placebo (n=38 with complete week-12 data were analysed; 67 were "
        "randomised).\nResults: MADRS fell more with LDN.",
        RCT,
    )
    assert f.n == 67


def test_included_in_the_parent_trial_is_the_parents() -> None:
    f = facts(
        TITLE,
        "Background: Adults with major depressive disorder (n = 164 with a MADRS of 20 or more "
        "were included in the LUMEN trial) received LDN 4.5 mg or placebo.\n"
        "Methods: We analysed the 41 participants who were taking an SNRI at randomisation.\n"
        "Results: The MADRS difference was -1.2.",
        RCT,
    )
    assert f.n == 41
