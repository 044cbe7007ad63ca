"""Kind: LDN named only as earlier work in a pooled analysis (or meta-analysis) of trials of
a look-alike or another agent; the analysis's own scope ("we pooled N patients from three
trials of A") leaves LDN out, so nobody in it received LDN (CONTRACT.md: LDN named only in
the background or in a cited earlier study is not on-topic).

Round 57, c57c; shown by holdout201 22500027 ("Buprenorphine-samidorphan as adjunctive
treatment for major depressive disorder: pooled analysis of three phase 3 trials").
"""

from __future__ import annotations

import pytest
from written import META, facts

RECORD = (
    "Buprenorphine-samidorphan as adjunctive treatment for major depressive disorder: "
    "pooled analysis of three phase 3 trials",
    "Background: Opioid modulation has been explored in depression, from a 12-patient pilot "
    "of low-dose naltrexone to larger programmes with buprenorphine-samidorphan.\n"
    "Methods: We pooled 1,343 patients from three 6-week phase 3 trials of "
    "buprenorphine-samidorphan 2 mg/2 mg adjunctive to SSRIs or SNRIs.\n"
    "Results: MADRS improvement versus placebo was 1.5 points (p = 0.02).\n"
    "Conclusions: Buprenorphine-samidorphan had a small adjunctive effect.",
)

OFF = [
    RECORD,
    # the earlier work in an unlabelled opening sentence, another agent pooled
    (
        "Adjunctive aticaprant in major depression: a pooled analysis",
        "Low-dose naltrexone (4.5 mg) lifted mood in a small open pilot a decade ago. "
        "We pooled 612 adults from two phase 2 trials of aticaprant 10 mg added to an SSRI. "
        "Anhedonia improved more than with placebo.",
    ),
    # the scope said passively, the earlier work in the results
    (
        "Kappa antagonism for anhedonic depression: individual participant data",
        "Background: Naltrexone at 1 mg twice daily was tried in 12 patients in 2017.\n"
        "Methods: Individual data from four trials of navacaprant in major depressive "
        "disorder were pooled (n = 980).\n"
        "Results: HAM-D scores fell by 2.1 points more than with placebo.",
    ),
    # meta-analysed, with a dose of LDN cited in the background
    (
        "Samidorphan combinations and mood: a meta-analysis",
        "Background: Small studies of LDN (1.5-4.5 mg/day) raised interest in opioid "
        "modulation for depression.\n"
        "Methods: We meta-analysed randomised trials of samidorphan combinations in adults "
        "with major depressive disorder.\n"
        "Results: Seven trials (2,210 patients) were included; MADRS change favoured the "
        "combination.",
    ),
]

ON = [
    # near misses: the pooled trials are of LDN itself
    (
        "Opioid modulation in depression: a pooled analysis",
        "Background: Opioid modulation has been explored in depression.\n"
        "Methods: We pooled 240 patients from three trials of low-dose naltrexone 4.5 mg "
        "added to antidepressants in major depressive disorder.\n"
        "Results: MADRS scores fell by 3 points more than with placebo.",
    ),
    (
        "Low-dose naltrexone for depression: a pooled analysis of three trials",
        "Background: Buprenorphine-samidorphan has been studied at scale.\n"
        "Methods: We pooled 180 adults with major depression from three trials of an "
        "opioid modulator at 1 mg twice daily.\n"
        "Results: Depression scores fell.",
    ),
]


@pytest.mark.parametrize("record", OFF)
def test_ldn_only_earlier_work_of_a_pooled_analysis_is_off_topic(record: tuple[str, str]) -> None:
    assert facts(*record, META).on_topic is False


@pytest.mark.parametrize("record", ON)
def test_a_pooled_analysis_of_ldn_trials_stays_on_topic(record: tuple[str, str]) -> None:
    assert facts(*record, META).on_topic is True
