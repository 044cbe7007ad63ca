"""Kind: a commentary on another report that says what it is only in its title, as the
noun its title gives the piece ("How robust is the X result? A commentary and sensitivity
reanalysis of a preprinted trial"), with no publication type to say so (a preprint has
none) and no "this commentary" in its text: the trial it restates (its 158 adults, its
4.5 mg, its SSRIs) is the other report's, and the record is `other` with no gap
(CONTRACT.md: a comment without data of its own). Shown by preprints84 PPR1300029.
Session 35, round 91, c91a.

Ways real commentaries name themselves in a title:
1. "How robust is the X result? A commentary and sensitivity reanalysis of a preprinted trial"
2. "Low-dose naltrexone for depression, not yet: a critical commentary on a recent trial"
   (read before: "commentary on")
3. "Is the effect of naltrexone augmentation real? A viewpoint"
4. "Low-dose naltrexone augmentation and the problem of unblinding: an invited critique"
5. "The X trial revisited: an editorial and reanalysis of its published summary data"
6. "Commentary: ..." at the start (read before).
A trial whose title names no piece, reporting the same words, keeps its design; a trial
whose own people are counted in the first person ("we randomised") is no commentary.
"""

import pytest
from written import judge_preprint, preprint

ABSTRACT = (
    "The LOTUS-X preprint reports that adding low-dose naltrexone 4.5 mg to SSRI or SNRI "
    "treatment reduced depressive symptoms relative to placebo in 158 adults with major "
    "depressive disorder. Using the reported summary statistics, we examined how robust "
    "this result is to missing outcomes: under plausible missing-not-at-random "
    "assumptions the confidence interval of the effect included zero. Vivid dreams may "
    "have unblinded participants. A replication with a blinding check is needed."
)


@pytest.mark.parametrize(
    "title",
    [
        "How robust is the LOTUS-X result? A commentary and sensitivity reanalysis of a "
        "preprinted trial of low-dose naltrexone in depression",
        "Is the effect of low-dose naltrexone augmentation in depression real? A viewpoint",
        "Low-dose naltrexone augmentation and the problem of unblinding: an invited critique",
        "The LOTUS-X trial revisited: an editorial and reanalysis of its published summary data",
    ],
)
def test_titled_commentary_is_other(title: str) -> None:
    f, gaps = judge_preprint(preprint(title, ABSTRACT))
    assert f.on_topic
    assert f.design == "other"
    assert f.n is None
    assert gaps == {}


def test_own_trial_keeps_its_design() -> None:
    # near miss: the title names no piece, and the people are the record's own
    f, gaps = judge_preprint(
        preprint(
            "Low-dose naltrexone added to SSRIs or SNRIs in major depression: a randomised "
            "placebo-controlled trial",
            "Background: Trials of low-dose naltrexone in depression have been small.\n"
            "Methods: We randomised 158 adults with major depressive disorder on an SSRI or "
            "SNRI to naltrexone 4.5 mg or placebo for 12 weeks.\n"
            "Results: MADRS fell 2.9 points more with naltrexone (p = 0.04).",
        )
    )
    assert f.design == "rct"
    assert f.n == 158
    assert gaps["larger-trials"] == "addressed"
