"""Kind: an amendment to a trial's protocol, named by the trial's acronym and "protocol"
("LATE-LDN protocol amendment", "Amendment to the NAP-D protocol") and telling a change a
committee's review led to ("after a safety review", "after an interim review"), is the
trial's protocol: the committee's review is no literature review, and the sentences
naming the trial by its acronym speak for the study (not its background).

Round 44, c44c. Shown by holdout154 16900030 ("LATE-LDN protocol amendment: single-dose
design after a safety review"), read as a review with nothing in it.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, REVIEW, facts, gaps

RECORD = (
    "LATE-LDN protocol amendment: single-dose design after a safety review",
    "Update: Following a recommendation of the data monitoring committee on falls in the "
    "first participants, the 1.5 mg arm of the LATE-LDN trial (NCT07140154) has been "
    "discontinued and the trial will proceed as a two-arm comparison of naltrexone 4.5 mg "
    "versus placebo added to mirtazapine in adults aged 65 or older with major depressive "
    "disorder. The planned sample is revised to 48 participants. All other procedures are "
    "unchanged.",
    PROTOCOL,
)


def test_the_record_is_the_trials_protocol() -> None:
    f = facts(*RECORD)
    assert (f.design, f.n, f.ldn_doses_mg) == ("protocol", 48, [4.5])
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(*RECORD) == {"serotonergic-combination": "in_progress"}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "SOLACE protocol amendment: arm dropped after an interim review",
            "Following the data monitoring committee's advice, the 3 mg arm of the SOLACE "
            "trial has been closed and the trial continues as a comparison of naltrexone "
            "1.5 mg versus placebo added to sertraline in adults with major depressive "
            "disorder. The planned sample is now 80 participants.",
        ),
        (
            "Amendment to the NALDEP-2 protocol following ethics review",
            "The NALDEP-2 trial now compares naltrexone 4.5 mg with placebo in adults with "
            "major depressive disorder taking escitalopram; the planned sample is reduced "
            "to 60 participants.",
        ),
        (
            "MOODLIFT protocol update: revised sample size after a DSMB review",
            "The MOODLIFT trial will randomise 90 adults with major depressive disorder on "
            "venlafaxine to naltrexone 2 mg or placebo for 12 weeks.",
        ),
    ],
)
def test_amendments_after_a_committees_review_are_protocols(title: str, abstract: str) -> None:
    f = facts(title, abstract, PROTOCOL)
    assert f.design == "protocol"
    assert "serotonergic-combination" in gaps(title, abstract, PROTOCOL)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # a literature review's own protocol stays a review
        (
            "Low-dose naltrexone for depression: protocol for a systematic review",
            "We will search MEDLINE, Embase and PsycINFO for randomised trials of "
            "naltrexone at doses up to 6 mg in adults with depression.",
            PROTOCOL,
        ),
        (
            "Low-dose naltrexone in mood disorders: a narrative review",
            "We review trials of naltrexone 1.5-4.5 mg added to SSRIs in major depression.",
            REVIEW,
        ),
    ],
)
def test_literature_reviews_stay_reviews(title: str, abstract: str, types: tuple[str]) -> None:
    assert facts(title, abstract, types).design == "review"
    assert gaps(title, abstract, types) == {}
