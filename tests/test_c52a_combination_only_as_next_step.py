"""A co-medication joined to the watched drug only in a clause about future work is not
taken with it.

Kind: a study of the drug alone (its people's antidepressants stopped, or none taken) that
ends by proposing the combination ("a controlled trial combining LDN with an SSRI ... is
the logical next step", "testing LDN plus vortioxetine in a controlled trial is the next
step") names that combination as another study; the roles blank the clause
(``own_at``), so the drug it joins to the watched drug is not a co-medication and no
serotonergic gap is addressed. A combination the study itself gave, in a sentence that
also calls for more trials, still counts. Round 52, c52a; shown by holdout178 19700005
(LDN monotherapy after SSRI failure and washout).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

RECORD = (
    "Open-label low-dose naltrexone in SSRI-resistant depression after antidepressant washout",
    "Purpose: Many patients who fail serotonergic antidepressants look for alternatives. We "
    "studied low-dose naltrexone (LDN) as monotherapy in this group.\n"
    "Methods: Thirty-four adults with major depressive disorder who had not responded to at "
    "least two adequate SSRI trials in the current episode entered the study. SSRIs and all "
    "other antidepressants were tapered and stopped, with a washout of 2 weeks (5 weeks for "
    "fluoxetine), before LDN was started at 1.5 mg and flexibly adjusted between 1.5 and "
    "4.5 mg/day as tolerated over 8 weeks.\n"
    "Results: Thirty completed; MADRS fell from 29.4 to 19.8; 9 (26%) responded.\n"
    "Conclusions: LDN monotherapy showed modest benefit after SSRI failure; a controlled trial "
    "combining LDN with an SSRI rather than replacing it is the logical next step.",
)

ALONE = [
    RECORD,
    (
        "Low-dose naltrexone as sole treatment in antidepressant-free depression: an "
        "open-label trial",
        "Methods: Fifty-two outpatients with major depression, taking no antidepressant, "
        "received LDN 4.5 mg for 12 weeks.\nResults: MADRS fell by 10 points.\n"
        "Conclusions: LDN monotherapy helped; testing LDN plus vortioxetine in a controlled "
        "trial is the logical next step.",
    ),
    (
        "Naltrexone 3 mg alone after SNRI non-response: an open-label trial",
        "Methods: Forty adults with major depressive disorder who had not responded to two "
        "SNRIs entered. All antidepressants were tapered and stopped, with a two-week washout, "
        "before naltrexone 3 mg nightly was started for 8 weeks.\nResults: 15 responded.\n"
        "Conclusions: LDN alone helped a minority; a randomised trial combining LDN with "
        "duloxetine is warranted.",
    ),
    (
        "Low-dose naltrexone monotherapy in major depression: an open trial",
        "Methods: Twenty-two adults with major depressive disorder, free of antidepressants for "
        "at least four weeks, took naltrexone 4.5 mg nightly for 8 weeks.\nResults: HAM-D fell "
        "by 9 points; 10 of 22 responded.\nConclusions: LDN alone was well tolerated; whether "
        "adding it to sertraline improves on this should be tested in a randomised trial.",
    ),
    (
        "Ultra-low-dose naltrexone monotherapy in depressed adults: an open-label trial",
        "Methods: 60 adults with major depression who had stopped all antidepressants received "
        "naltrexone 0.5 mg daily for 6 weeks.\nResults: HAM-D fell from 24 to 15.\n"
        "Conclusions: Benefit was modest; LDN together with mirtazapine needs to be studied in "
        "future trials.",
    ),
]

# near misses: the study gave the combination itself
TOGETHER = [
    (
        "Low-dose naltrexone added to sertraline in major depression: an open trial",
        "Methods: Thirty adults with major depressive disorder continued their sertraline and "
        "LDN 4.5 mg was added for 8 weeks.\nResults: HAM-D fell by 8 points.\n"
        "Conclusions: LDN added to sertraline was well tolerated; larger trials are needed.",
        "sertraline",
    ),
    (
        "Low-dose naltrexone with escitalopram in depression: an open-label trial",
        "Methods: Fifty-five adults with major depressive disorder on escitalopram received "
        "LDN 3 mg nightly for 8 weeks.\nResults: MADRS fell by 7 points.\nConclusions: "
        "Combining LDN with escitalopram was safe; a placebo-controlled trial is the next step.",
        "escitalopram",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), ALONE)
def test_combination_only_proposed_is_not_taken(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract)


def test_the_record() -> None:
    f = facts(*RECORD)
    assert (f.design, f.n, f.ldn_doses_mg) == ("nonrandomized_trial", 34, [1.5, 4.5])
    assert f.concomitant_antidepressants == []


@pytest.mark.parametrize(("title", "abstract", "drug"), TOGETHER)
def test_combination_given_still_counts(title: str, abstract: str, drug: str) -> None:
    f = facts(title, abstract)
    assert f.concomitant_antidepressants == [drug]
    assert f.concomitant_classes == ["serotonergic"]
