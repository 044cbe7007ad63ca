"""A derived report's own sample told as a total with the count of each arm in apposition
after it ("Thirty-six participants, twelve per dose group, contributed blood samples"): the
report's n is the total, not the per-arm count that stands next to the verb (CONTRACT.md: a
secondary, post-hoc or substudy analysis counts its own analysed sample).

Shown by holdout282 31500015. Session 28, round 75, c75b.
"""

from written import RCT, facts

TITLE = (
    "Plasma cortisol across naltrexone doses in depression: a biomarker substudy of the "
    "TRIDOSE trial"
)


def n(abstract: str) -> int | None:
    return facts(TITLE, abstract, RCT).n


def test_total_then_per_group_contributed() -> None:
    assert (
        n(
            "Methods: In TRIDOSE, adults with depression were randomised to naltrexone 1.5, 3 "
            "or 4.5 mg or placebo. Those allocated to naltrexone were invited to give blood. "
            "Thirty-six participants, twelve per dose group, contributed 389 samples.\n"
            "Results: Cortisol fell with dose."
        )
        == 36
    )


def test_total_then_in_each_arm_provided() -> None:
    assert (
        n(
            "Methods: In TRIDOSE, adults with depression were randomised to naltrexone 2 or 4 "
            "mg. Forty-two participants, 21 in each arm, provided saliva samples.\n"
            "Results: Cortisol fell with dose."
        )
        == 42
    )


def test_total_then_per_arm_had_measured() -> None:
    assert (
        n(
            "Methods: In TRIDOSE, adults with depression were randomised to naltrexone 2 or 4 "
            "mg or placebo. 45 patients, 15 per arm, had cortisol measured at weeks 0 and 8.\n"
            "Results: Cortisol fell with dose."
        )
        == 45
    )


def test_near_miss_total_alone_keeps_its_count() -> None:
    assert (
        n(
            "Methods: In TRIDOSE, adults with depression were randomised to naltrexone 2 or 4 "
            "mg or placebo. Thirty-six participants contributed 389 samples.\n"
            "Results: Cortisol fell with dose."
        )
        == 36
    )
