"""A list of failed antidepressants whose items carry brackets with a semicolon (brand name
and count: "sertraline (Zoloft; n = 17) or escitalopram (Lexapro; n = 13)"): the semicolon
inside the brackets ends no clause, so every item of the list is history. Shown by
holdout246 27500017 (escitalopram, after "(Zoloft; n=17) or", kept as taken). Session 25,
round 69, c69a."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to bupropion in depression: an open-label study"
BODY = (
    "Methods: Twenty-eight adults with major depressive disorder who had not responded to "
    "{failed} were given bupropion 300 mg/day. After four weeks on bupropion alone, "
    "naltrexone 2 mg nightly was added for 8 weeks.\n"
    "Results: Depression scores fell from 28 to 18."
)


@pytest.mark.parametrize(
    "failed",
    [
        "citalopram (Celexa; n = 15) or paroxetine (Paxil; n = 13)",
        "fluoxetine (Prozac; 12 patients), citalopram (Cipramil; 9 patients) or "
        "paroxetine (Seroxat; 7 patients)",
        "escitalopram (Cipralex; n = 20) and sertraline (Lustral; n = 8)",
    ],
)
def test_every_bracketed_item_is_history(failed: str) -> None:
    assert facts(TITLE, BODY.format(failed=failed), TRIAL).concomitant_antidepressants == [
        "bupropion"
    ]


def test_semicolon_outside_brackets_still_ends_the_history() -> None:
    # near miss: a real clause break; the drug after it is taken now
    f = facts(
        "Low-dose naltrexone augmentation in depression: an open-label study",
        "Methods: Twenty-eight adults with major depressive disorder had not responded to "
        "fluoxetine; all were taking sertraline 100 mg/day, to which naltrexone 2 mg nightly "
        "was added for 8 weeks.\nResults: Depression scores fell.",
        TRIAL,
    )
    assert f.concomitant_antidepressants == ["sertraline"]
