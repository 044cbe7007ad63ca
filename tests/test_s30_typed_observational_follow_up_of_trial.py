"""A record the indexers typed "Observational Study" (and no trial type) that re-contacts or
follows up the people of an earlier randomised trial: the randomisation it names is the
parent trial's, where its people came from, not its own design; it is observational (and
so closes no gap). Shown by holdout314 35300032 (a telephone follow-up of a randomised
pilot's former participants read as an rct, closing two gaps). Session 30, round 79,
c79a."""

import pytest
from written import JOURNAL, LEX, RULES, article, facts

from ldn_watch.assess import assess

OBSERVATIONAL = ("Journal Article", "Observational Study")

CASES = [
    (
        "Five years on: what became of the people in a randomized trial of low-dose "
        "naltrexone added to antidepressants for depression",
        "Methods: We traced adults who had taken part in a randomized placebo-controlled trial "
        "of naltrexone 4.5 mg added to their antidepressant and asked them about their mood "
        "and medicines since.\n"
        "Results: Thirty of 41 former participants answered; eight had kept taking "
        "naltrexone 4.5 mg with sertraline.",
    ),
    (
        "Depressive outcomes in former participants of a randomised pilot of naltrexone "
        "2 mg for major depression",
        "Methods: Those randomised in the pilot to naltrexone 1 mg twice daily or placebo "
        "were reached by post a decade later and completed the PHQ-9.\n"
        "Results: Fourteen of 20 replied; half were in remission.",
    ),
    (
        "Life after the trial: long-term course of patients from a randomized study of "
        "low-dose naltrexone augmentation in treatment-resistant depression",
        "Methods: Patients who had been randomized to naltrexone 3 mg or placebo alongside "
        "duloxetine were interviewed about the years since the study ended.\n"
        "Results: 22 patients were interviewed; 6 still took naltrexone 3 mg with duloxetine.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_typed_observational_follow_up_is_observational(title: str, abstract: str) -> None:
    f = facts(title, abstract, OBSERVATIONAL)
    assert f.design == "observational"


def test_follow_up_closes_no_gap() -> None:
    title, abstract = CASES[2]
    gaps = assess(article(title, abstract, OBSERVATIONAL), LEX, RULES).gaps
    assert all(v == "no" for v in gaps.values())


def test_untyped_follow_up_by_randomised_group_keeps_parent_design() -> None:
    # near miss: not typed observational, analysed by the parent's randomised groups
    title = (
        "Outcomes one year after low-dose naltrexone augmentation: follow-up of a "
        "randomized trial in major depression"
    )
    abstract = (
        "Methods: A trial randomized 90 adults on SSRIs to naltrexone 1 mg twice daily or "
        "placebo for 10 weeks; raters blind to the assignment reassessed them at one year.\n"
        "Results: 75 participants were reassessed; remission did not differ by original "
        "randomized group."
    )
    assert facts(title, abstract, JOURNAL).design == "rct"
