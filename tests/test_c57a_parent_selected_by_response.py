"""Kind: people selected by not responding to the antidepressant they take ("escitalopram
non-responders", "SSRI partial responders", "venlafaxine-resistant outpatients") were
selected for depression, with the drug named before the response as well as after it
("non-responders to escitalopram"); and an extension or secondary analysis takes its
parent's people, so its background telling whom its parent trial took in ("In the LOW-MOOD
trial, 81 escitalopram non-responders had been randomised ...") selects the report's own
people too. The extension is then its own nonrandomised trial of its own n (those who
entered), with the co-medication its own people take (CONTRACT.md, "depression_population",
"Design of derived reports").

Round 57, c57a; the record that showed it: holdout199 21900032 ("Long-term open-label
extension of low-dose naltrexone after the LOW-MOOD trial": larger-trials and serotonergic
"no", "participants not selected for depression").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts, gaps

TITLE = "Long-term open-label extension of low-dose naltrexone after the LOW-MOOD trial"
RECORD = (
    "In the LOW-MOOD trial, 81 escitalopram non-responders had been randomised to naltrexone "
    "1 mg, 2.5 mg or 4.5 mg nightly, and 47% responded at 4.5 mg. All completers were offered "
    "40 weeks of open-label treatment. Fifty-seven entered the extension and all received "
    "naltrexone 4.5 mg nightly with their escitalopram, regardless of their previous "
    "allocation. At week 40, 63% were in remission; 9 discontinued for adverse events, mostly "
    "insomnia. Those previously allocated to 1 mg improved most after switching, which is "
    "consistent with the dose-response seen in the parent trial but is uncontrolled. "
    "Long-term 4.5 mg appears well tolerated."
)


def test_the_record() -> None:
    types = ("Journal Article", "Clinical Trial")
    f = facts(TITLE, RECORD, types)
    assert f.depression_population is True
    assert f.n == 57
    assert f.design == "nonrandomized_trial"
    assert f.ldn_doses_mg == [4.5]
    assert gaps(TITLE, RECORD, types) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the title names the people
        (
            "Open-label extension of low-dose naltrexone in sertraline non-responders",
            "Sixty-two patients entered the 24-week extension and took naltrexone 2 mg daily "
            "with their sertraline. At week 24, 55% were in remission on the MADRS.",
        ),
        # the opening sentence tells the parent, the class named without a drug
        (
            "Open-label extension of the NAL-STAR trial of low-dose naltrexone",
            "In the NAL-STAR trial, 120 SSRI partial responders were randomised to naltrexone "
            "4.5 mg or placebo for 8 weeks. Of the completers, 74 entered a 32-week open-label "
            "extension and all took naltrexone 4.5 mg with their SSRI. MADRS remission was 51% "
            "at week 32.",
        ),
        # a labelled methods section of a primary trial
        (
            "Low-dose naltrexone added to venlafaxine: an open-label trial",
            "Methods: We enrolled 70 venlafaxine-resistant outpatients, who took naltrexone "
            "4.5 mg nightly with their venlafaxine for 12 weeks.\nResults: HAM-D remission was "
            "40%.",
        ),
    ],
)
def test_selected_by_response_to_their_antidepressant(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).depression_population is True
    assert gaps(title, abstract, TRIAL)["serotonergic-combination"] == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the parent took in people with another condition
        (
            "Open-label extension of low-dose naltrexone after the LOW-PAIN trial",
            "In the LOW-PAIN trial, 81 adults with fibromyalgia who were duloxetine "
            "non-responders had been randomised to naltrexone 4.5 mg or placebo. Fifty-seven "
            "entered the extension and took naltrexone 4.5 mg with their duloxetine. Pain and "
            "depressive symptoms (PHQ-9) fell.",
        ),
        # the trial told is another group's earlier work, not the parent
        (
            "Low-dose naltrexone with escitalopram in chronic pain: an open-label study",
            "Previously, Smith et al. randomised 81 escitalopram non-responders to naltrexone. "
            "We enrolled 57 adults with chronic low back pain, who took naltrexone 4.5 mg with "
            "escitalopram. Pain and PHQ-9 scores fell.",
        ),
    ],
)
def test_not_selected_for_depression(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).depression_population is False
    assert gaps(title, abstract, JOURNAL) == {}
