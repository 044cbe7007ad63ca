"""A derived report (an extension, a follow-up) whose own sample is told by a verb of
joining that ends its clause, with the arms they came from in brackets: "Of the 51
completers, 44 took part (23 previously on X, 21 on placebo)." The brackets are an aside
of the same count, so the report's n is 44 (CONTRACT.md: an extension's own analysed
sample), not a later count of some of them ("3 participants stopped"). Shown by holdout232
25900036 (an open-label continuation read as n 3).
Session 25, round 67, c67a."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label continuation of low-dose naltrexone after a randomised trial in depression"
BACKGROUND = (
    "Background: In a randomised trial, naltrexone 4.5 mg added to sertraline improved "
    "major depression.\n"
    "Methods: Completers of the 10-week blinded phase were offered naltrexone 4.5 mg for "
    "24 weeks in an open-label extension.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Results: Of 60 completers, 52 joined (27 from naltrexone, 25 from placebo). Four "
            "participants stopped for nausea.",
            52,
        ),
        (
            "Results: Among the 38 eligible, 31 enrolled (16 previously on LDN, 15 on placebo). "
            "Two participants relapsed.",
            31,
        ),
        (
            "Results: Of 45 who finished, 40 participated (LDN 21, placebo 19). Five "
            "participants left early.",
            40,
        ),
    ],
)
def test_joining_count_with_arms_in_brackets(results: str, n: int) -> None:
    assert facts(TITLE, BACKGROUND + results, TRIAL).n == n


def test_joining_count_without_brackets_unchanged() -> None:
    """Near miss: the verb ending its clause without brackets keeps today's count."""
    f = facts(
        TITLE,
        BACKGROUND + "Results: Of 60 completers, 52 joined. Four participants stopped.",
        TRIAL,
    )
    assert f.n == 52
