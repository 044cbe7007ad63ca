"""Kind: a trial whose people were selected by another condition's classification criteria,
the criteria named with their issuing body spelled out, an edition or a year ("fulfilling
the 2016 American College of Rheumatology fibromyalgia criteria"): the people were selected
for that condition, and a depressed part of them (a BDI-II cut-off among the results) is a
subgroup, not a depression population (CONTRACT.md). Reading only four words between the
verb and the condition missed the selection, so a fibromyalgia trial comparing two LDN
doses in 114 people closed the size and dose-finding gaps. Shown by holdout380 42800004.
Session 35, round 91, c91a.

Ways real abstracts state that the people met another condition's criteria:
1. "adults fulfilling the 2016 American College of Rheumatology fibromyalgia criteria"
2. "women meeting the American College of Rheumatology 2010/2011 diagnostic criteria for
   fibromyalgia"
3. "patients who met the revised 2017 McDonald criteria for relapsing-remitting multiple
   sclerosis"
4. "adults who fulfilled the Rome IV diagnostic criteria for irritable bowel syndrome"
5. "participants satisfying the 2016 revised American College of Rheumatology fibromyalgia
   classification criteria"
6. "adults with fibromyalgia (ACR 2016 criteria)" (read before as "with fibromyalgia").
A trial selecting people with major depression by DSM-5 criteria keeps its population.
"""

import pytest
from written import RCT, facts, gaps

TITLE = "Two doses of low-dose naltrexone for pain and mood: a randomized, placebo-controlled trial"


def _trial(selection: str) -> str:
    return (
        "Low-dose naltrexone is prescribed off-label and its dose is chosen empirically. "
        f"{selection} were randomized to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo once "
        "daily for 12 weeks. Secondary outcomes included the Beck Depression Inventory-II. "
        "In all, 120 participants were randomized. Pain fell most with 4.5 mg (P = 0.01), "
        "and BDI-II scores fell by 5.0, 3.1 and 2.2 points; in the 40 participants with a "
        "baseline BDI-II of 20 or more, the difference was larger (P = 0.02)."
    )


@pytest.mark.parametrize(
    "selection",
    [
        "Adults fulfilling the 2016 American College of Rheumatology fibromyalgia criteria",
        "Women meeting the American College of Rheumatology 2010/2011 diagnostic criteria for "
        "fibromyalgia",
        "Patients who met the revised 2017 McDonald criteria for relapsing-remitting "
        "multiple sclerosis",
        "Participants satisfying the 2016 revised American College of Rheumatology "
        "fibromyalgia classification criteria",
    ],
)
def test_selected_for_another_condition(selection: str) -> None:
    f = facts(TITLE, _trial(selection), RCT)
    assert f.on_topic
    assert f.compares_doses
    assert not f.depression_population
    assert gaps(TITLE, _trial(selection), RCT) == {}


def test_depression_by_its_criteria_keeps_its_population() -> None:
    # near miss: the criteria are the watched condition's own
    text = _trial("Adults meeting the DSM-5 criteria for major depressive disorder")
    assert facts(TITLE, text, RCT).depression_population
    assert gaps(TITLE, text, RCT) == {"larger-trials": "addressed", "dose-finding": "addressed"}
