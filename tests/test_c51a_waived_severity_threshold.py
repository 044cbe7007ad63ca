"""A depression-severity threshold the study says it did not require ("A BDI-II of 14 or
more at baseline was not required; 17 patients met it") selects nobody: in a sample
taken in for another condition it does not make a depression population, nor does the
part of the sample that happened to reach it (CONTRACT.md: "a population selected for
another condition ... with depression only as an outcome, or a depressed subgroup of it,
is not"). Round 51, c51a; shown by holdout176 19400007 (an MS crossover trial; false
serotonergic "addressed"). A threshold that was required still selects, and a study that
took in people by diagnosis keeps them when a score cut-off was waived."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

RECORD = (
    "Low-dose naltrexone and depressive symptoms in relapsing-remitting multiple sclerosis: "
    "a double-blind crossover trial",
    "Background: Depressive symptoms are common in multiple sclerosis (MS).\n"
    "Methods: Forty-two patients with relapsing-remitting MS on stable disease-modifying "
    "therapy received naltrexone 4.5 mg/day and placebo for 8 weeks each, in random order, "
    "separated by a 2-week washout. Beck Depression Inventory-II (BDI-II) and the MS Quality "
    "of Life-54 were outcomes. A BDI-II of 14 or more at baseline was not required; 17 "
    "patients met it. Eleven patients were taking an SSRI.\n"
    "Results: Across 84 treatment periods, BDI-II was 2.1 points lower on naltrexone "
    "(p = 0.03); in the 17 with baseline BDI-II of 14 or more the difference was 4.6 points.\n"
    "Conclusions: LDN modestly improved mood in MS.",
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        RECORD,
        # probes: other conditions, scales, word orders
        (
            "Low-dose naltrexone for pain and mood in fibromyalgia: a randomised trial",
            "Methods: We randomised 88 women with fibromyalgia to naltrexone 4.5 mg or placebo "
            "for 12 weeks. A PHQ-9 score of 10 or higher was not an inclusion criterion; 30 "
            "participants had one. Twenty took sertraline.\n"
            "Results: PHQ-9 improved by 2.4 points more with naltrexone.",
        ),
        (
            "Naltrexone 3 mg in long COVID: a placebo-controlled trial",
            "Methods: Adults with post-COVID-19 condition (n = 120) were randomised to "
            "naltrexone 3 mg daily or placebo. A baseline HADS-D of 8 or more was not "
            "required for entry, and 51 scored that high. Twenty-six were on an SNRI.\n"
            "Results: HADS-D fell by 1.8 points more on naltrexone.",
        ),
        (
            "Low-dose naltrexone in Crohn's disease: a randomised trial with mood outcomes",
            "Methods: Seventy patients with Crohn's disease received LDN 4.5 mg or placebo. "
            "There was no minimum MADRS score for entry; 22 had a MADRS of 20 or more. "
            "Fourteen took escitalopram.\nResults: MADRS fell by 3 points more with LDN.",
        ),
    ],
)
def test_a_waived_threshold_selects_nobody(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population is False
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # near misses: a threshold that was required, a diagnosis with a waived cut-off
        (
            "Low-dose naltrexone with SSRIs for depression: a randomised trial",
            "Methods: Adults taking an SSRI were eligible if their MADRS was 20 or more; a "
            "baseline HAM-D was not required. We randomised 64 to naltrexone 4.5 mg or "
            "placebo.\nResults: MADRS fell by 6 points more with naltrexone.",
        ),
        (
            "Low-dose naltrexone added to escitalopram: an open-label trial",
            "Methods: Thirty adults with major depressive disorder on escitalopram received "
            "naltrexone 2 mg daily; a HAM-D of 20 or more was not required.\n"
            "Results: HAM-D fell from 19 to 12.",
        ),
    ],
)
def test_a_selection_that_stands(title: str, abstract: str) -> None:
    types = RCT if "randomised" in abstract else TRIAL
    assert facts(title, abstract, types).depression_population is True
