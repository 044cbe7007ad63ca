"""A journal article that links the trial it reanalyses (CommentOn) but is written in a
study's own sections (Methods, Results) is a secondary analysis of that trial's data, a
derived report with the parent's design, its analysed people and doses, not an opinion on
the trial. Shown by holdout314 35300003 (a Bayesian reanalysis of a randomised pilot read
as a comment: design other, no n, doses or classes). Session 30, round 79, c79e."""

import pytest
from written import facts

CORR = (("CommentOn", "20000001"),)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "A second look at a randomised trial of low-dose naltrexone added to SSRIs",
            "Objective: To re-estimate the effect with a different model.\n"
            "Methods: We obtained the participant-level data of the original trial. All 40 "
            "randomised outpatients with major depression, each taking an SSRI, had "
            "received naltrexone 4.5 mg nightly or placebo for eight weeks. We fitted mixed "
            "models to HAM-D change.\n"
            "Results: The adjusted difference was 2.1 points (95% CI -0.4 to 4.6).",
        ),
        (
            "Bayesian reanalysis of a placebo-controlled pilot of low-dose naltrexone in "
            "depression",
            "Background: The pilot was summarised by a p value.\n"
            "Method: Data from all 30 randomised adults with major depressive disorder "
            "were reanalysed; naltrexone 3 mg daily or placebo had been added to their "
            "SSRI for six weeks.\n"
            "Results: The posterior probability of any benefit was 0.93.",
        ),
        (
            "Who responded? A responder reanalysis of a randomised trial of low-dose "
            "naltrexone augmentation",
            "Aims: To find predictors of response.\n"
            "Methods: Reanalysis of the individual data of 24 randomised patients with "
            "depression on an SSRI given naltrexone 2 mg daily or placebo.\n"
            "Results: Baseline anhedonia predicted response.",
        ),
    ],
)
def test_linked_reanalysis_is_its_trial(title: str, abstract: str) -> None:
    f = facts(title, abstract, ("Journal Article",), CORR)
    assert f.design == "rct"
    assert f.n is not None
    assert f.ldn_doses_mg


def test_letter_reanalysing_the_trial_stays_a_comment() -> None:
    # near miss: a letter answering the trial, even in sections, is a comment (CONTRACT)
    title = "Re-examining a randomised trial of low-dose naltrexone added to SSRIs"
    abstract = (
        "Methods: Using the published means, we recomputed the effect for the 40 "
        "randomised patients given naltrexone 4.5 mg or placebo.\n"
        "Results: The difference shrinks to 1.2 points."
    )
    f = facts(title, abstract, ("Letter",), CORR)
    assert f.design == "other"
