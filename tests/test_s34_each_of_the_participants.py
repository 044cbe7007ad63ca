"""The participants said as "each of the N": "Each of the 20 participants received both
doses" counts everyone (a crossover's persons), not a part drawn from a pool as "of the N"
alone would ("15 of the 20 completed"). So the sample is 20, not the 17 who completed both
periods. A part said with "of the" ("Twelve of the 20 had insomnia") still counts no sample.
Shown by holdout366 41300021 (a crossover of 18 read as its 16 completers). Session 34,
round 88, c88a."""

from written import RCT, facts

TITLE = "1.5 mg versus 4.5 mg low-dose naltrexone in depression: a randomised crossover trial"


def _abstract(line: str) -> str:
    return (
        "Methods: Outpatients with major depressive disorder on mirtazapine were randomised "
        "to the order of two six-week periods of naltrexone 1.5 mg or 4.5 mg at night. "
        f"{line}\n"
        "Results: Seventeen participants completed both periods. MADRS scores were lower "
        "after the 4.5 mg period."
    )


def test_each_of_the_counts_everyone() -> None:
    assert facts(TITLE, _abstract("Each of the 20 participants received both doses."), RCT).n == 20


def test_part_of_the_counts_no_sample() -> None:
    # near miss: "twelve of the 20" is a part; the completers stay the only count
    line = "Twelve of the 20 participants had insomnia during a period."
    assert facts(TITLE, _abstract(line), RCT).n == 17
