"""Kind: a secondary or post-hoc analysis names its own analysed set by its kind ("the
modified intention-to-treat sample comprised 131 participants (of 148 randomised)", "the
ITT set consisted of 64 patients"): that is the report's n, not the parent's randomised
total (CONTRACT: "A secondary, post-hoc or extension analysis: its own analysed sample").

Round 43, c43c. Shown by preprints40 PPR5900003 (LANTERN anhedonia secondary analysis:
label 131, read 148).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "Anhedonia as a moderator of response to low-dose naltrexone augmentation: secondary "
    "analysis of the LANTERN randomised trial",
    "In this pre-specified secondary analysis of LANTERN (NCT06511234), a placebo-controlled "
    "trial of naltrexone 4.5 mg/day added to SSRI or SNRI therapy in major depressive "
    "disorder, we examined whether baseline anhedonia (SHAPS) moderated the effect of LDN on "
    "MADRS. The modified intention-to-treat sample comprised 131 participants with a "
    "post-baseline assessment (of 148 randomised). Higher baseline anhedonia predicted a "
    "larger LDN–placebo difference.",
)


def test_the_record_counts_its_analysed_sample() -> None:
    f = facts(*RECORD, types=("Preprint",))
    assert (f.design, f.n) == ("rct", 131)


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Inflammation and response to low-dose naltrexone in depression: secondary "
            "analysis of a randomised trial",
            "This secondary analysis used data from a placebo-controlled trial of naltrexone "
            "4.5 mg in MDD. The ITT set consisted of 64 patients (of 70 randomised). CRP "
            "predicted response.",
            64,
        ),
        (
            "Sleep in a randomised trial of low-dose naltrexone with sertraline: post hoc analysis",
            "In this post hoc analysis of a placebo-controlled trial of naltrexone 3 mg added "
            "to sertraline in major depressive disorder, the per-protocol population comprised "
            "77 participants (of 92 randomised). Insomnia improved.",
            77,
        ),
    ],
)
def test_named_analysis_sets_are_the_reports_n(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, types=RCT).n == n


# near miss: a primary trial's ITT sample after its randomised count keeps the randomised
def test_a_primary_trial_keeps_its_randomised_count() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a randomised placebo-controlled trial",
        "Methods: 148 adults with MDD on an SSRI were randomised to naltrexone 4.5 mg or "
        "placebo. Results: The modified intention-to-treat sample comprised 131 participants. "
        "MADRS fell more with LDN.",
        types=RCT,
    )
    assert f.n == 148
