"""A commentary that says it has no data of its own ("We present no new patient data", "we
report no original data") is still a commentary: the denial is not its own participants,
and the trial it restates (its doses, its SSRIs, its counts) is the other report's. Shown by
preprints72 PPR2500022 (a comment on a trial read as a nonrandomised trial closing the
serotonergic-combination gap). Session 30, round 79, c79e."""

import pytest
from written import judge_preprint, preprint


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Expectancy and the active arm: a comment on the NALT-D trial of low-dose "
            "naltrexone with antidepressants",
            "The NALT-D preprint reports that naltrexone 3 mg at night, added to SSRIs, "
            "lowered HAM-D scores more than placebo over ten weeks in 90 outpatients. We "
            "doubt the size of the effect, since headaches were far commoner on active "
            "drug. We present no new patient data. Future trials should check blinding.",
        ),
        (
            "A commentary on the recent open trial of low-dose naltrexone added to SNRIs",
            "An open trial gave naltrexone 4.5 mg nightly to 30 adults with depression "
            "taking venlafaxine or duloxetine and reported a 50% response rate. Without a "
            "control arm this tells us little. We report no original data; we reanalyse "
            "nothing and only argue from the published summary.",
        ),
        (
            "Critique of a pilot trial: low-dose naltrexone augmentation of SSRIs",
            "A pilot trial randomised 24 patients on sertraline or escitalopram to "
            "naltrexone 2 mg or placebo. In this critique we describe no patients of our "
            "own, but question the choice of outcome and the short follow-up.",
        ),
    ],
)
def test_comment_denying_own_data_is_not_a_trial(title: str, abstract: str) -> None:
    f, gaps = judge_preprint(preprint(title, abstract))
    assert f.design == "other"
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps


def test_comment_with_its_own_patients_keeps_them() -> None:
    # near miss: a letter-like piece that does present patients of its own is their study
    title = "A comment on low-dose naltrexone with SSRIs: our clinic's experience"
    abstract = (
        "We present data from 14 patients with major depression taking SSRIs to whom we "
        "added naltrexone 4.5 mg nightly; nine responded within eight weeks."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.n == 14
    assert f.concomitant_classes == ["serotonergic"]
