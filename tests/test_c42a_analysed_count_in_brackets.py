"""A derived report that sizes its own people in a bracket that names the count as the
analysed one and then gives its arms: "(n = 58 analysed: 30 naltrexone 4.5 mg, 28
placebo)". That bracket is the report's own analysed sample, whatever parent count the
sentence also names (round 42, c42a; shown by holdout140 15400020, where no n was read
and larger-trials was missed)."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

TITLE = (
    "Anhedonia and low-dose naltrexone in depression: a secondary analysis of a randomised trial"
)


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # the record's wording
        (
            "Methods: We analysed participants of the NALTRIX-D randomised trial (152 "
            "randomised overall) whose background antidepressant was venlafaxine, duloxetine "
            "or desvenlafaxine (n = 58 analysed: 30 naltrexone 4.5 mg, 28 placebo).\n"
            "Results: SHAPS improved more with naltrexone (p = 0.02).",
            58,
        ),
        # probe: the parent in an apposition of its own, "evaluable" instead of "analysed"
        (
            "Methods: We analysed the patients of the LIFT trial (n = 210 randomised) who had "
            "anhedonia at baseline (N = 71 evaluable: 36 naltrexone 2 mg, 35 placebo).\n"
            "Results: Anhedonia improved.",
            71,
        ),
        # probe: the parent's size as a count of adults, the bracket after a semicolon
        (
            "Methods: This post hoc analysis of a randomised trial of naltrexone in 240 "
            "adults with major depression included those taking an SSRI at entry (n = 96 "
            "analysed; 50 LDN, 46 placebo).\nResults: Response was higher with LDN.",
            96,
        ),
        # probe: a passive subject, no parent count at all
        (
            "Methods: Women from the ELM trial (180 randomised) who were postmenopausal formed "
            "this sample (n = 39 analysed: 20 naltrexone 4.5 mg, 19 placebo).\n"
            "Results: Mood improved.",
            39,
        ),
    ],
)
def test_a_bracket_naming_the_analysed_count_is_the_reports_n(abstract: str, own: int) -> None:
    assert facts(TITLE, abstract, RCT).n == own


def test_the_record_closes_larger_trials() -> None:
    abstract = (
        "Methods: We analysed participants of the NALTRIX-D randomised trial (152 randomised "
        "overall) whose background antidepressant was venlafaxine, duloxetine or "
        "desvenlafaxine (n = 58 analysed: 30 naltrexone 4.5 mg, 28 placebo).\n"
        "Results: SHAPS improved more with naltrexone (p = 0.02)."
    )
    assert gaps(TITLE, abstract, RCT).get("larger-trials") == "addressed"


def test_the_parents_own_analysed_count_is_not_the_reports() -> None:
    """Near miss: the parent trial's sentence sizes the parent's analysis."""
    abstract = (
        "Methods: The parent trial randomised 152 adults with major depression to naltrexone "
        "4.5 mg or placebo (n = 148 analysed). In this secondary analysis we examined the 44 "
        "participants with stored plasma.\nResults: Levels were low."
    )
    assert facts(TITLE, abstract, RCT).n == 44
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)


def test_a_trials_own_report_keeps_its_randomised_total() -> None:
    """Near miss: a trial's own report, analysed fewer than it randomised (CONTRACT.md:
    randomised wins)."""
    abstract = (
        "Methods: We randomised 120 adults with major depression taking an SSRI to naltrexone "
        "4.5 mg or placebo (n = 112 analysed: 57 naltrexone, 55 placebo).\n"
        "Results: MADRS improved."
    )
    title = "Low-dose naltrexone added to SSRIs in depression: a randomised trial"
    assert facts(title, abstract, JOURNAL).n == 120
