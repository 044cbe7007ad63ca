"""A plain-language (lay) summary of a trial, which PubMed links to the trial's article by
CommentOn, retells that trial's own data for lay readers: it is a derived report (like a
conference abstract), with the trial's design, n, doses and co-medication, not a comment
without data of its own. Its plain words say what an abstract says in jargon: "by chance,
each person got ...", "grown-ups". A letter or a commentary linked by CommentOn stays a
comment. Shown by holdout267 29800002. Session 27, round 72, c72d."""

import pytest
from written import facts, gaps

LINK = (("CommentOn", "99"),)


@pytest.mark.parametrize(
    ("title", "abstract", "n", "mg"),
    [
        (
            "Plain language summary: a tiny dose of naltrexone added to escitalopram for "
            "depression",
            "What is this summary about? It describes a study of adults whose depression "
            "stayed on escitalopram.\nWho was in the study? 90 grown-ups with major "
            "depression who kept taking escitalopram.\nWhat happened? By chance, each "
            "person got naltrexone 3 mg every evening or a dummy pill for 8 weeks.\n"
            "What was found? Mood improved more with naltrexone.",
            90,
            [3.0],
        ),
        (
            "Lay summary of the MOOD-LN trial of low-dose naltrexone with sertraline",
            "This is a summary, in everyday words, of a study published last year. 64 "
            "adults with depression that did not lift on sertraline took part and stayed "
            "on sertraline. By chance every participant was given either low-dose "
            "naltrexone 4.5 mg at night or a dummy tablet for ten weeks. Depression "
            "scores dropped further with naltrexone.",
            64,
            [4.5],
        ),
        (
            "What does a very small dose of naltrexone do for depression? A summary for patients",
            "This summary describes a study of 48 grown-ups with major depression who "
            "were taking fluoxetine. By chance, each one got low-dose naltrexone 2 mg "
            "nightly or a look-alike pill with no medicine in it, for 12 weeks. More "
            "people felt better on naltrexone.",
            48,
            [2.0],
        ),
    ],
)
def test_plain_summary_linked_to_its_trial_is_that_trial(
    title: str, abstract: str, n: int, mg: list[float]
) -> None:
    f = facts(title, abstract, corr=LINK)
    assert f.design == "rct"
    assert f.n == n
    assert f.ldn_doses_mg == mg
    assert "serotonergic" in f.concomitant_classes
    assert gaps(title, abstract, corr=LINK).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone with sertraline: a cautious reading",
            "We read with interest the trial in which 80 adults on sertraline were "
            "randomised to low-dose naltrexone 4.5 mg or placebo. Its blinding may have "
            "failed, and a summary of the trial for patients overstates it.",
            ("Letter",),
        ),
        (
            "Is a very small dose of naltrexone ready for depression?",
            "The recent trial randomised 120 adults on escitalopram to naltrexone 1, 2.5 "
            "or 4.5 mg or placebo. We argue the effect is too small to change practice.",
            ("Journal Article",),
        ),
    ],
)
def test_comment_linked_to_a_trial_stays_a_comment(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types, corr=LINK)
    assert f.design == "other"
    assert gaps(title, abstract, types, corr=LINK) == {}
