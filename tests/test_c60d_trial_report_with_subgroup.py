"""Kind: a trial's own report, its title presenting it as a trial ("...: a randomised
placebo-controlled trial"), that tells a subgroup or secondary analysis among its first
sentences ("A prespecified subgroup analysis examined participants taking an SNRI (n =
41)") is still the trial's report: its n is the whole trial's, not the subgroup's. A
record under such a title whose first sentence names the trial its analysis is of ("A
post hoc analysis of a randomised trial of ...") is still a derived report, with its own
sample.

Round 60, c60d; no record (probes of the derived-size kind's near misses).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

T = "Low-dose naltrexone for major depression: a randomised placebo-controlled trial"
M = (
    "Methods: We randomised 156 adults with major depression to naltrexone 4.5 mg or placebo "
    "for 8 weeks. "
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            T,
            M + "A prespecified subgroup analysis examined participants taking an SNRI (n = "
            "41).\nResults: MADRS fell more with naltrexone.",
        ),
        (
            T,
            M + "Secondary analyses examined participants taking an SNRI (n = 41).\nResults: "
            "MADRS fell more with naltrexone.",
        ),
        (
            T,
            M + "A subgroup analysis of participants with anxious depression (n = 44) was "
            "planned.\nResults: MADRS fell more with naltrexone.",
        ),
        (
            "Low-dose naltrexone added to antidepressants - a multicentre RCT",
            "Adults with major depression (n = 156) were randomised to naltrexone 4.5 mg or "
            "placebo. An exploratory analysis looked at participants with anxiety (n = 39). "
            "Naltrexone was superior.",
        ),
    ],
)
def test_the_trials_report_keeps_its_size(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).n == 156
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"


T2 = "Low-dose naltrexone and anhedonia in depression: a randomized clinical trial"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: A post hoc analysis of a randomised trial of naltrexone 4.5 mg versus "
            "placebo in 164 adults; 42 with anhedonia were analysed.\nResults: Anhedonia "
            "improved.",
            42,
        ),
        (
            "Secondary analysis of the 164-patient NALDEP trial of naltrexone 4.5 mg versus "
            "placebo. Participants with anhedonia at baseline (n = 42) were included. "
            "Anhedonia improved.",
            42,
        ),
    ],
)
def test_an_analysis_of_a_trial_stays_derived(abstract: str, n: int) -> None:
    assert facts(T2, abstract, RCT).n == n
    assert "larger-trials" not in gaps(T2, abstract, RCT)


# Round 61 (c61r) repair: a title naming the trial a part of it lies in ("...: C-reactive
# protein in the LDN-DOSE trial") does not present the record as the trial, and a
# sub-study naming its trial by name ("a biomarker sub-study of LDN-DOSE (NCT09133870)")
# stays a derived report sized by its own people (holdout151 16600033: n 64 read as 118,
# false larger-trials and dose-finding "no").
@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Inflammation and dose-dependent response to low-dose naltrexone: C-reactive "
            "protein in the LDN-DOSE trial",
            "High-sensitivity CRP was measured at baseline and week 10 in a biomarker sub-study "
            "of LDN-DOSE (NCT09133870). Sixty-four of the 118 randomised participants (placebo "
            "16; naltrexone 1.5 mg 15, 3 mg 17, 4.5 mg 16) provided both samples. Baseline CRP "
            "> 3 mg/L predicted a steeper dose-response on HAM-D17 (interaction p = 0.03).",
            64,
        ),
        (
            "Sleep and low-dose naltrexone: actigraphy within the NALSERT trial",
            "Actigraphy was recorded in a sub-study of NALSERT (NCT09000001). Of the 210 adults "
            "with major depression on sertraline randomised to naltrexone 4.5 mg or placebo, 58 "
            "were included. Sleep efficiency improved with naltrexone.",
            58,
        ),
    ],
)
def test_a_substudy_of_a_named_trial_stays_derived(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
