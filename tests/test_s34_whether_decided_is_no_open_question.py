"""Roles: "whether" opening a choice someone made ("whether LDN was continued was decided
by participants and their clinicians, and all remained on duloxetine or venlafaxine") tells
the study's own method, not an open question for future work, so the drugs named in that
sentence are read as taken. A real open question ("Whether LDN adds to SNRIs is unknown")
stays future work. Shown by holdout348 39000034 (classes [] for a follow-up whose people
all stayed on SNRIs). Session 34, round 88, c88c."""

from written import JOURNAL, facts

TITLE = (
    "Two years after the trial: a naturalistic follow-up of participants in a randomised "
    "trial of low-dose naltrexone in depression"
)


def abstract(method: str) -> str:
    return (
        "Methods: All 140 former participants were invited; 102 agreed to be followed. "
        f"{method} Naltrexone, where continued, was taken as 4.5 mg nightly. The PHQ-9 was "
        "collected every four months.\n"
        "Results: Fifty-one of the 102 kept taking naltrexone for a year. Relapse was less "
        "frequent among those who continued."
    )


def test_choice_said_with_whether_is_own_method() -> None:
    f = facts(
        TITLE,
        abstract(
            "The study gave no treatment: whether to keep taking naltrexone was left to "
            "each participant and their doctor, and all stayed on sertraline or "
            "escitalopram unless it was changed clinically."
        ),
        JOURNAL,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_open_question_with_whether_stays_future() -> None:
    # near miss: the antidepressants named only in an open question
    f = facts(
        TITLE,
        abstract(
            "No participant took an antidepressant. Whether naltrexone would add to "
            "sertraline or escitalopram is unknown."
        ),
        JOURNAL,
    )
    assert f.concomitant_classes == []
