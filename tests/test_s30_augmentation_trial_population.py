"""A trial (not only a derived report) whose people are named only by the antidepressant
the drug is added to ("whether X added to an SSRI or SNRI improves depressive symptoms"),
with depression measured and no other condition named: an augmentation of a treatment of
depression takes in people being treated for it, so they were selected for depression.
Shown by holdout307 34500024 (a remote RCT of LDN added to SSRIs/SNRIs whose abstract
never says "patients with depression"). Session 30, round 78, c78d."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Adjunctive low-dose naltrexone with SSRIs: a randomised placebo-controlled trial",
            "Objective: To test whether low-dose naltrexone added to an SSRI lowers depression "
            "scores. Methods: Participants taking sertraline or citalopram were randomised to "
            "naltrexone 3 mg nightly or placebo added to their SSRI for 10 weeks. Results: 96 "
            "were randomised. HAM-D scores fell by 9.8 and 6.9.",
            RCT,
        ),
        (
            "Naltrexone 2 mg as an add-on to escitalopram delivered by post: a randomised trial",
            "Aim: To learn whether naltrexone 2 mg daily added to escitalopram improves "
            "depressive symptoms. Methods: 120 adults on escitalopram were randomised to "
            "naltrexone or placebo. Results: MADRS fell by 11.0 and 8.2.",
            RCT,
        ),
        (
            "Low-dose naltrexone added to venlafaxine: an open-label pilot",
            "Objective: To see whether low-dose naltrexone added to venlafaxine improves "
            "depression. Methods: Sixty outpatients on venlafaxine took naltrexone 4.5 mg "
            "at night for 8 weeks. Results: PHQ-9 fell from 16 to 10.",
            TRIAL,
        ),
    ],
)
def test_augmentation_of_antidepressant_selects(title: str, abstract: str, types) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.depression_population


def test_augmentation_in_another_condition_selects_nobody() -> None:
    # near miss: the antidepressant is for pain, the people were selected for fibromyalgia
    f = facts(
        "Low-dose naltrexone added to duloxetine in fibromyalgia: a randomised trial",
        "Objective: To test whether low-dose naltrexone added to duloxetine improves pain "
        "and depressive symptoms. Methods: 90 women with fibromyalgia taking duloxetine for "
        "pain were randomised to naltrexone 4.5 mg or placebo. Results: pain fell by 1.9.",
        RCT,
    )
    assert not f.depression_population


def test_augmentation_in_people_named_by_another_disorder_selects_nobody() -> None:
    # near miss: the people are named by a disorder the spec does not list (OCD); the
    # SSRI they keep treats that, so adding the drug to it selects nobody for depression
    f = facts(
        "Low-dose naltrexone added to sertraline in hoarding disorder: an open pilot",
        "Methods: Twenty adults with DSM-5 hoarding disorder stable on sertraline took "
        "naltrexone 4.5 mg nightly added to their sertraline for 12 weeks; MADRS was a "
        "secondary outcome. Results: Eighteen completed; MADRS fell by 4.",
        TRIAL,
    )
    assert not f.depression_population
