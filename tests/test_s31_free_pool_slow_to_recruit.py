"""People free of antidepressants named as the pool that was slow or hard to recruit
("Recruitment of antidepressant-free participants was slower than expected") are the reason
an amendment widened entry, not a statement that everyone came in taking none: those the
amendment admits on an SSRI, continued alongside the watched drug, are co-medicated. Shown
by holdout322 36200021 (a protocol update admitting adults on an SSRI or an SNRI, read as
"participants free of antidepressants; none started"). Session 31, round 81, c81d."""

import pytest
from written import PROTOCOL, facts

TITLE = "Naltrexone 2 mg versus 4.5 mg for chronic depression: amended trial protocol"


@pytest.mark.parametrize(
    "opening",
    [
        "Enrolment of antidepressant-free adults proved slower than planned.",
        "Recruitment of antidepressant-naive patients was poor at every site.",
        "Because antidepressant-free participants were hard to recruit, entry was widened.",
    ],
)
def test_slow_free_pool_does_not_empty_the_sample(opening: str) -> None:
    f = facts(
        TITLE,
        "Methods: "
        + opening
        + " Adults on a stable dose of sertraline for at least 6 weeks may now also be "
        "randomised to naltrexone 2 mg or 4.5 mg, and sertraline is continued unchanged. "
        "We plan to enrol 120 participants.",
        PROTOCOL,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_near_miss_free_at_entry_stays_free() -> None:
    # the sample said to be free at entry, with an SSRI named only as a past failure
    f = facts(
        TITLE,
        "Methods: Antidepressant-free adults who had not responded to sertraline in the "
        "past will be randomised to naltrexone 2 mg or 4.5 mg. We plan to enrol 120 "
        "participants.",
        PROTOCOL,
    )
    assert f.concomitant_classes == []
