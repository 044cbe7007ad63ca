"""A drug named as where a side effect is common ("insomnia is common with both bupropion
and naltrexone", "sexual dysfunction, common with SSRIs") says what the drug does, not
who takes it: it is neither an arm of its own nor a co-medication, so it does not veto
the sentences that say the drug is taken with the watched one (``arms.side_effect_reference``).
Shown by registry86 NCT00600025 (bupropion taken in both arms, dropped as "only in the
comparator arm" because of the reason given for a bedtime hypnotic). Session 35, round 91,
c91c.

Ways real abstracts say it:
- "Insomnia is common with both bupropion and naltrexone, so trazodone was permitted."
- "Because nausea is frequent with sertraline, ondansetron was allowed."
- "Sexual dysfunction, common with SSRIs, was recorded."
- "Vivid dreams, typical of naltrexone and bupropion, were recorded."
- "Weight gain usual on mirtazapine was monitored."
A near miss keeps its verdict: the same reference in a trial whose people take no
antidepressant adds none.
"""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone augmentation in major depressive disorder partially responsive "
    "to bupropion: a randomized trial"
)
TAKEN = (
    "Methods: Thirty-eight adults with major depressive disorder on bupropion XL "
    "300-450 mg/day were randomized 1:1. Naltrexone 3 mg (or placebo) was taken at "
    "bedtime. {ref} "
    "The primary outcome was change in MADRS at week 8."
)


@pytest.mark.parametrize(
    "ref",
    [
        "Insomnia is common with both bupropion and naltrexone, so trazodone 25 mg at "
        "bedtime as a hypnotic was permitted; no other antidepressant was allowed.",
        "Insomnia is frequent with bupropion and naltrexone, so zolpidem was permitted; "
        "no other antidepressant was allowed.",
        "Dry mouth, typical of bupropion and naltrexone, was recorded; no other "
        "antidepressant was allowed.",
    ],
)
def test_side_effect_reference_does_not_veto(ref: str) -> None:
    assert facts(TITLE, TAKEN.format(ref=ref), RCT).concomitant_classes == ["dopaminergic"]


def test_reference_alone_adds_nothing() -> None:
    # near miss: nobody takes an SSRI; the side-effect reference names it only
    abstract = (
        "Methods: Forty adults with major depressive disorder taking no antidepressant "
        "were randomized to naltrexone 4.5 mg or placebo. Sexual dysfunction, common with "
        "SSRIs, was recorded with the ASEX. The primary outcome was change in MADRS."
    )
    f = facts("Low-dose naltrexone monotherapy for depression", abstract, RCT)
    assert f.concomitant_classes == []
