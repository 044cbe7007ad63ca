"""Kind: people selected for another condition AND a current depressive episode or a
severity threshold, the two given as items of one list of what they have ("patients with a
first ischaemic stroke 1-6 months earlier, a depressive episode according to ICD-10 and a
HAM-D-17 score of at least 16"): they were selected for depression (CONTRACT.md,
"depression_population": a current episode "by diagnosis or by a depression-severity
inclusion threshold"), however the other condition is qualified (its onset "1-6 months
earlier", "within the past year") and whether the threshold reads "of at least 16". Only
depression measured as an outcome, or a share of the sample having it, is not.

Round 57, c57a; the record that showed it: holdout196 21600025 ("[Low-dose naltrexone as
add-on to mirtazapine in post-stroke depression: an open-label pilot study]": larger-trials
and serotonergic "no", "participants selected for a first ischaemic stroke").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts, gaps

TITLE = (
    "[Low-dose naltrexone as add-on to mirtazapine in post-stroke depression: an open-label "
    "pilot study]"
)
RECORD = (
    "Background: Post-stroke depression (PSD) affects about one third of stroke survivors and "
    "responds incompletely to antidepressants.\n"
    "Patients and methods: In this prospective, open-label, single-arm study, 56 patients "
    "with a first ischaemic stroke 1-6 months earlier, a depressive episode according to "
    "ICD-10 (F32) and a HAM-D-17 score of at least 16, who were being treated with "
    "mirtazapine 30-45 mg, additionally received 4.5 mg naltrexone in the evening for 8 "
    "weeks.\n"
    "Results: HAM-D-17 fell from 21.4 to 12.9; 25 patients (45%) responded. Two patients "
    "stopped because of sleep disturbance.\n"
    "Conclusion: The combination appears feasible; controlled studies are needed."
)


def test_the_record() -> None:
    types = ("English Abstract", "Journal Article")
    assert facts(TITLE, RECORD, types).depression_population is True
    assert gaps(TITLE, RECORD, types) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


T = "Low-dose naltrexone added to an antidepressant: an open-label trial"
OUTCOME = "HAM-D fell from 22 to 13 over the study."


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the opening sentence of an unlabelled abstract, the threshold as the list's item
        (
            T,
            "Sixty adults with multiple sclerosis for at least two years and a BDI-II score of "
            "at least 20 received naltrexone 3 mg nightly alongside their sertraline for 12 "
            f"weeks in this open-label trial. {OUTCOME}",
        ),
        # methods, the diagnosis as the second item after a comma
        (
            T,
            "Background: Depression is common after myocardial infarction.\nMethods: In this "
            "open-label trial, 64 patients with a myocardial infarction within the past 6 "
            "months, a current major depressive episode (DSM-5) and stable escitalopram "
            "treatment received naltrexone 4.5 mg daily for 10 weeks.\n"
            f"Results: {OUTCOME}",
        ),
        # results, told of the people enrolled
        (
            T,
            "Methods: An open-label, single-arm trial at three stroke units.\nResults: We "
            "enrolled 70 patients with a haemorrhagic stroke 2-4 months before, a depressive "
            "episode according to ICD-10 and a MADRS score of more than 20, all on "
            f"venlafaxine, who took naltrexone 2 mg daily. {OUTCOME}",
        ),
        # conclusions carry the selection, methods only the treatment
        (
            T,
            "Methods: In this open-label trial, 52 patients took naltrexone 4.5 mg nightly with "
            "their duloxetine for 8 weeks.\nResults: HAM-D fell from 22 to 13.\nConclusions: "
            "In patients with Parkinson's disease, a current depressive episode and a HAM-D "
            "of at least 16, adding low-dose naltrexone to duloxetine was feasible.",
        ),
    ],
)
def test_both_listed_selects_depression(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).depression_population is True
    assert gaps(title, abstract, TRIAL)["serotonergic-combination"] == "addressed"


@pytest.mark.parametrize(
    "abstract",
    [
        # depression measured, not selected
        "Methods: In this open-label trial, 60 patients with a first ischaemic stroke 1-6 "
        "months earlier, on sertraline, received naltrexone 4.5 mg nightly; depressive "
        "symptoms were measured with the HAM-D.\nResults: HAM-D fell from 14 to 11.",
        # a share of the sample had an episode
        "Methods: In this open-label trial, 60 patients with a first ischaemic stroke 1-6 "
        "months earlier, 30% of whom had a depressive episode, received naltrexone 4.5 mg "
        "nightly with sertraline.\nResults: HAM-D fell from 14 to 11.",
        # the onset said, then a new clause about depression
        "Methods: 60 patients with multiple sclerosis for at least two years, depression "
        "was common, received naltrexone 4.5 mg nightly with sertraline.\nResults: BDI-II "
        "fell from 14 to 11.",
    ],
)
def test_the_other_condition_alone_still_selects_it(abstract: str) -> None:
    f = facts(T, abstract, JOURNAL)
    assert f.depression_population is False
    assert gaps(T, abstract, JOURNAL) == {}
