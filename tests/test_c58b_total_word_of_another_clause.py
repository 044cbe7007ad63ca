"""Kind: a word that totals ("overall", "in total") belongs to its own clause; a count
in the next clause ("did not differ overall; in the 61 participants with PHQ-9 of 10 or
more, ...") is a subgroup, not the study's total. Round 58, c58b; the record that showed
it: preprints54 PPR4500008 (LONGNAL, LDN for post-COVID fatigue), n 61 for 180."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts


def test_record() -> None:
    f = facts(
        "Low-dose naltrexone for fatigue in post-COVID-19 condition (LONGNAL): a randomised "
        "placebo-controlled trial",
        "Background: Fatigue is the most disabling symptom of post-COVID-19 condition (PCC), "
        "and depressive symptoms are common.\n"
        "Methods: Adults with PCC and moderate-to-severe fatigue were randomised to naltrexone "
        "(titrated from 1.5 mg to 4.5 mg daily over 3 weeks) or placebo for 16 weeks.\n"
        "Results: We randomised 180 participants. Fatigue improved more with LDN. PHQ-9 "
        "scores did not differ overall; in the 61 participants with PHQ-9 of 10 or more at "
        "baseline, LDN reduced PHQ-9 by 2.4 points more than placebo.\n"
        "Interpretation: LDN modestly reduced fatigue in PCC.",
        JOURNAL,
    )
    assert f.n == 180


PROBES = [
    # results, another scale and number
    (
        "Results: We enrolled 96 adults. Pain did not change overall; among the 30 adults "
        "with a HADS-D of 8 or more, mood improved with LDN.",
        96,
    ),
    # conclusions
    (
        "Methods: 140 patients with fibromyalgia were randomly assigned to LDN 4.5 mg or "
        "placebo.\nConclusions: No benefit was seen overall; in the 44 patients with "
        "depression at baseline, LDN may help.",
        140,
    ),
    # unlabelled, the total word after the count's clause
    (
        "We randomised 72 adults with multiple sclerosis to LDN 4.5 mg or placebo. In the 25 "
        "patients with a BDI-II of 14 or more, depression fell; fatigue improved in total.",
        72,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), PROBES)
def test_total_word_of_another_clause(abstract: str, n: int) -> None:
    assert facts("LDN in a randomised trial", abstract, RCT).n == n


# near misses: the total word in the count's own clause still totals
NEAR = [
    ("Overall, 140 adults with depression were enrolled; 20 of them dropped out.", 140),
    ("A total of 88 adults with depression took LDN 4.5 mg; 12 had nausea.", 88),
]


@pytest.mark.parametrize(("abstract", "n"), NEAR)
def test_total_in_own_clause(abstract: str, n: int) -> None:
    assert facts("LDN in depression", abstract, JOURNAL).n == n
