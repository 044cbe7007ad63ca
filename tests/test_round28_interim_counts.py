"""Round 28 (c28b): an interim report's own people, counted by any act of the trial.

holdout83 22100008 (a conference abstract of a randomised pilot): "Twenty-six
participants have completed the trial to date" gave no n. Round 27 took "N have been
randomised to date" as the study's own accrual; any other act ("completed", "finished
week 8", "have been treated") left "to date"/"so far" reading as earlier work, which blanked
the sentence. Where the only such cue is where the trial stands now ("to date", "so far"),
a clause whose subject is people counted and doing the trial's own steps is the report's
own (CONTRACT.md "n": completers when nothing else is stated). People counted in other
studies ("... in published trials", "fewer than 100 patients ...") stay earlier work.
"""

from __future__ import annotations

import pytest
from written import facts

CONGRESS = ("Journal Article", "Congress")
TITLE = "P.0456 Adjunctive low-dose naltrexone in bipolar depression: preliminary results"
METHODS = (
    "Methods: Adults with bipolar depression (MADRS >= 20) were randomized to LDN 4.5 mg or "
    "placebo for 8 weeks."
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        # the kind as met
        ("Twenty-six participants have completed the trial to date.", 26),
        # PROBES: "so far" first, another verb; the simple past; "been treated"
        ("So far, 31 patients have finished week 8.", 31),
        ("To date 19 outpatients completed the 12-week treatment phase.", 19),
        ("Twenty-two participants have been treated so far, without manic switches.", 22),
        ("To date, 17 adults (9 women) have received at least one dose of study drug.", 17),
    ],
)
def test_an_interim_count_of_the_trials_own_people_is_its_n(results: str, n: int) -> None:
    abstract = f"{METHODS}\nResults: {results} MADRS fell more with LDN than placebo."
    assert facts(TITLE, abstract, CONGRESS).n == n


@pytest.mark.parametrize(
    "background",
    [
        "To date, fewer than 100 patients with depression have received LDN in published trials.",
        "So far, 45 patients have completed open-label studies of LDN for depression.",
        "To date, only 12 patients have completed a trial of low-dose naltrexone in bipolar "
        "depression.",
    ],
)
def test_people_counted_in_other_studies_to_date_stay_earlier_work(background: str) -> None:
    abstract = (
        f"Background: {background}\n{METHODS}\nResults: MADRS fell more with LDN than placebo."
    )
    assert facts(TITLE, abstract, CONGRESS).n is None


def test_a_protocols_planned_size_still_wins_over_its_interim_count() -> None:
    abstract = (
        "Methods: In this ongoing randomized trial, 120 adults with bipolar depression will be "
        "randomized to LDN 4.5 mg or placebo. To date, 40 participants have completed week 8."
    )
    assert facts(TITLE, abstract, ("Clinical Trial Protocol",)).n == 120
