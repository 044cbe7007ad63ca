"""The condition named as one of two things nobody measured ("No mood or psychiatric
outcomes were assessed", "no depression and anxiety scales were used") is no outcome
(CONTRACT.md, "Mood as an outcome": measured in its own right). Round 43, c43a; shown by
holdout145 15900037, "Bioequivalence of compounded low-dose naltrexone capsules and a
licensed 1 mg tablet in healthy volunteers" (false on-topic)."""

from __future__ import annotations

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Bioequivalence of compounded low-dose naltrexone capsules and a licensed 1 mg "
            "tablet in healthy volunteers",
            "Compounded LDN capsules vary in content. In a two-period crossover, 24 healthy "
            "volunteers took naltrexone 4.5 mg as a compounded capsule and as four and a half "
            "1 mg tablets (4 tablets plus a half-tablet). AUC ratios were within 80-125%. "
            "Assay content of 30 pharmacy samples ranged from 71% to 118% of label. No mood "
            "or psychiatric outcomes were assessed.",
        ),
        # probes: other pairs, other measure words
        (
            "Pharmacokinetics of low-dose naltrexone 3 mg oral solution in healthy adults",
            "Eighteen healthy adults took naltrexone 3 mg as an oral solution and as a "
            "capsule. Cmax and AUC were similar. No depression and anxiety scales were "
            "administered.",
        ),
        (
            "Sleep architecture after a single 4.5 mg dose of low-dose naltrexone",
            "Twenty volunteers took LDN 4.5 mg or placebo at bedtime in a crossover. Slow-wave "
            "sleep was unchanged. No mood or cognitive measures were collected.",
        ),
    ],
)
def test_the_condition_among_things_not_measured_is_no_outcome(title: str, abstract: str) -> None:
    assert not facts(title, abstract).on_topic


@pytest.mark.parametrize(
    "last",
    [
        # near misses: the condition measured, the other thing not
        "Mood was rated daily on a visual analogue scale; no psychiatric interviews were done.",
        "Depressive symptoms (PHQ-9) were assessed at each visit; no anxiety scales were used.",
    ],
)
def test_the_condition_measured_beside_a_thing_not_measured_stays(last: str) -> None:
    f = facts(
        "Pharmacokinetics of low-dose naltrexone 4.5 mg in healthy volunteers",
        "Twenty-four healthy volunteers took naltrexone 4.5 mg as a compounded capsule and as "
        f"a tablet. AUC ratios were within 80-125%. {last}",
    )
    assert f.on_topic
