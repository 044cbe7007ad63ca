"""A count of people "analysed" is the study's n when nothing else states its sample
(CONTRACT.md: "only completers when nothing else is stated"): "After exclusion of
duplicate and incomplete entries, 740 respondents were analysed" (round 44, c44d; shown
by preprints42 PPR5700019, an online survey of people taking LDN for depression read
with n None). Where a larger count says whom the study took in, that count wins."""

from __future__ import annotations

import pytest
from written import RCT, facts

SURVEY = "Self-reported effects of low-dose naltrexone in people with depression: an online survey"


@pytest.mark.parametrize(
    ("sample", "n"),
    [
        # the record's wording
        (
            "After exclusion of duplicate and incomplete entries, 740 respondents were analysed.",
            740,
        ),
        # probes: other counts, nouns and word orders
        ("In total, 312 adults were analyzed after removing incomplete questionnaires.", 312),
        ("Once duplicates were removed, 95 participants were analysed.", 95),
    ],
)
def test_the_only_count_is_the_analysed_sample(sample: str, n: int) -> None:
    abstract = (
        "We ran an anonymous online survey of adults who reported a diagnosis of depression "
        f"and current or past LDN use. {sample} Reported daily doses ranged from 1.5 to 4.5 mg."
    )
    assert facts(SURVEY, abstract).n == n


def test_the_randomised_count_wins_over_the_analysed() -> None:
    # near miss: the analysed are a part of those randomised
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo. Results: After exclusion of two with no follow-up, 58 participants "
        "were analysed.",
        RCT,
    )
    assert f.n == 60
