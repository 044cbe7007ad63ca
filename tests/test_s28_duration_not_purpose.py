"""How long a drug was taken, said with "for", read as what it was taken for: "under
mirtazapine 45 mg/day for ten weeks sleep and appetite improved" names an outcome after a
duration, not a drug given for sleep.

Shown by holdout285 31800012. Session 28, round 75, c75c.
"""

from written import CASE, facts

TITLE = "Low-dose naltrexone added to an antidepressant in late-life depression: a case report"


def classes(abstract: str) -> list[str]:
    return facts(TITLE, abstract, CASE).concomitant_classes


def test_sleep_improved_after_weeks() -> None:
    assert classes(
        "A 71-year-old woman with recurrent major depression had taken sertraline 150 mg "
        "daily; on sertraline for eight weeks sleep got better but her mood did not lift. "
        "Naltrexone 2 mg nightly was added to sertraline, and she remitted by week ten."
    ) == ["serotonergic"]


def test_pain_eased_after_months() -> None:
    assert classes(
        "We describe a man of 58 with major depression on duloxetine 60 mg/day. With "
        "duloxetine for six months pain eased while depressed mood persisted, so low-dose "
        "naltrexone 4.5 mg at night was added to duloxetine; his HAM-D fell from 24 to 9."
    ) == ["serotonergic", "noradrenergic"]


def test_fatigue_lessened_after_a_year() -> None:
    assert classes(
        "A 66-year-old with chronic depression had used venlafaxine 225 mg for about a "
        "year; on venlafaxine for 12 months fatigue lessened but anhedonia remained. LDN "
        "3 mg daily was then added to the venlafaxine."
    ) == ["serotonergic", "noradrenergic"]


def test_drug_for_sleep_stays_a_purpose() -> None:
    # near miss: the drug is given for sleep
    assert (
        classes(
            "A 62-year-old woman with major depression received low-dose naltrexone 4.5 mg "
            "nightly; she had taken trazodone 50 mg for sleep for two years and kept it."
        )
        == []
    )
