"""Round 23 (c23c): facts read from batches 10-11 once they were opened (preprints13/15,
holdout68/71), each with probes in other words."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

FLEX_TITLE = "Open-label low-dose naltrexone for bipolar depression: a pilot study"
FLEX = (
    "We conducted an 8-week open-label pilot of low-dose naltrexone (LDN) in eighteen adults "
    "with bipolar depression. LDN was started at 1.5 mg and adjusted between 1.5 and 4.5 mg/day "
    "according to tolerability. Sixteen participants completed. MADRS decreased from 27.4 to "
    "16.9. "
)


@pytest.mark.parametrize(
    "reached",
    [
        # preprints15 PPR8400029: a count of people after "in" read as a dose 5
        "The final dose (1.5 mg in 4 participants, 3 mg in 5, 4.5 mg in 9) was not related "
        "to response.",
        # probes: the levels reached said otherwise
        "Doses at endpoint were 1.5 mg (n = 4), 3 mg (n = 5) and 4.5 mg (n = 9).",
        "At the last visit people took 4.5 mg (in 9), 3 mg (in 5) or 1.5 mg (in 4).",
        "Most ended on 4.5 mg; 3 mg in 5, 1.5 mg in 4.",
    ],
)
def test_levels_reached_within_a_flexible_range_are_not_further_doses(reached: str) -> None:
    assert facts(FLEX_TITLE, FLEX + reached, JOURNAL).ldn_doses_mg == [1.5, 4.5]


def test_a_later_sentence_that_assigns_arms_keeps_its_doses() -> None:
    abstract = (
        "Adults with depression took low-dose naltrexone flexibly between 1.5 and 4.5 mg as "
        "tolerated in an open phase. Responders were then randomised to 3 mg or placebo."
    )
    assert 3.0 in facts("Low-dose naltrexone in depression", abstract, JOURNAL).ldn_doses_mg
